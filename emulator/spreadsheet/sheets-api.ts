// The advanced service `Sheets` (Sheets API v4): Spreadsheets.get (properties and conditional formats under a field
// mask, no grid data), Spreadsheets.batchUpdate (conditional-format and cell-value requests, all sheets in ONE
// atomic request) and the values collection (sheets-values.ts).
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
import { applyMask, parseFieldMask } from '../field-mask';
import { APPS_SCRIPT_ERRORS } from '../runtime';
import { EmuConditionalFormatRule } from './conditional-format';
import type { SpreadsheetService } from './index';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import { type AppendCellsRequest, CellTransaction, type UpdateCellsRequest } from './sheets-api-cells';
import { createValuesApi, failedCall } from './sheets-values';

export interface GetOptions {
  /** A field mask ("properties.timeZone,sheets.properties(sheetId,title)"); absent = every field. */
  fields?: string;
  includeGridData?: boolean;
  ranges?: string[];
}

/** A sheet's properties as the API returns them: proto3 JSON, so false and 0 values are omitted. */
export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: 'GRID';
  hidden?: true;
  gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number; frozenColumnCount?: number };
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange (0-based, end exclusive;
 * as proto3 JSON, a 0 index is omitted). */
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}
export interface Color {
  red?: number;
  green?: number;
  blue?: number;
}
/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule (boolean rules). */
export interface ConditionalFormatRuleJson {
  ranges: GridRange[];
  booleanRule: {
    condition: { type: string; values?: { userEnteredValue: string }[] };
    format: {
      backgroundColor?: Color;
      backgroundColorStyle?: { rgbColor: Color };
      textFormat?: { bold?: boolean; foregroundColor?: Color; foregroundColorStyle?: { rgbColor: Color } };
    };
  };
}
export type BatchUpdateRequest =
  | { addConditionalFormatRule: { rule: ConditionalFormatRuleJson; index?: number } }
  | { deleteConditionalFormatRule: { sheetId?: number; index?: number } }
  | { updateCells: UpdateCellsRequest }
  | { appendCells: AppendCellsRequest };

/** SpreadsheetApp's BooleanCriteria names ↔ the API's ConditionType, for the conditions the emulator builds. */
const CONDITION_TYPES: Readonly<Record<string, string>> = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CELL_NOT_EMPTY: 'NOT_BLANK',
  CELL_EMPTY: 'BLANK',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER',
  NUMBER_LESS_THAN: 'NUMBER_LESS',
  TEXT_EQUAL_TO: 'TEXT_EQ',
};

/** "#f4cccc" → { red: 0.956…, green: 0.8, blue: 0.8 }, zero components omitted as the API does. */
function colorOf(hex: string): Color {
  const n = Number.parseInt(hex.slice(1), 16);
  const out: Color = {};
  const parts = [
    ['red', (n >> 16) & 255],
    ['green', (n >> 8) & 255],
    ['blue', n & 255],
  ] as const;
  for (const [k, v] of parts) if (v) out[k] = v / 255;
  return out;
}

function hexOf(color: Color): string {
  const byte = (v = 0) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(color.red)}${byte(color.green)}${byte(color.blue)}`;
}

function gridRangeOf(sheet: EmuSheet, range: EmuRange): GridRange {
  const g: GridRange = { sheetId: sheet.sheetId };
  const r = range.getRow() - 1;
  const c = range.getColumn() - 1;
  if (r) g.startRowIndex = r;
  g.endRowIndex = r + range.getNumRows();
  if (c) g.startColumnIndex = c;
  g.endColumnIndex = c + range.getNumColumns();
  if (!g.sheetId) delete g.sheetId;
  return g;
}

function ruleJson(sheet: EmuSheet, rule: EmuConditionalFormatRule<EmuRange>): ConditionalFormatRuleJson {
  const condition = rule.getBooleanCondition();
  const values = condition.getCriteriaValues().map((v) => ({ userEnteredValue: String(v) }));
  const format: ConditionalFormatRuleJson['booleanRule']['format'] = {};
  if (rule.background) {
    format.backgroundColor = colorOf(rule.background);
    format.backgroundColorStyle = { rgbColor: colorOf(rule.background) };
  }
  if (rule.bold !== null || rule.fontColor) {
    format.textFormat = {};
    if (rule.bold) format.textFormat.bold = true;
    if (rule.fontColor) {
      format.textFormat.foregroundColor = colorOf(rule.fontColor);
      format.textFormat.foregroundColorStyle = { rgbColor: colorOf(rule.fontColor) };
    }
  }
  const type = CONDITION_TYPES[String(condition.getCriteriaType())];
  if (!type) throw new Error(`Emulator: condition ${String(condition.getCriteriaType())} has no Sheets API form here.`);
  return {
    ranges: rule.getRanges().map((r) => gridRangeOf(sheet, r)),
    booleanRule: { condition: { type, ...(values.length ? { values } : {}) }, format },
  };
}

export function createSheetsApi(service: SpreadsheetService) {
  // One 'metadata' round trip: sheet titles, ids, order, visibility and sizes without reading any cell.
  const get = (spreadsheetId: string, options: GetOptions = {}) => {
    service.runtime.ledger.record('Sheets', 'Spreadsheets.get', 'metadata');
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.get`);
    if (options.includeGridData || options.ranges)
      throw new Error('Emulator: Sheets.Spreadsheets.get with grid data is not emulated; use Values.batchGet.');
    const ss = service.getById(spreadsheetId);
    if (!ss) throw failedCall('get')('Requested entity was not found.');
    const sheets = ss.sheets.map((sheet, index) => {
      const grid: SheetProperties['gridProperties'] = { rowCount: sheet.maxRows, columnCount: sheet.maxColumns };
      if (sheet.frozenRows) grid.frozenRowCount = sheet.frozenRows;
      if (sheet.frozenColumns) grid.frozenColumnCount = sheet.frozenColumns;
      const properties: SheetProperties = {
        sheetId: sheet.sheetId,
        title: sheet.name,
        index,
        sheetType: 'GRID',
        ...(sheet.hidden ? { hidden: true as const } : {}),
        gridProperties: grid,
      };
      const conditionalFormats = sheet.conditionalRules.map((rule) => ruleJson(sheet, rule));
      return conditionalFormats.length ? { properties, conditionalFormats } : { properties };
    });
    const full = {
      spreadsheetId,
      properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
      sheets,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    };
    return (
      options.fields
        ? applyMask(
            full,
            parseFieldMask(options.fields, () => failedCall('get')(`Invalid field selection ${options.fields}`)),
          )
        : full
    ) as Partial<typeof full>;
  };
  // One round trip for every request, on every sheet ('write' when it writes cells, else 'format'); all or nothing:
  // "if any request is not valid then the entire request will fail and nothing will be applied" (batchUpdate).
  const batchUpdate = (resource: { requests: BatchUpdateRequest[] }, spreadsheetId: string) => {
    const writesCells = resource.requests.some((r) => 'updateCells' in r || 'appendCells' in r);
    service.runtime.ledger.record('Sheets', 'Spreadsheets.batchUpdate', writesCells ? 'write' : 'format');
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.batchUpdate`);
    const ss = service.getById(spreadsheetId);
    const fail = failedCall('batchUpdate');
    if (!ss) throw fail('Requested entity was not found.');
    const rules = new Map<number, EmuConditionalFormatRule<EmuRange>[]>(
      ss.sheets.map((sh) => [sh.sheetId, [...sh.conditionalRules]]),
    );
    const sheetOf = (id = 0, at: string): EmuSheet => {
      const sheet = ss.sheets.find((sh) => sh.sheetId === id);
      if (!sheet) throw fail(`Invalid ${at}: No grid with id: ${id}`);
      return sheet;
    };
    const cells = new CellTransaction(service.runtime.effectiveUserEmail);
    const apply = (request: BatchUpdateRequest, i: number) => {
      if ('updateCells' in request) {
        const at = `requests[${i}].updateCells`;
        cells.updateCells(
          request.updateCells,
          (id) => sheetOf(id, at),
          (d) => fail(`Invalid ${at}: ${d}`),
        );
        return {};
      }
      if ('appendCells' in request) {
        const at = `requests[${i}].appendCells`;
        cells.appendCells(
          request.appendCells,
          (id) => sheetOf(id, at),
          (d) => fail(`Invalid ${at}: ${d}`),
        );
        return {};
      }
      if ('deleteConditionalFormatRule' in request) {
        const { sheetId = 0, index = 0 } = request.deleteConditionalFormatRule;
        const at = `requests[${i}].deleteConditionalFormatRule`;
        const list = rules.get(sheetOf(sheetId, at).sheetId) ?? [];
        if (index >= list.length)
          throw fail(`Invalid ${at}: No conditional format on sheet: ${sheetId} at index: ${index}`);
        const removed = list.splice(index, 1)[0] as EmuConditionalFormatRule<EmuRange>;
        return { deleteConditionalFormatRule: { rule: ruleJson(sheetOf(sheetId, at), removed) } };
      }
      if ('addConditionalFormatRule' in request) {
        const { rule, index = 0 } = request.addConditionalFormatRule;
        const at = `requests[${i}].addConditionalFormatRule`;
        const ids = new Set(rule.ranges.map((g) => g.sheetId ?? 0));
        if (ids.size !== 1) throw fail(`Invalid ${at}: All ranges must be on the same sheet.`);
        const sheet = sheetOf([...ids][0], at);
        const list = rules.get(sheet.sheetId) ?? [];
        list.splice(Math.min(index, list.length), 0, emuRule(sheet, rule, at));
        return {};
      }
      throw new Error(`Emulator: batchUpdate request ${Object.keys(request).join(',')} is not emulated.`);
    };
    let replies: ReturnType<typeof apply>[];
    try {
      replies = resource.requests.map(apply);
    } catch (error) {
      cells.rollback();
      throw error;
    }
    for (const sheet of ss.sheets) sheet.conditionalRules = rules.get(sheet.sheetId) ?? [];
    return { spreadsheetId, replies };

    function emuRule(sheet: EmuSheet, rule: ConditionalFormatRuleJson, at: string) {
      const { condition, format } = rule.booleanRule;
      const criteria = Object.entries(CONDITION_TYPES).find(([, api]) => api === condition.type)?.[0];
      if (!criteria) throw new Error(`Emulator: condition ${condition.type} is not emulated.`);
      const values = (condition.values ?? []).map((v) =>
        criteria.startsWith('NUMBER_') ? Number(v.userEnteredValue) : v.userEnteredValue,
      );
      const background = format.backgroundColorStyle?.rgbColor ?? format.backgroundColor;
      const font = format.textFormat?.foregroundColorStyle?.rgbColor ?? format.textFormat?.foregroundColor;
      const ranges = rule.ranges.map((g) => {
        const row = (g.startRowIndex ?? 0) + 1;
        const column = (g.startColumnIndex ?? 0) + 1;
        const numRows = (g.endRowIndex ?? sheet.maxRows) - row + 1;
        const numColumns = (g.endColumnIndex ?? sheet.maxColumns) - column + 1;
        if (numRows < 1 || numColumns < 1 || row - 1 + numRows > sheet.maxRows)
          throw fail(`Invalid ${at}: Range is outside the grid.`);
        return sheet.rangeUnchecked(row, column, numRows, numColumns);
      });
      return new EmuConditionalFormatRule<EmuRange>(
        criteria,
        values,
        background ? hexOf(background) : null,
        font ? hexOf(font) : null,
        format.textFormat?.bold ?? null,
        ranges,
      );
    }
  };
  return { Spreadsheets: { get, batchUpdate, Values: createValuesApi(service) } };
}
