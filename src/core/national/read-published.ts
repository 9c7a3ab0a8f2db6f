// A Kanwil's published long form read back (the values.batchGet answer of its "Terbitan" sheet): the units of one
// period as reports the consolidation takes, or why the workbook cannot be counted, in Bahasa Indonesia.

import { PUBLISHED_SHEET } from '../config/sheet-names';
import { SCHEMA_VERSION } from '../schema/schema';
import type { FieldValue, Grid, UnitConfig, UnitReport } from '../schema/types';
import { SUBMISSION_STATUSES, type SubmissionStatus, UNIT_TYPES, type UnitType } from '../schema/vocabulary';
import { formatPeriod } from '../text/format';
import { PUBLISHED_HEADER } from './long-form';

/** Why a listed Kanwil workbook is left out of the national totals. */
export type UnreadableReason =
  | { readonly kind: 'no-access' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-published-ever' }
  | { readonly kind: 'unrecognised' }
  | { readonly kind: 'older-template'; readonly version: number }
  | { readonly kind: 'newer-template'; readonly version: number }
  | { readonly kind: 'period-not-published'; readonly period: string; readonly latest: string | null }
  | { readonly kind: 'failed'; readonly detail: string };

/** The reason as the national summary and report say it. */
export function unreadableText(reason: UnreadableReason): string {
  switch (reason.kind) {
    case 'no-access':
      return 'Tidak ada akses: file Kanwil belum dibagikan (minimal sebagai Pelihat) kepada akun yang menjalankan Rekap nasional.';
    case 'not-found':
      return 'File tidak ditemukan: periksa ID atau tautan workbook Kanwil di Pengaturan Nasional.';
    case 'not-published-ever':
      return `Belum pernah menerbitkan: sheet "${PUBLISHED_SHEET}" tidak ada. Admin Kanwil menjalankan "Terbitkan" atau "Tutup periode".`;
    case 'unrecognised':
      return `Sheet "${PUBLISHED_SHEET}" tidak dikenali: kolomnya tidak sesuai. Admin Kanwil menjalankan "Terbitkan" lagi.`;
    case 'older-template':
      return `Templat versi lama (v${reason.version}); Rekap Nasional memerlukan v${SCHEMA_VERSION}. Kanwil memperbarui Rekap UPT lalu menerbitkan ulang.`;
    case 'newer-template':
      return `Templat versi lebih baru (v${reason.version}) dari Rekap Nasional ini (v${SCHEMA_VERSION}). Perbarui Rekap Nasional.`;
    case 'period-not-published':
      return `Periode ${formatPeriod(reason.period)} belum diterbitkan${
        reason.latest ? ` (terbitan terakhir: ${formatPeriod(reason.latest)})` : ''
      }.`;
    case 'failed':
      return `Gagal dibaca setelah beberapa percobaan: ${reason.detail}`;
  }
}

/** One unit of a published period, as the consolidation reads it. */
export interface PublishedUnit {
  readonly unit: UnitConfig;
  readonly report: UnitReport;
}

export type PublicationRead =
  | { readonly ok: true; readonly office: string; readonly units: readonly PublishedUnit[] }
  | { readonly ok: false; readonly reason: UnreadableReason };

const text = (v: unknown) => {
  const s = String(v ?? '').trim();
  return /^'[=+\-@']/.test(s) ? s.slice(1) : s;
};

/** A published unit as the consolidation takes it: its code, name and type, its status and its values. */
export function publishedUnit(
  fields: { readonly code: string; readonly name: string; readonly type: UnitType },
  period: string,
  status: SubmissionStatus,
  values: Record<string, FieldValue>,
): PublishedUnit {
  const unit: UnitConfig = { ...fields, unitClass: '', operators: [], sheetName: fields.code };
  const found = Object.keys(values).length > 0 || status !== 'Belum diisi';
  const report: UnitReport = {
    unit,
    sheetName: unit.sheetName,
    found,
    values,
    cells: {},
    invalidKeys: [],
    meta: { period, status, operator: '', sentAt: null, sentBy: null, returnNote: null, cells: null },
    issues: [],
    errorCount: 0,
    warningCount: 0,
  };
  return { unit, report };
}

/**
 * The units `period` publishes in `grid` (header first, as PUBLISHED_HEADER), or the reason it cannot be counted:
 * a sheet without the expected columns, the period absent, or a template version other than this build's.
 */
export function readPublication(grid: Grid, period: string): PublicationRead {
  const header = (grid[0] ?? []).map(text);
  const col = PUBLISHED_HEADER.map((name) => header.indexOf(name));
  if (col.some((c) => c < 0)) return { ok: false, reason: { kind: 'unrecognised' } };
  const at = (row: readonly unknown[], name: (typeof PUBLISHED_HEADER)[number]) =>
    row[col[PUBLISHED_HEADER.indexOf(name)] as number];
  const rows = grid.slice(1).filter((r) => text(at(r, 'periode')) === period);
  if (rows.length === 0) {
    const periods = grid
      .slice(1)
      .map((r) => text(at(r, 'periode')))
      .filter((p) => /^\d{4}-\d{2}$/.test(p))
      .sort();
    return { ok: false, reason: { kind: 'period-not-published', period, latest: periods.at(-1) ?? null } };
  }
  const versions = rows.map((r) => Number(at(r, 'versi_template')));
  const version = Math.min(...versions.map((v) => (Number.isFinite(v) ? v : 0)));
  if (version < SCHEMA_VERSION) return { ok: false, reason: { kind: 'older-template', version } };
  if (Math.max(...versions) > SCHEMA_VERSION)
    return { ok: false, reason: { kind: 'newer-template', version: Math.max(...versions) } };
  const byCode = new Map<
    string,
    { code: string; name: string; type: UnitType; status: SubmissionStatus; values: Record<string, FieldValue> }
  >();
  for (const row of rows) {
    const code = text(at(row, 'kode_upt'));
    const type = text(at(row, 'jenis_upt'));
    const statusText = text(at(row, 'status_upt'));
    if (!code || !(UNIT_TYPES as readonly string[]).includes(type))
      return { ok: false, reason: { kind: 'unrecognised' } };
    const status = (SUBMISSION_STATUSES as readonly string[]).includes(statusText)
      ? (statusText as SubmissionStatus)
      : 'Belum diisi';
    let entry = byCode.get(code);
    if (!entry) {
      entry = { code, name: text(at(row, 'nama_upt')) || code, type: type as UnitType, status, values: {} };
      byCode.set(code, entry);
    }
    const key = text(at(row, 'kunci'));
    const raw = at(row, 'nilai');
    if (key && raw !== '' && raw !== null && raw !== undefined)
      entry.values[key] = typeof raw === 'number' ? raw : text(raw);
  }
  const office = text(at(rows[0] ?? [], 'kanwil'));
  const units = [...byCode.values()].map(({ status, values, ...fields }) =>
    publishedUnit(fields, period, status, values),
  );
  return { ok: true, office, units };
}
