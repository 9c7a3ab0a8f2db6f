// Submission status: counts per status, units sent and valid, units with errors, missing tabs.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('counts per status, sent and valid, units with errors', () => {
  const [lapas, rutan, bapas] = [unit('LP-A'), unit('RUTAN-B', 'Rutan'), unit('BAPAS-C', 'Bapas')];
  const c = consolidateRegion(regionConfig([lapas, rutan, bapas]), [
    report(lapas, {}, { status: 'Dikirim' }),
    report(rutan, {}, { status: 'Dikembalikan', errors: 2, warnings: 1 }),
    report(bapas, {}, { status: 'Draf' }),
  ]).status;
  expect(c.counts).toEqual({ 'Belum diisi': 0, Draf: 1, Dikirim: 1, Dikembalikan: 1 });
  expect(c.withErrors).toEqual(['RUTAN-B']);
  expect(c.valid).toBe(2);
  expect(c.sentAndValid).toBe(1);
  expect(c.units[1]).toMatchObject({ errors: 2, warnings: 1, returnNote: 'Periksa anggaran' });
});

test('a unit whose tab is missing is "Belum diisi" and listed as missing, whatever its report says', () => {
  const lapas = unit('LP-A');
  const c = consolidateRegion(regionConfig([lapas]), [report(lapas, {}, { found: false, status: 'Dikirim' })]).status;
  expect(c.units[0]).toMatchObject({ status: 'Belum diisi', found: false });
  expect(c.missing).toEqual(['LP-A']);
  expect(c.valid).toBe(0);
});

test('an untouched tab ("Belum diisi") has no error and no figure: it is not counted valid', () => {
  const [lapas, rutan] = [unit('LP-A'), unit('RUTAN-B', 'Rutan')];
  const c = consolidateRegion(regionConfig([lapas, rutan]), [
    report(lapas, {}, { status: 'Dikirim' }),
    report(rutan, {}, { status: 'Belum diisi' }),
  ]).status;
  expect(c.withErrors).toEqual([]);
  expect(c.valid).toBe(1);
  expect(c.sentAndValid).toBe(1);
});
