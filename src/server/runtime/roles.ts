// Who is calling: the caller's e-mail (Session) and their role from the configuration (admin, operator, none).
//
// Deployment note: Session.getActiveUser().getEmail() is '' for consumer (gmail.com) accounts and whenever the
// user and the script owner are in different Workspace domains (https://developers.google.com/apps-script/reference/base/user#getEmail()).
// Such a caller has no role: admin actions are refused and an operator cannot send, so every operator and admin
// must use an account of the same Workspace domain as the owner of the Sheet (or the owner runs the actions).
import type { Config, UnitConfig } from '../../core/schema/types';
import type { Role } from '../../shared/rpc';
import { UserError } from './user-error';

export interface Caller {
  /** Lower-cased, trimmed; '' when Apps Script does not reveal it. */
  readonly email: string;
  readonly role: Role;
  /** Units the caller may read and send: their own (operators) or every unit (admins). */
  readonly units: readonly UnitConfig[];
}

export const EMAIL_UNKNOWN_MESSAGE =
  'Alamat e-mail Anda tidak terbaca oleh Google Apps Script (akun pribadi atau domain yang berbeda dengan pemilik Sheet). ' +
  'Gunakan akun kantor yang terdaftar di sheet "Pengaturan".';

export function callerEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/** The role of an e-mail in the configuration; admins win over operators. */
export function roleOf(config: Config, email: string): Caller {
  const e = email.trim().toLowerCase();
  if (e === '') return { email: '', role: 'none', units: [] };
  if (config.admins.includes(e)) return { email: e, role: 'admin', units: config.units };
  const units = config.units.filter((u) => u.operators.includes(e));
  return { email: e, role: units.length > 0 ? 'operator' : 'none', units };
}

/** Throws a UserError unless the caller is an admin. */
export function requireAdmin(caller: Caller): void {
  if (caller.email === '') throw new UserError(`${EMAIL_UNKNOWN_MESSAGE} Tindakan ini khusus admin Kanwil.`);
  if (caller.role !== 'admin') {
    throw new UserError(
      `Tindakan ini khusus admin Kanwil. Akun ${caller.email} tidak terdaftar sebagai admin di sheet "Pengaturan".`,
    );
  }
}

/** Throws a UserError unless the caller may act on the unit (its operator, or an admin); returns the unit. */
export function requireUnitAccess(caller: Caller, unitCode: string): UnitConfig {
  if (caller.email === '') throw new UserError(EMAIL_UNKNOWN_MESSAGE);
  if (caller.role === 'none') {
    throw new UserError(
      `Akun ${caller.email} tidak terdaftar sebagai operator UPT maupun admin di sheet "Pengaturan".`,
    );
  }
  const unit = caller.units.find((u) => u.code === unitCode);
  if (unit) return unit;
  if (caller.role === 'admin')
    throw new UserError(`UPT dengan kode "${unitCode}" tidak terdaftar di sheet "Pengaturan".`);
  throw new UserError(`Akun ${caller.email} tidak berhak membuka atau mengirim data UPT "${unitCode}".`);
}
