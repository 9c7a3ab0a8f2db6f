// The "Pengaturan" sheet: its template and its parsing into a validated Config (found by labels, not coordinates).

import { BASIS_LABELS, DEFAULT_BASIS, parseBasis } from '../consolidation/basis';
import { isBlank, normalizeLabel } from '../schema/locate-tab';
import type { Config, ConsolidationBasis, Grid, Issue, Severity, Signatory, UnitConfig } from '../schema/types';
import { isOneOf, UNIT_CLASSES, UNIT_TYPES, type UnitType } from '../schema/vocabulary';
import { gridA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { isoDateIn, isPeriod } from '../text/format';
import type { IssueCode, Worded } from '../validation/messages';
import { MSG } from '../validation/messages';
import { CONFIG_SHEET, isReservedTabName } from './sheet-names';

export interface ConfigTemplateInput {
  readonly period?: string;
  readonly office?: string;
  readonly units?: readonly UnitConfig[];
  readonly admins?: readonly string[];
  readonly reportFolderId?: string;
  readonly reportTemplate?: string;
  readonly officeAddress?: string;
  readonly reportRecipients?: readonly string[];
  readonly automationHours?: Config['automationHours'];
  readonly deadlineDay?: number | null;
  readonly remindersOn?: boolean;
  readonly reminderDaysBefore?: number;
  readonly signatory?: Signatory | null;
  readonly basis?: ConsolidationBasis;
  readonly unitFeedback?: boolean;
}

export const CONFIG_LABELS = {
  period: 'Periode aktif',
  basis: 'Dasar rekap',
  office: 'Nama kantor',
  address: 'Alamat kantor',
  admins: 'Admin',
  folder: 'Folder laporan (id)',
  template: 'Templat laporan',
  recipients: 'Penerima laporan',
  automation: 'Otomatisasi',
  deadline: 'Batas pengiriman (tanggal)',
  reminders: 'Pengingat',
  reminderDays: 'Pengingat mulai H-',
  place: 'Tempat',
  title: 'Jabatan penandatangan',
  name: 'Nama penandatangan',
  nip: 'NIP',
  feedback: 'Umpan balik per UPT',
} as const;
type SettingKey = keyof typeof CONFIG_LABELS;

export const UNIT_TABLE_TITLE = 'Daftar UPT';
export const UNIT_COLUMNS = {
  code: 'Kode',
  name: 'Nama UPT',
  type: 'Jenis',
  unitClass: 'Kelas',
  operators: 'E-mail operator',
  sheetName: 'Nama tab',
} as const;
type UnitColumn = keyof typeof UNIT_COLUMNS;

const SETTING_HELP: Readonly<Record<SettingKey, string>> = {
  period: 'Format TTTT-BB, contoh 2026-02.',
  basis: `"${BASIS_LABELS.terkirim}" (bawaan) atau "${BASIS_LABELS.semua}": angka yang juga menghitung tab belum dikirim ditandai SEMENTARA.`,
  office: 'Nama kantor wilayah.',
  address: 'Alamat pada kop surat laporan, contoh Jl. Jend. Sudirman No. 1, Pekanbaru.',
  admins: 'E-mail admin Kanwil, dipisah koma atau baris baru.',
  folder: 'ID folder Google Drive untuk laporan; kosongkan untuk folder otomatis.',
  template:
    'Tautan atau ID Google Dokumen templat laporan, dibuat lewat menu "Buat templat laporan"; kosongkan untuk tata letak bawaan.',
  recipients: 'E-mail penerima laporan, dipisah koma.',
  automation: 'Mati, 1, 2, 4, 6, 8 atau 12 jam.',
  deadline: 'Tanggal 1–28 setiap bulan; kosongkan bila tidak ada.',
  reminders: 'Ya atau Tidak.',
  reminderDays: 'Berapa hari sebelum batas pengiriman pengingat mulai dikirim.',
  place: 'Tempat penandatanganan laporan, contoh Pekanbaru.',
  title: 'Jabatan penandatangan laporan.',
  name: 'Nama penandatangan laporan.',
  nip: 'NIP penandatangan.',
  feedback:
    'Ya: setiap "Buat laporan" juga membuat dokumen umpan balik untuk tiap UPT (angkanya, temuan validasi, status dan catatan Kanwil) dan mengirimkannya (PDF) ke e-mail operator UPT itu saja. Bawaan: Tidak.',
};

export const AUTOMATION_HOURS = [1, 2, 4, 6, 8, 12] as const;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[a-z]{2,}$/i;
const MAX_TAB_NAME = 100;
const WIDTH = 6;

/** The "Pengaturan" sheet as rows of values (settings, then the unit table), ready for one setValues. */
export function configTemplate(input: ConfigTemplateInput = {}): (string | number)[][] {
  const sig = input.signatory;
  const setting: Record<SettingKey, string | number> = {
    period: input.period ?? '',
    basis: BASIS_LABELS[input.basis ?? DEFAULT_BASIS],
    office: cellText(input.office ?? 'Kanwil Ditjenpas Riau'),
    address: cellText(input.officeAddress ?? ''),
    admins: (input.admins ?? []).join(', '),
    folder: input.reportFolderId ?? '',
    template: input.reportTemplate ?? '',
    recipients: (input.reportRecipients ?? []).join(', '),
    automation: input.automationHours ? `${input.automationHours} jam` : 'Mati',
    deadline: input.deadlineDay ?? '',
    reminders: input.remindersOn ? 'Ya' : 'Tidak',
    reminderDays: input.reminderDaysBefore ?? 3,
    place: cellText(sig?.place ?? ''),
    title: cellText(sig?.title ?? ''),
    name: cellText(sig?.name ?? ''),
    nip: cellText(sig?.nip ?? ''),
    feedback: input.unitFeedback ? 'Ya' : 'Tidak',
  };
  const pad = (cells: (string | number)[]): (string | number)[] => [
    ...cells,
    ...Array<string>(WIDTH - cells.length).fill(''),
  ];
  const rows: (string | number)[][] = [
    pad(['PENGATURAN REKAP UPT']),
    pad(['Isi kolom B. Jangan ubah teks di kolom A dan judul kolom tabel UPT.']),
    pad([]),
  ];
  for (const key of Object.keys(CONFIG_LABELS) as SettingKey[])
    rows.push(pad([CONFIG_LABELS[key], setting[key], SETTING_HELP[key]]));
  rows.push(pad([]), pad([UNIT_TABLE_TITLE]), pad(Object.values(UNIT_COLUMNS)));
  for (const u of input.units ?? []) {
    rows.push(
      pad([
        cellText(u.code),
        cellText(u.name),
        u.type,
        cellText(u.unitClass),
        u.operators.join(', '),
        u.sheetName === u.code ? '' : cellText(u.sheetName),
      ]),
    );
  }
  return rows;
}

const baseLabel = (text: unknown): string => normalizeLabel(text).replace(/\s*\(.*\)\s*$/, '');

function splitEmails(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

function asText(v: unknown): string {
  if (v instanceof Date) return isoDateIn(v);
  return isBlank(v) ? '' : String(v).trim();
}

/** Parses and validates the "Pengaturan" sheet; config is null when an error makes it unusable. */
export function parseConfig(grid: Grid, sheetName: string = CONFIG_SHEET): { config: Config | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const add = (r: number, c: number, severity: Severity, code: IssueCode, worded: Worded): void => {
    issues.push({ sheet: sheetName, cell: r < 0 ? '' : gridA1(r, c), severity, code, ...worded });
  };

  const settingRow = new Map<SettingKey, number>();
  const wanted = new Map((Object.keys(CONFIG_LABELS) as SettingKey[]).map((k) => [baseLabel(CONFIG_LABELS[k]), k]));
  const headerRow = grid.findIndex(
    (row) => row.some((v) => baseLabel(v) === 'kode') && row.some((v) => baseLabel(v) === 'nama upt'),
  );
  // Settings sit above the unit table, so a unit code can never be mistaken for a setting label.
  for (let r = 0; r < (headerRow < 0 ? grid.length : headerRow); r++) {
    const key = wanted.get(baseLabel(grid[r]?.[0]));
    if (key && !settingRow.has(key)) settingRow.set(key, r);
  }
  const raw = (key: SettingKey): unknown => {
    const r = settingRow.get(key);
    return r === undefined ? '' : grid[r]?.[1];
  };
  const at = (key: SettingKey): [number, number] => [settingRow.get(key) ?? -1, 1];
  for (const key of ['period', 'admins'] as const) {
    if (!settingRow.has(key)) add(-1, 0, 'error', 'CONFIG_LABEL_MISSING', MSG.configLabelMissing(CONFIG_LABELS[key]));
  }

  const periodRaw = raw('period');
  const period = periodRaw instanceof Date ? isoDateIn(periodRaw).slice(0, 7) : asText(periodRaw);
  if (settingRow.has('period') && !isPeriod(period))
    add(...at('period'), 'error', 'CONFIG_PERIOD_INVALID', MSG.configPeriodInvalid(period));

  const basisText = asText(raw('basis'));
  const basis = parseBasis(basisText);
  if (basis === null) add(...at('basis'), 'error', 'CONFIG_BASIS_INVALID', MSG.configBasisInvalid(basisText));

  const emailList = (key: SettingKey): string[] => {
    const list = splitEmails(asText(raw(key)));
    for (const e of list)
      if (!EMAIL.test(e)) add(...at(key), 'error', 'CONFIG_EMAIL_INVALID', MSG.configEmailInvalid(e));
    return list;
  };
  const admins = emailList('admins');
  if (settingRow.has('admins') && admins.length === 0)
    add(...at('admins'), 'error', 'CONFIG_NO_ADMIN', MSG.configNoAdmin());
  const reportRecipients = emailList('recipients');

  const automationText = asText(raw('automation')).toLowerCase();
  let automationHours: Config['automationHours'] = 0;
  if (automationText !== '' && automationText !== 'mati') {
    const hours = Number(automationText.replace(/\s*jam$/, ''));
    const found = AUTOMATION_HOURS.find((h) => h === hours);
    if (found === undefined)
      add(...at('automation'), 'error', 'CONFIG_AUTOMATION_INVALID', MSG.configAutomationInvalid(automationText));
    else automationHours = found;
  }

  const deadlineRaw = raw('deadline');
  let deadlineDay: number | null = null;
  if (!isBlank(deadlineRaw)) {
    const day = deadlineRaw instanceof Date ? Number(isoDateIn(deadlineRaw).slice(8)) : Number(deadlineRaw);
    if (Number.isInteger(day) && day >= 1 && day <= 28) deadlineDay = day;
    else add(...at('deadline'), 'error', 'CONFIG_DEADLINE_INVALID', MSG.configDeadlineInvalid(asText(deadlineRaw)));
  }

  /** A Ya/Tidak setting (a checkbox's true/false too); empty is Tidak. */
  const yesNo = (key: SettingKey): boolean => {
    const value = raw(key);
    const text = asText(value).toLowerCase();
    if (!(text === '' || text === 'ya' || text === 'tidak' || typeof value === 'boolean'))
      add(...at(key), 'error', 'CONFIG_YES_NO_INVALID', MSG.configYesNoInvalid(CONFIG_LABELS[key], text));
    return value === true || text === 'ya';
  };

  const remindersRaw = raw('reminders');
  const remindersText = asText(remindersRaw).toLowerCase();
  const remindersOn = remindersRaw === true || remindersText === 'ya';
  if (
    !(remindersText === '' || remindersText === 'ya' || remindersText === 'tidak' || typeof remindersRaw === 'boolean')
  )
    add(...at('reminders'), 'error', 'CONFIG_REMINDER_INVALID', MSG.configReminderInvalid(remindersText));
  const daysRaw = raw('reminderDays');
  let reminderDaysBefore = 3;
  if (!isBlank(daysRaw)) {
    const days = Number(daysRaw);
    if (Number.isInteger(days) && days >= 0 && days <= 27) reminderDaysBefore = days;
    else add(...at('reminderDays'), 'error', 'CONFIG_REMINDER_INVALID', MSG.configReminderInvalid(asText(daysRaw)));
  }

  const unitFeedback = yesNo('feedback');

  const [place, title, name, typedNip] = (['place', 'title', 'name', 'nip'] as const).map((k) => asText(raw(k)));
  // Sheets keeps a number to 15 significant digits, so an 18-digit NIP typed as a number has lost its last digits.
  const nipRaw = raw('nip');
  const nip =
    typeof nipRaw === 'number' && !Number.isSafeInteger(nipRaw)
      ? `${typedNip}, tersimpan sebagai angka sehingga digit terakhirnya hilang; ketik ulang dengan spasi, contoh 19700101 199003 1 001`
      : typedNip;
  const signatory = place || title || name || nip ? { place, title, name, nip } : null;

  const units = headerRow < 0 ? [] : parseUnits(grid, headerRow, add);
  if (headerRow < 0) add(-1, 0, 'error', 'CONFIG_UNIT_TABLE_MISSING', MSG.configUnitTableMissing());
  else if (units.length === 0) add(headerRow, 0, 'error', 'CONFIG_NO_UNITS', MSG.configNoUnits());

  const usable = !issues.some((i) => i.severity === 'error');
  const config: Config | null = usable
    ? {
        period,
        office: asText(raw('office')) || 'Kanwil Ditjenpas Riau',
        units,
        admins,
        reportFolderId: asText(raw('folder')),
        reportTemplate: asText(raw('template')),
        officeAddress: asText(raw('address')),
        reportRecipients,
        automationHours,
        deadlineDay,
        remindersOn,
        reminderDaysBefore,
        signatory,
        basis: basis ?? DEFAULT_BASIS,
        unitFeedback,
      }
    : null;
  return { config, issues };
}

function parseUnits(
  grid: Grid,
  headerRow: number,
  add: (r: number, c: number, severity: Severity, code: IssueCode, worded: Worded) => void,
): UnitConfig[] {
  const header = grid[headerRow] ?? [];
  const col = new Map<UnitColumn, number>();
  for (const key of Object.keys(UNIT_COLUMNS) as UnitColumn[]) {
    const c = header.findIndex((v) => baseLabel(v) === baseLabel(UNIT_COLUMNS[key]));
    if (c >= 0) col.set(key, c);
    else if (key !== 'sheetName')
      add(headerRow, 0, 'error', 'CONFIG_LABEL_MISSING', MSG.configLabelMissing(UNIT_COLUMNS[key]));
  }
  const units: UnitConfig[] = [];
  const codes = new Set<string>();
  const tabNames = new Set<string>();
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    const cell = (key: UnitColumn): string => {
      const c = col.get(key);
      return c === undefined ? '' : asText(row[c]);
    };
    const c = (key: UnitColumn): number => col.get(key) ?? 0;
    const code = cell('code');
    const name = cell('name');
    let ok = true;
    const fail = (key: UnitColumn, severity: Severity, code_: IssueCode, worded: Worded): void => {
      add(r, c(key), severity, code_, worded);
      ok = false;
    };
    if (code === '') fail('code', 'error', 'CONFIG_UNIT_INCOMPLETE', MSG.configUnitIncomplete(UNIT_COLUMNS.code));
    if (name === '') fail('name', 'error', 'CONFIG_UNIT_INCOMPLETE', MSG.configUnitIncomplete(UNIT_COLUMNS.name));
    const typeText = cell('type');
    const type: UnitType | undefined = UNIT_TYPES.find((t) => t.toLowerCase() === typeText.toLowerCase());
    if (!type) fail('type', 'error', 'CONFIG_UNIT_TYPE_UNKNOWN', MSG.configUnitTypeUnknown(typeText));
    const classText = cell('unitClass').toUpperCase();
    if (!isOneOf(UNIT_CLASSES, classText))
      fail('unitClass', 'error', 'CONFIG_UNIT_CLASS_UNKNOWN', MSG.configUnitClassUnknown(cell('unitClass')));
    const operators = splitEmails(cell('operators'));
    for (const e of operators)
      if (!EMAIL.test(e)) fail('operators', 'error', 'CONFIG_EMAIL_INVALID', MSG.configEmailInvalid(e));
    if (code !== '') {
      if (codes.has(code.toLowerCase())) fail('code', 'error', 'CONFIG_DUPLICATE_CODE', MSG.configDuplicateCode(code));
      codes.add(code.toLowerCase());
    }
    const sheetName = cell('sheetName') || code;
    const tabKey = sheetName.toLowerCase();
    const tabCol: UnitColumn = cell('sheetName') ? 'sheetName' : 'code';
    if (sheetName !== '') {
      if (isReservedTabName(sheetName))
        fail(tabCol, 'error', 'CONFIG_TAB_NAME_RESERVED', MSG.configTabNameReserved(sheetName));
      else if (sheetName.length > MAX_TAB_NAME || /^'|'$/.test(sheetName))
        fail(tabCol, 'error', 'CONFIG_TAB_NAME_INVALID', MSG.configTabNameInvalid(sheetName));
      else if (tabNames.has(tabKey)) fail(tabCol, 'error', 'CONFIG_DUPLICATE_TAB', MSG.configDuplicateTab(sheetName));
      tabNames.add(tabKey);
    }
    if (ok && type) units.push({ code, name, type, unitClass: classText, operators, sheetName });
  }
  return units;
}
