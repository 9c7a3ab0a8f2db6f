// Who the preview can sign in as: the Kanwil admins and each unit's operators named in "Pengaturan", and a guest.
import type { EmuSpreadsheet } from '../../emulator/spreadsheet';
import { parseConfig } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { Config } from '../../src/core/schema/types';

export interface PreviewUser {
  readonly email: string;
  /** What the switcher shows, in Bahasa Indonesia. */
  readonly label: string;
}

/** An account on the office's domain that "Pengaturan" does not name: the add-on must refuse it politely. */
export const GUEST_EMAIL = 'tamu@contoh.go.id';

/** The configuration "Pengaturan" describes now (the admin may have edited it), or null while it is not valid. */
export function currentConfig(ss: EmuSpreadsheet): Config | null {
  const sheet = ss.sheetByNameUnrecorded(CONFIG_SHEET);
  if (!sheet) return null;
  const rows = sheet.lastRowUnrecorded();
  const columns = sheet.lastColumnUnrecorded();
  if (rows === 0 || columns === 0) return null;
  return parseConfig(sheet.rangeUnchecked(1, 1, rows, columns).valuesUnrecorded()).config;
}

/** Admins first, then every operator of every unit in the configured order, then the guest; each e-mail once. */
export function previewUsers(config: Config): PreviewUser[] {
  const users: PreviewUser[] = [];
  const add = (email: string, label: string) => {
    if (!users.some((u) => u.email.toLowerCase() === email.toLowerCase())) users.push({ email, label });
  };
  for (const admin of config.admins) add(admin, `Admin Kanwil — ${admin}`);
  for (const unit of config.units) for (const email of unit.operators) add(email, `Operator ${unit.name} — ${email}`);
  add(GUEST_EMAIL, `Tamu (tidak terdaftar) — ${GUEST_EMAIL}`);
  return users;
}
