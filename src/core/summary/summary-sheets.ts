// The regional summary sheets (Dasbor, Status, Rekap Pangan, Rekap Pembinaan, Rekap Manajemen), composed of each
// block's part; every sheet is a grid written once.
import { DASHBOARD_SHEET, SUMMARY_SHEET_PREFIX } from '../config/sheet-names';
import type { Consolidation } from '../consolidation/consolidate';
import { formatPeriod } from '../text/format';
import { anggaranDashboardChart, anggaranDashboardFigures, writeAnggaran } from './anggaran';
import { bansosColumns, bansosFigures } from './bansos';
import { dapurSehatColumns, dapurSehatFigures } from './dapur-sehat';
import { kesehatanColumns, kesehatanFigures } from './kesehatan';
import { completenessLine } from './notes';
import { panganDashboardChart, panganDashboardFigures, writePangan } from './pangan';
import { pendidikanDashboardFigures, writePendidikan } from './pendidikan';
import { publikasiDashboardFigures, writePublikasi } from './publikasi';
import type { SummarySheet } from './sheet-builder';
import { SheetBuilder } from './sheet-builder';
import { statusDashboardFigures, statusSheet } from './status';
import { writeZonaIntegritas } from './zona-integritas';

export type { SummaryCell, SummaryChart, SummarySheet } from './sheet-builder';

export interface SummaryOptions {
  /** Unit code → ISO date-time of the last edit of its tab, when the server tracks it (Status sheet). */
  readonly lastChanges?: Readonly<Record<string, string>>;
  /** Codes of sent units whose tab was edited after sending (Status sheet, "Keterangan"). */
  readonly changedAfterSending?: readonly string[];
  /** Unit code → address of its feedback Doc, when per-unit feedback is on (Status sheet, "Umpan balik"). */
  readonly feedbackLinks?: Readonly<Record<string, string>> | null;
}

export const FOOD_SHEET = `${SUMMARY_SHEET_PREFIX}Pangan`;
export const PROGRAMME_SHEET = `${SUMMARY_SHEET_PREFIX}Pembinaan`;
export const MANAGEMENT_SHEET = `${SUMMARY_SHEET_PREFIX}Manajemen`;

/** A sheet under its title, opened by the line saying whether every unit's data is in. */
function sheetWithCompleteness(title: string, c: Consolidation, now: Date): SheetBuilder {
  const s = new SheetBuilder(`${title} — ${formatPeriod(c.period)}`, now);
  s.row([completenessLine(c)]);
  s.blank();
  return s;
}

function dashboardSheet(c: Consolidation, now: Date): SummarySheet {
  const s = sheetWithCompleteness(`Dasbor ${c.office}`, c, now);
  s.figures([
    ...panganDashboardFigures(c),
    ...statusDashboardFigures(c),
    ...pendidikanDashboardFigures(c),
    ...publikasiDashboardFigures(c),
    ...anggaranDashboardFigures(c),
  ]);
  s.blank();
  const panganChart = panganDashboardChart(s, c);
  s.blank();
  const anggaranChart = anggaranDashboardChart(s, c);
  return s.build(DASHBOARD_SHEET, [320, 160, 420], [panganChart, anggaranChart]);
}

function panganSheet(c: Consolidation, now: Date): SummarySheet {
  const s = sheetWithCompleteness('Rekap Ketahanan Pangan', c, now);
  writePangan(s, c);
  return s.build(FOOD_SHEET, [260, 200, 120, 120, 160, 140, 140, 100, 120, 120, 120, 120, 120, 120, 260]);
}

function pembinaanSheet(c: Consolidation, now: Date): SummarySheet {
  const s = sheetWithCompleteness('Rekap Pembinaan', c, now);
  writePendidikan(s, c);
  s.blank();
  // Dapur sehat, bantuan sosial and pemeriksaan kesehatan share the template's block "Layanan".
  s.heading('Layanan');
  s.figures([...dapurSehatFigures(c), ...bansosFigures(c), ...kesehatanFigures(c)]);
  s.blank();
  s.unitTable(c.dapurSehat.units, [dapurSehatColumns(c), bansosColumns(c), kesehatanColumns(c)]);
  return s.build(PROGRAMME_SHEET, [260, 200, 130, 200, 120, 120, 140, 130, 130]);
}

function manajemenSheet(c: Consolidation, now: Date): SummarySheet {
  const s = sheetWithCompleteness('Rekap Dukungan Manajemen', c, now);
  writePublikasi(s, c);
  s.blank();
  writeZonaIntegritas(s, c);
  s.blank();
  writeAnggaran(s, c);
  return s.build(MANAGEMENT_SHEET, [260, 200, 140, 140, 110, 110, 110, 100, 100]);
}

/** Every regional summary sheet, stamped with `now` (WIB). */
export function summarySheets(c: Consolidation, now: Date, options: SummaryOptions = {}): SummarySheet[] {
  return [
    dashboardSheet(c, now),
    statusSheet(c, now, options.lastChanges ?? {}, new Set(options.changedAfterSending), options.feedbackLinks ?? null),
    panganSheet(c, now),
    pembinaanSheet(c, now),
    manajemenSheet(c, now),
  ];
}
