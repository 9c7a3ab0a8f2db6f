// Loads an emulated spreadsheet from an .xlsx file and saves one to .xlsx, with exceljs (types, formulas, formats,
// notes, validation lists and number rules, sheet protection, widths, frozen panes, hidden sheets/rows, merges).
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { SpreadsheetService } from './spreadsheet';
import { columnToLetters, parseA1 } from './spreadsheet/a1';
import type { CellValue } from './spreadsheet/cell';
import { ERROR_VALUES } from './spreadsheet/cell';
import { EmuDataValidation } from './spreadsheet/data-validation';
import { calendarParts, zonedInstant } from './spreadsheet/locale';
import { EmuProtection } from './spreadsheet/protection';
import { EmuRange, readCell } from './spreadsheet/range';
import { DEFAULT_COLUMNS, DEFAULT_ROW_HEIGHT, DEFAULT_ROWS, type EmuSheet } from './spreadsheet/sheet';
import type { EmuSpreadsheet } from './spreadsheet/spreadsheet';

/** Excel column width is in characters of the default font; Sheets in pixels (≈ 7 px per character + 5 px padding). */
const PX_PER_CHAR = 7;
const PX_PADDING = 5;
/** Row heights: points in xlsx, pixels in Sheets (96 px per 72 pt). */
const PT_PER_PX = 0.75;

export interface LoadOptions {
  readonly name?: string;
  readonly locale?: string;
  readonly timeZone?: string;
}

function invalid(detail: string): Error {
  return new Error(`Berkas bukan workbook .xlsx yang valid: ${detail}`);
}

/** exceljs gives a date cell as the UTC instant of its wall-clock time; Sheets means that time in its time zone. */
function fromWallClock(d: Date, timeZone: string): Date {
  return zonedInstant(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    timeZone,
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

function toWallClock(d: Date, timeZone: string): Date {
  const p = calendarParts(d, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

function argbToHex(argb: string | undefined): string | undefined {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

function hexToArgb(hex: string): string | undefined {
  return /^#[0-9a-f]{6}$/i.test(hex) ? `FF${hex.slice(1).toUpperCase()}` : undefined;
}

function plainValue(v: ExcelJS.CellValue, timeZone: string): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return fromWallClock(v, timeZone);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return String(v.text);
  if ('result' in v) return v.result === undefined ? null : plainValue(v.result as ExcelJS.CellValue, timeZone);
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

const OPERATOR_CRITERIA: Record<string, EmuDataValidation['criteriaType']> = {
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

function validationFromXlsx(dv: ExcelJS.DataValidation): EmuDataValidation | undefined {
  const allowInvalid = dv.showErrorMessage !== true || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const help = dv.prompt ?? '';
  if (dv.type === 'list') {
    const f = String(dv.formulae?.[0] ?? '');
    if (!f.startsWith('"')) return new EmuDataValidation('VALUE_IN_RANGE', [f, true], allowInvalid, help);
    const items = f.slice(1, -1).split(',');
    return new EmuDataValidation('VALUE_IN_LIST', [items, true], allowInvalid, help);
  }
  if (dv.type === 'whole' || dv.type === 'decimal') {
    const criteria = OPERATOR_CRITERIA[dv.operator ?? 'between'];
    if (!criteria) return undefined;
    return new EmuDataValidation(criteria, (dv.formulae ?? []).map(Number), allowInvalid, help);
  }
  if (dv.type === 'custom')
    return new EmuDataValidation('CUSTOM_FORMULA', [`=${dv.formulae?.[0] ?? ''}`], allowInvalid, help);
  return undefined;
}

function toA1Absolute(r: EmuRange): string {
  const cell = (row: number, column: number) => `$${columnToLetters(column)}$${row}`;
  return `${cell(r.row, r.column)}:${cell(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** After all sheets exist, list validations that name a range ("'Konfigurasi'!$A$1:$A$5") get the live range. */
function resolveRangeValidations(ss: EmuSpreadsheet): void {
  const resolved = new Map<EmuDataValidation, EmuDataValidation>();
  for (const sheet of ss.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row ?? []) {
        const rule = cell?.validation;
        if (!cell || !rule || rule.criteriaType !== 'VALUE_IN_RANGE' || typeof rule.criteriaValues[0] !== 'string')
          continue;
        if (!resolved.has(rule)) {
          const ref = parseA1(String(rule.criteriaValues[0]).replace(/\$/g, ''));
          const target = ref.sheetName === null ? sheet : ss.sheetByNameUnrecorded(ref.sheetName);
          const range = target?.rangeUnchecked(ref.row, ref.column, ref.numRows ?? 1, ref.numColumns ?? 1);
          resolved.set(
            rule,
            range ? new EmuDataValidation('VALUE_IN_RANGE', [range, true], rule.allowInvalid, rule.helpText) : rule,
          );
        }
        cell.validation = resolved.get(rule);
      }
    }
  }
}

function validationToXlsx(rule: EmuDataValidation): ExcelJS.DataValidation | undefined {
  const base = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: 'stop',
    showInputMessage: rule.helpText !== '',
    prompt: rule.helpText || undefined,
  };
  const v = rule.criteriaValues;
  if (rule.criteriaType === 'VALUE_IN_LIST') {
    return { ...base, type: 'list', formulae: [`"${(v[0] as unknown[]).map(String).join(',')}"`] };
  }
  if (rule.criteriaType === 'VALUE_IN_RANGE' && v[0] instanceof EmuRange) {
    const name = v[0].sheet.name.replace(/'/g, "''");
    const a1 = toA1Absolute(v[0]);
    return { ...base, type: 'list', formulae: [`'${name}'!${a1}`] };
  }
  const operator = Object.entries(OPERATOR_CRITERIA).find(([, c]) => c === rule.criteriaType)?.[0];
  if (operator)
    return { ...base, type: 'decimal', operator: operator as ExcelJS.DataValidationOperator, formulae: [...v] };
  if (rule.criteriaType === 'CUSTOM_FORMULA')
    return { ...base, type: 'custom', formulae: [String(v[0]).replace(/^=/, '')] };
  return undefined;
}

function loadSheet(ss: EmuSpreadsheet, ws: ExcelJS.Worksheet): void {
  const sheet = ss.addSheetUnrecorded(
    ws.name,
    ss.sheets.length,
    Math.max(ws.rowCount, DEFAULT_ROWS),
    Math.max(ws.columnCount, DEFAULT_COLUMNS),
  );
  sheet.hidden = ws.state !== 'visible';
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r);
    if (row.height && !row.hidden) sheet.rowHeights.set(r, Math.round(row.height / PT_PER_PX));
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = sheet.ensureCell(r, c);
      // A merged cell other than the top-left mirrors the master's value in exceljs; Sheets reads it as ''.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      target.value = plainValue(cell.value, ss.timeZone);
      if (cell.formula) target.formula = `=${cell.formula}`;
      if (cell.numFmt && cell.numFmt !== 'General') target.numberFormat = cell.numFmt;
      const note = noteText(cell.note);
      if (note) target.note = note;
      const fill = cell.fill?.type === 'pattern' ? argbToHex(cell.fill.fgColor?.argb) : undefined;
      if (fill) target.background = fill;
      if (cell.font?.bold) target.fontWeight = 'bold';
      const color = argbToHex(cell.font?.color?.argb);
      if (color) target.fontColor = color;
      if (cell.alignment?.wrapText) target.wrap = true;
      if (typeof cell.value === 'object' && cell.value && 'hyperlink' in cell.value)
        target.linkUrl = cell.value.hyperlink;
    });
  });
  // Validations live on the worksheet, keyed by cell or range address, and may cover cells with no value.
  const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(validations)) {
    const rule = validationFromXlsx(dv);
    const ref = parseA1(address.replace(/^range:/, '').split(' ')[0]);
    for (let r = ref.row; rule && r < ref.row + (ref.numRows ?? 1); r++) {
      for (let c = ref.column; c < ref.column + (ref.numColumns ?? 1); c++) sheet.ensureCell(r, c).validation = rule;
    }
  }
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w) sheet.columnWidths.set(c, Math.round(w * PX_PER_CHAR + PX_PADDING));
  }
  const frozen = (ws.views ?? []).find((v): v is ExcelJS.WorksheetViewFrozen => v.state === 'frozen');
  sheet.frozenRows = frozen?.ySplit ?? 0;
  sheet.frozenColumns = frozen?.xSplit ?? 0;
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const area = ws.getCell(m.split(':')[0]);
    const end = ws.getCell(m.split(':')[1]);
    sheet.merges.push({
      row: Number(area.row),
      column: Number(area.col),
      numRows: Number(end.row) - Number(area.row) + 1,
      numColumns: Number(end.col) - Number(area.col) + 1,
    });
  }
  loadProtection(ss, sheet, ws);
}

/** A protected xlsx sheet becomes a sheet protection (owner only); its unlocked cells become unprotected ranges. */
function loadProtection(ss: EmuSpreadsheet, sheet: EmuSheet, ws: ExcelJS.Worksheet): void {
  const model = ws.model as { sheetProtection?: { sheet?: boolean } };
  if (!model.sheetProtection?.sheet) return;
  const p = new EmuProtection('SHEET', sheet, null);
  p.setEditorsUnrecorded([ss.ownerEmail]);
  ss.protections.push(p);
  const unlocked: ReturnType<EmuSheet['rangeUnchecked']>[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.protection?.locked === false) unlocked.push(sheet.rangeUnchecked(r, c));
    });
  });
  p.setUnprotectedRangesUnrecorded(unlocked);
}

/** Reads an .xlsx (path or bytes) into a new emulated spreadsheet. Malformed or password-protected files are refused. */
export async function loadXlsx(
  service: SpreadsheetService,
  source: string | Buffer,
  opts: LoadOptions = {},
): Promise<EmuSpreadsheet> {
  let bytes: Buffer;
  if (typeof source === 'string') {
    try {
      bytes = await readFile(source);
    } catch (e) {
      throw new Error(`Berkas tidak dapat dibaca: ${source} (${(e as Error).message})`);
    }
  } else bytes = source;
  // An encrypted (password-protected) workbook is an OLE compound file, not a zip (MS-OFFCRYPTO).
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw invalid(
      'berkas dilindungi kata sandi atau berformat .xls lama; buka, hapus kata sandinya, lalu simpan sebagai .xlsx.',
    );
  }
  if (bytes.length < 4 || bytes.subarray(0, 2).toString('latin1') !== 'PK') throw invalid('isinya bukan arsip .xlsx.');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw invalid((e as Error).message);
  }
  if (wb.worksheets.length === 0) throw invalid('workbook tidak berisi sheet.');
  const name = opts.name ?? (typeof source === 'string' ? basename(source).replace(/\.xlsx$/i, '') : 'Workbook');
  const ss = service.createEmpty(name, { locale: opts.locale, timeZone: opts.timeZone });
  for (const ws of wb.worksheets) loadSheet(ss, ws);
  resolveRangeValidations(ss);
  ss.activeSheet = ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0];
  return ss;
}

function xlsxValue(sheet: EmuSheet, r: number, c: number): ExcelJS.CellValue {
  const cell = sheet.cell(r, c);
  if (!cell) return null;
  const ss = sheet.getParentUnrecorded();
  const toX = (v: CellValue): ExcelJS.CellValue => {
    if (v === null || v === '') return null;
    if (v instanceof Date) return toWallClock(v, ss.timeZone);
    if (typeof v === 'string' && (ERROR_VALUES as readonly string[]).includes(v))
      return { error: v as ExcelJS.ErrorValue };
    return v;
  };
  if (cell.formula) {
    const result = toX(readCell(sheet, r, c));
    return { formula: cell.formula.slice(1), result: result ?? undefined } as ExcelJS.CellFormulaValue;
  }
  const value = toX(cell.value);
  if (cell.linkUrl && typeof value === 'string') return { text: value, hyperlink: cell.linkUrl };
  return value;
}

async function saveSheet(wb: ExcelJS.Workbook, sheet: EmuSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views:
      sheet.frozenRows || sheet.frozenColumns
        ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [],
    properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : {},
  });
  for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = Math.max(0, (px - PX_PADDING) / PX_PER_CHAR);
  sheet.rows.forEach((row, i) => {
    if (!row) return;
    row.forEach((cell, j) => {
      if (!cell) return;
      const x = ws.getCell(i + 1, j + 1);
      x.value = xlsxValue(sheet, i + 1, j + 1);
      if (cell.numberFormat) x.numFmt = cell.numberFormat;
      if (cell.note) x.note = cell.note;
      if (cell.validation) {
        const dv = validationToXlsx(cell.validation);
        if (dv) x.dataValidation = dv;
      }
      const bg = cell.background && hexToArgb(cell.background);
      if (bg) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
      const color = cell.fontColor && hexToArgb(cell.fontColor);
      if (cell.fontWeight === 'bold' || color)
        x.font = { bold: cell.fontWeight === 'bold', color: color ? { argb: color } : undefined };
      if (cell.wrap) x.alignment = { wrapText: true };
    });
  });
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = px * PT_PER_PX;
  for (const r of sheet.hiddenRows) {
    const row = ws.getRow(r);
    row.hidden = true;
    // exceljs drops the hidden flag of a row with no cells unless the row has a height: Sheets' default 21 px.
    row.height ??= DEFAULT_ROW_HEIGHT * PT_PER_PX;
  }
  for (const m of sheet.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  const protection = sheet.sheetProtection();
  if (protection) {
    // xlsx has no per-user editors: the protection flag and its unprotected (unlocked) cells are what survive.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
    for (const range of protection.unprotectedUnrecorded()) {
      for (let r = range.row; r < range.row + range.numRows; r++) {
        for (let c = range.column; c < range.column + range.numColumns; c++)
          ws.getCell(r, c).protection = { locked: false };
      }
    }
  }
}

/** The spreadsheet as .xlsx bytes. Range protections and per-user editors have no xlsx form and are not written. */
export async function toXlsxBuffer(ss: EmuSpreadsheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = ss.name;
  for (const sheet of ss.sheets) await saveSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function saveXlsx(ss: EmuSpreadsheet, path: string): Promise<void> {
  await writeFile(path, await toXlsxBuffer(ss));
}
