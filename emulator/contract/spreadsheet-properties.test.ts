// Property tests (fast-check): A1 notation and id-ID number display round-trip through what a person would type.
import fc from 'fast-check';
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';
import { parseA1, toA1 } from '../spreadsheet/a1';

describe('properties', () => {
  test('toA1 then parseA1 gives back the same coordinates (columns up to ZZZ)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 18278 - 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (row, column, numRows, numColumns) => {
          const ref = parseA1(toA1(row, column, numRows, numColumns));
          expect([ref.row, ref.column, ref.numRows, ref.numColumns]).toEqual([row, column, numRows, numColumns]);
        },
      ),
    );
  });

  test('in id_ID, a number shown with "#,##0.00" and typed back is the same number to the cent', () => {
    const service = new SpreadsheetService(new Runtime());
    const sheet = service.create('p', { locale: 'id_ID' }).getSheets()[0];
    const a = sheet.getRange('A1').setNumberFormat('#,##0.00');
    const b = sheet.getRange('B1');
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        a.setValue(cents / 100);
        b.setValue(a.getDisplayValue());
        expect(b.getValue()).toBeCloseTo(cents / 100, 2);
      }),
      { numRuns: 200 },
    );
  });
});
