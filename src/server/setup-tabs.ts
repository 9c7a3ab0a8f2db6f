// "Siapkan / perbarui tab UPT": Pengaturan when missing, one tab per unit from the schema, removed units set aside.
import { CONFIG_LABELS, configTemplate } from '../core/config';
import { CONFIG_SHEET, LOG_SHEET } from '../core/sheet-names';
import { buildUnitTab, type TabLayout, TITLE_PREFIX } from '../core/tab-layout';
import type { Config, Grid, UnitConfig } from '../core/types';
import { applyTabLayout, protectForAdmins, protectSheet, type ValidationRules } from './apply-layout';
import { appendArchive, archiveSheet, displacedRows } from './archive-sheet';
import { logSheet } from './log';
import { statusTexts } from './status-cells';
import { readStatuses, type StoredStatus } from './status-store';
import { INACTIVE_SUFFIX, isUnitCandidate, readGrid } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupOutcome {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly restored: readonly string[];
  readonly deactivated: readonly string[];
  /** Typed values a new layout had no place for, appended to Arsip. */
  readonly displaced: number;
}

/** Creates "Pengaturan" from the template; `admin` (the person running set up) is its first admin. */
export function createConfigSheet(ss: Spreadsheet, admin: string): Sheet {
  const grid = configTemplate({ admins: admin ? [admin] : [] });
  const sheet = ss.insertSheet(CONFIG_SHEET, 0);
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const periodRow = grid.findIndex((r) => r[0] === CONFIG_LABELS.period);
  // "2026-02" typed into a General cell becomes a date: the period cell is text.
  if (periodRow >= 0) sheet.getRange(periodRow + 1, 2).setNumberFormat('@');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(2, 320);
  sheet.setColumnWidth(3, 360);
  return sheet;
}

/** Writes the stored submission status into the layout's status cells, so the tab displays the store. */
export function showStoredStatus(layout: TabLayout, stored: StoredStatus | undefined): void {
  if (!stored?.status) return;
  const texts = statusTexts({
    status: stored.status,
    sentAt: stored.sentAt,
    sentBy: stored.sentBy,
    returnNote: stored.returnNote,
  });
  const cells = [
    layout.addonCells.status,
    layout.addonCells.sentAt,
    layout.addonCells.sentBy,
    layout.addonCells.returnNote,
  ];
  cells.forEach((a1, i) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) return;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    layout.grid[Number(m[2]) - 1][col - 1] = texts[i];
  });
}

/** True when a sheet's first cell is a unit tab's title (so a removed unit's tab is recognised). */
function looksLikeUnitTab(grid: Grid): boolean {
  return typeof grid[0]?.[0] === 'string' && (grid[0][0] as string).startsWith(TITLE_PREFIX);
}

/** A free name for a deactivated tab: "LP-PKU (nonaktif)", then "LP-PKU (nonaktif 2)", … */
function inactiveName(name: string, taken: ReadonlySet<string>): string {
  let candidate = `${name}${INACTIVE_SUFFIX}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (nonaktif ${n})`;
  return candidate;
}

interface Planned {
  readonly unit: UnitConfig;
  readonly sheet: Sheet;
  readonly current: Grid;
  readonly layout: TabLayout;
  readonly kind: 'created' | 'updated' | 'restored';
}

/**
 * Sets up every unit tab from the schema (idempotent). Values typed on an existing tab are migrated by the core;
 * values the new layout has no place for are appended to Arsip BEFORE any tab is rewritten or trimmed.
 */
export function setupTabs(
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  config: Config,
  now: Date,
): SetupOutcome {
  const stored = readStatuses();
  const planned: Planned[] = [];
  for (const unit of config.units) {
    let sheet = sheets.get(unit.sheetName);
    let kind: Planned['kind'] = 'updated';
    const parked = sheets.get(`${unit.sheetName}${INACTIVE_SUFFIX}`);
    if (!sheet && parked) {
      parked.setName(unit.sheetName);
      parked.showSheet();
      sheet = parked;
      kind = 'restored';
    }
    if (!sheet) {
      sheet = ss.insertSheet(unit.sheetName);
      kind = 'created';
    }
    const current = kind === 'created' ? [] : readGrid(sheet);
    const hasContent = current.some((row) => row.some((v) => v !== ''));
    const layout = buildUnitTab(unit, config.period, hasContent ? current : undefined);
    showStoredStatus(layout, stored.get(unit.code));
    planned.push({ unit, sheet, current, layout, kind });
  }

  const displaced = planned.flatMap((p) => displacedRows(config.period, p.unit, p.layout.unplaced, now));
  appendArchive(ss, displaced, config.admins);
  if (displaced.length > 0) SpreadsheetApp.flush();

  const rules: ValidationRules = new Map();
  for (const p of planned) {
    applyTabLayout(p.sheet, p.layout, p.current, p.unit.code, p.unit.operators, config.admins, rules);
  }

  const configured = new Set(config.units.map((u) => u.sheetName));
  const taken = new Set([...sheets.keys(), ...config.units.map((u) => u.sheetName)]);
  const deactivated: string[] = [];
  for (const [name, sheet] of sheets) {
    if (configured.has(name) || !isUnitCandidate(name) || planned.some((p) => p.sheet === sheet)) continue;
    if (!looksLikeUnitTab(sheet.getRange(1, 1).getValues())) continue;
    const newName = inactiveName(name, taken);
    taken.add(newName);
    sheet.setName(newName);
    sheet.hideSheet();
    // Its operators lose their edit right with the unit; the figures stay for the Kanwil.
    protectSheet(sheet, `Rekap UPT: tab nonaktif ${name}`, [], config.admins);
    deactivated.push(name);
  }

  for (const name of [CONFIG_SHEET, LOG_SHEET]) {
    const sheet = name === LOG_SHEET ? logSheet(ss) : sheets.get(name);
    if (sheet) protectForAdmins(sheet, config.admins);
  }
  archiveSheet(ss, config.admins);

  const names = (kind: Planned['kind']) => planned.filter((p) => p.kind === kind).map((p) => p.unit.sheetName);
  return {
    created: names('created'),
    updated: names('updated'),
    restored: names('restored'),
    deactivated,
    displaced: displaced.length,
  };
}
