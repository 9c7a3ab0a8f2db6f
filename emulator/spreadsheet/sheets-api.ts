// The advanced service `Sheets` (Sheets API v4): Spreadsheets.get (properties, conditional formats, protected ranges,
// charts and merges under a field mask, no grid data), Spreadsheets.batchUpdate (sheets-batch-update.ts: many
// requests on many sheets in ONE call, all or nothing) and the values collection (sheets-values.ts).
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
import { applyMask, parseFieldMask } from '../field-mask';
import { APPS_SCRIPT_ERRORS, payloadBytes } from '../runtime';
import type { SpreadsheetService } from './index';
import {
  applyBatch,
  type BatchUpdateRequest,
  chartIdOf,
  gridRangeOf,
  protectedRangeJson,
  ruleJson,
} from './sheets-batch-update';
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

export function createSheetsApi(service: SpreadsheetService) {
  // One 'metadata' round trip: sheet titles, ids, order, visibility, sizes, rules, protections, charts and merges
  // without reading any cell.
  const get = (spreadsheetId: string, options: GetOptions = {}) => {
    service.runtime.ledger.record('Sheets', 'Spreadsheets.get', 'metadata');
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.get`);
    if (options.includeGridData || options.ranges)
      throw new Error('Emulator: Sheets.Spreadsheets.get with grid data is not emulated; use Values.batchGet.');
    const ss = service.apiSpreadsheet(spreadsheetId, failedCall('get'), 'read');
    const caller = service.runtime.effectiveUserEmail;
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
      const conditionalFormats = sheet.conditionalRules.map(ruleJson);
      const protectedRanges = ss.protections.filter((p) => p.sheet === sheet).map((p) => protectedRangeJson(p, caller));
      const charts = sheet.charts.map((chart) => ({
        chartId: chartIdOf(chart),
        position: {
          overlayPosition: {
            anchorCell: {
              sheetId: sheet.sheetId,
              rowIndex: chart.position.anchorRow - 1,
              columnIndex: chart.position.anchorColumn - 1,
            },
          },
        },
      }));
      const merges = sheet.merges.map((m) =>
        gridRangeOf(sheet.rangeUnchecked(m.row, m.column, m.numRows, m.numColumns)),
      );
      return {
        properties,
        ...(conditionalFormats.length ? { conditionalFormats } : {}),
        ...(protectedRanges.length ? { protectedRanges } : {}),
        ...(charts.length ? { charts } : {}),
        ...(merges.length ? { merges } : {}),
      };
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
  // One 'write' round trip carrying every request, on every sheet; all or nothing, as the API applies a batch.
  const batchUpdate = (resource: { requests: BatchUpdateRequest[] }, spreadsheetId: string) => {
    service.runtime.ledger.record('Sheets', 'Spreadsheets.batchUpdate', 'write', payloadBytes(resource));
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.batchUpdate`);
    const ss = service.apiSpreadsheet(spreadsheetId, failedCall('batchUpdate'), 'write');
    const replies = applyBatch(ss, service.runtime, resource.requests ?? [], (fields) =>
      parseFieldMask(fields, () => failedCall('batchUpdate')(`Invalid field mask ${fields}`)),
    );
    return { spreadsheetId, replies };
  };
  return { Spreadsheets: { get, batchUpdate, Values: createValuesApi(service) } };
}
