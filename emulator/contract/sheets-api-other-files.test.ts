// Contract tests: the Sheets advanced service on another spreadsheet's id, as the national run reads each Kanwil
// workbook: 404 for an id no file has, 403 for a file not shared with the user (or written to by a viewer), the
// script's own file always open, and the per-user read quota.
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';
import { createSheetsApi } from '../spreadsheet/sheets-api';

const ERRORS = 'https://developers.google.com/sheets/api/guides/troubleshoot-api-errors';
const LIMITS = 'https://developers.google.com/sheets/api/limits';
const READER = 'dirjen@ditjenpas.example';

function setup() {
  const runtime = new Runtime();
  runtime.effectiveUserEmail = READER;
  const service = new SpreadsheetService(runtime);
  const own = service.create('Rekap Nasional', { owner: READER });
  service.setActive(own);
  const kanwil = service.create('Rekap UPT Riau', { owner: 'admin@riau.example' });
  kanwil
    .sheetByNameUnrecorded('Sheet1')
    ?.getRange('A1:B1')
    .setValues([['periode', 'kanwil']]);
  return { runtime, service, own, kanwil, api: createSheetsApi(service) };
}

const read = (api: ReturnType<typeof createSheetsApi>, id: string) =>
  api.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1'] });

describe(`another spreadsheet by id (${ERRORS})`, () => {
  test('an id no file has: 404 "Requested entity was not found."', () => {
    const { api } = setup();
    expect(() => read(api, '1NoSuchFile000000000000000000000000000000')).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    );
  });

  test('a file not shared with the user: 403 "The caller does not have permission"', () => {
    const { api, kanwil } = setup();
    expect(() => read(api, kanwil.id)).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
    );
    expect(() => api.Spreadsheets.get(kanwil.id)).toThrow(/spreadsheets\.get failed with error: The caller does not/);
  });

  test('shared as viewer: readable in one request, but a write is refused', () => {
    const { api, kanwil, runtime } = setup();
    kanwil.shareAsViewer(READER);
    runtime.ledger.reset();
    expect(read(api, kanwil.id).valueRanges[0]?.values).toEqual([['periode', 'kanwil']]);
    expect(runtime.ledger.all().map((c) => c.method)).toEqual(['Spreadsheets.Values.batchGet']);
    expect(() =>
      api.Spreadsheets.Values.batchUpdate(
        { valueInputOption: 'RAW', data: [{ range: 'Sheet1!A2', values: [['x']] }] },
        kanwil.id,
      ),
    ).toThrow(/values\.batchUpdate failed with error: The caller does not have permission/);
    kanwil.share(READER);
    expect(
      api.Spreadsheets.Values.batchUpdate(
        { valueInputOption: 'RAW', data: [{ range: 'Sheet1!A2', values: [['x']] }] },
        kanwil.id,
      ).totalUpdatedCells,
    ).toBe(1);
  });

  test('the script’s own spreadsheet is open to whoever runs it', () => {
    const { api, own, runtime } = setup();
    runtime.effectiveUserEmail = 'someone@else.example';
    expect(read(api, own.id).valueRanges).toHaveLength(1);
  });
});

describe(`the per-user read quota (${LIMITS}: 60 read requests per minute per user per project)`, () => {
  test('the 61st read within a minute is refused with 429; a minute later reads go again', () => {
    const { api, service, kanwil, runtime } = setup();
    service.apiReadsPerMinute = 60;
    runtime.ledger.chargeLatency = false;
    kanwil.shareAsViewer(READER);
    for (let i = 0; i < 60; i++) read(api, kanwil.id);
    expect(() => read(api, kanwil.id)).toThrow(
      /values\.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'/,
    );
    runtime.advance(60_000);
    expect(read(api, kanwil.id).valueRanges).toHaveLength(1);
  });

  test('the quota is per user: another user reads while the first waits', () => {
    const { api, service, kanwil, runtime } = setup();
    service.apiReadsPerMinute = 60;
    runtime.ledger.chargeLatency = false;
    kanwil.shareAsViewer(READER);
    kanwil.shareAsViewer('kedua@ditjenpas.example');
    for (let i = 0; i < 60; i++) read(api, kanwil.id);
    runtime.effectiveUserEmail = 'kedua@ditjenpas.example';
    expect(read(api, kanwil.id).valueRanges).toHaveLength(1);
  });
});
