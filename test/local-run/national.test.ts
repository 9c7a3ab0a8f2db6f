// The national flow run locally: `npm start -- --national` writes the national summaries, and the bench's national
// measure holds its budget (one Sheets read per Kanwil, under 60 modelled seconds, unreadable Kanwil not fatal).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureNational, nationalChecks } from '../../scripts/local/bench-national';
import { parseLocalRunOptions } from '../../scripts/local/cli-options';

const root = join(__dirname, '../..');

describe('npm start -- --national', () => {
  it('is an option of its own, not to be mixed with an input workbook', () => {
    expect(parseLocalRunOptions(['--national', '--out', 'hasil'])).toEqual({ kind: 'national', outDir: 'hasil' });
    expect(() => parseLocalRunOptions(['--national', '--input', 'a.xlsx'])).toThrow(/--national tidak dapat dipakai/);
  });

  it('writes the national workbook and its summary, every unreadable Kanwil named with its reason', () => {
    const out = mkdtempSync(join(tmpdir(), 'rekap-national-'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs', '--national', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(existsSync(join(out, 'rekap-nasional-2026-02.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'laporan-nasional-2026-02.docx'))).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, 'ringkasan-nasional.json'), 'utf8'));
    expect(summary.pesan).toMatch(/Total mencakup 28 dari 33 Kanwil; tidak dihitung: Kanwil 29 \(Tidak ada akses/);
    expect(summary.kanwil.map((k: { Kanwil: string }) => k.Kanwil).at(-1)).toBe('Nasional');
    expect(summary.kanwil).toHaveLength(29);
    expect(summary.panggilan.batchGet).toBe(33);
  }, 240_000);
});

describe('the bench’s national measure', () => {
  it('33 Kanwil with 5 unreadable: one read each, under the budget, the 28 others counted', () => {
    const measure = measureNational(5);
    expect(nationalChecks(measure).filter((c) => !c.pass)).toEqual([]);
    expect(nationalChecks({ ...measure, batchGets: 34 }).map((c) => c.pass)).toEqual([true, false, true]);
  });
});
