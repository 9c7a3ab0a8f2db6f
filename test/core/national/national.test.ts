// The national flow's core: the long form a Kanwil publishes from Arsip, read back, and consolidated nasional →
// Kanwil → UPT, with every unreadable Kanwil named in Bahasa and left out of the totals.
import { SAMPLE_CONFIG, SAMPLE_LAND_M2, SAMPLE_PERIOD, sampleWorkbook } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { archiveRowsFromGrids } from '../../../src/core/lifecycle/archive';
import { consolidateNation, type KanwilRead } from '../../../src/core/national/consolidate-national';
import { archivedPeriods, mergePublished, publishedRows } from '../../../src/core/national/long-form';
import { parseNationalConfig, spreadsheetIdOf } from '../../../src/core/national/national-config';
import { nationalLayout } from '../../../src/core/national/national-report';
import { NATIONAL_KANWIL_SHEET, nationalSheets } from '../../../src/core/national/national-sheets';
import { readPublication } from '../../../src/core/national/read-published';
import type { Config } from '../../../src/core/schema/types';
import { validateWorkbook } from '../../../src/core/validation/validate-workbook';

const CLOSED_AT = new Date('2026-03-01T02:00:00Z');
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function archiveOf(config: Config = SAMPLE_CONFIG) {
  return archiveRowsFromGrids(config, sampleWorkbook().tabs, SAMPLE_PERIOD, CLOSED_AT);
}

function published(office = SAMPLE_CONFIG.office) {
  const config = { ...SAMPLE_CONFIG, office };
  return mergePublished([], SAMPLE_PERIOD, publishedRows(config, archiveOf(config), SAMPLE_PERIOD));
}

const source = (name: string) => ({ name, contact: `admin@${name.length}.go.id`, reference: ID, spreadsheetId: ID });

describe('the published long form', () => {
  it('lists every unit with its status and each accepted value once, under the header the data team reads', () => {
    const grid = published();
    expect(grid[0]).toEqual([
      'periode',
      'kanwil',
      'kode_upt',
      'nama_upt',
      'jenis_upt',
      'kunci',
      'nilai',
      'status_upt',
      'versi_template',
    ]);
    const codes = new Set(grid.slice(1).map((r) => r[2]));
    expect([...codes]).toEqual(SAMPLE_CONFIG.units.map((u) => u.code));
    expect(grid.slice(1).every((r) => r[0] === SAMPLE_PERIOD && r[7] === 'Dikirim' && r[8] === 1)).toBe(true);
    const keys = grid.slice(1).map((r) => `${r[2]}|${r[5]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('publishing a period again replaces its rows and keeps the other periods', () => {
    const once = published();
    const march = once.slice(1, 4).map((r) => ['2026-03', ...r.slice(1)]);
    const withMarch = [...once, ...march];
    const again = mergePublished(withMarch, SAMPLE_PERIOD, publishedRows(SAMPLE_CONFIG, archiveOf(), SAMPLE_PERIOD));
    expect(again.length).toBe(withMarch.length);
    expect(again.filter((r) => r[0] === '2026-03')).toEqual(march);
    expect(archivedPeriods(archiveOf())).toEqual([SAMPLE_PERIOD]);
  });

  it('a unit that archived nothing is still published, once, without a key', () => {
    const config = { ...SAMPLE_CONFIG, units: [...SAMPLE_CONFIG.units, { ...SAMPLE_CONFIG.units[0], code: 'BARU' }] };
    const rows = publishedRows(config, archiveOf(), SAMPLE_PERIOD).filter((r) => r.unitCode === 'BARU');
    expect(rows).toEqual([expect.objectContaining({ key: '', value: null, unitStatus: 'Belum diisi' })]);
  });
});

describe('reading a publication back', () => {
  it('gives the same regional totals the Kanwil itself computes', () => {
    const read = readPublication(published(), SAMPLE_PERIOD);
    if (!read.ok) throw new Error(read.reason.kind);
    const reports = read.units.map((u) => u.report);
    const own = consolidateRegion(SAMPLE_CONFIG, validateWorkbook(SAMPLE_CONFIG, sampleWorkbook().tabs).reports);
    const again = consolidateRegion({ ...SAMPLE_CONFIG, units: reports.map((r) => r.unit) }, reports);
    expect(again.pangan.luasLahan.value).toBe(SAMPLE_LAND_M2);
    expect(again.pangan.penjualanRp.value).toBe(own.pangan.penjualanRp.value);
    expect(again.anggaran.realisasiRp.value).toBe(own.anggaran.realisasiRp.value);
    expect(again.status.sentAndValid).toBe(own.status.sentAndValid);
  });

  it('names a period not yet published, with the latest one there', () => {
    const read = readPublication(published(), '2026-03');
    expect(read).toEqual({
      ok: false,
      reason: { kind: 'period-not-published', period: '2026-03', latest: SAMPLE_PERIOD },
    });
  });

  it('refuses an older template version and a sheet without the expected columns', () => {
    const old = published().map((r, i) => (i === 0 ? r : [...r.slice(0, 8), 0]));
    expect(readPublication(old, SAMPLE_PERIOD)).toEqual({ ok: false, reason: { kind: 'older-template', version: 0 } });
    expect(readPublication([['Periode', 'Nilai']], SAMPLE_PERIOD)).toEqual({
      ok: false,
      reason: { kind: 'unrecognised' },
    });
  });
});

describe('the national consolidation', () => {
  const reads = (): KanwilRead[] => [
    { source: source('Kanwil Riau'), publication: readPublication(published('Kanwil Riau'), SAMPLE_PERIOD) },
    { source: source('Kanwil Jambi'), publication: readPublication(published('Kanwil Jambi'), SAMPLE_PERIOD) },
    { source: source('Kanwil Aceh'), publication: { ok: false, reason: { kind: 'no-access' } } },
    { source: source('Kanwil Bali'), publication: { ok: false, reason: { kind: 'not-found' } } },
  ];

  it('sums the readable Kanwil and leaves the others out with their reason in Bahasa', () => {
    const n = consolidateNation(SAMPLE_PERIOD, reads());
    expect(n.kanwil.map((k) => k.source.name)).toEqual(['Kanwil Riau', 'Kanwil Jambi']);
    expect(n.national.pangan.luasLahan.value).toBe(2 * SAMPLE_LAND_M2);
    expect(n.kanwil[0]?.consolidation.pangan.luasLahan.value).toBe(SAMPLE_LAND_M2);
    expect(n.national.unitCount).toBe(2 * SAMPLE_CONFIG.units.length);
    expect(n.unreadable.map((u) => [u.source.name, u.message])).toEqual([
      ['Kanwil Aceh', expect.stringMatching(/^Tidak ada akses/)],
      ['Kanwil Bali', expect.stringMatching(/^File tidak ditemukan/)],
    ]);
    const indicator = 'pangan.pertanian.luas_m2';
    expect(n.indicators.get(indicator)).toBe(2 * (n.kanwil[0]?.indicators.get(indicator) ?? Number.NaN));
  });

  it('every summary sheet says which Kanwil its totals leave out and why', () => {
    const sheets = nationalSheets(consolidateNation(SAMPLE_PERIOD, reads()), CLOSED_AT);
    for (const sheet of sheets) {
      expect(String(sheet.grid[2]?.[0])).toMatch(
        /^Total mencakup 2 dari 4 Kanwil; tidak dihitung: Kanwil Aceh \(Tidak ada akses/,
      );
      expect(new Set(sheet.grid.map((r) => r.length)).size).toBe(1);
    }
    const kanwil = sheets.find((s) => s.name === NATIONAL_KANWIL_SHEET);
    const total = kanwil?.grid.find((r) => r[0] === 'Nasional');
    expect(total?.[2]).toBe(2 * SAMPLE_CONFIG.units.length);
    expect(kanwil?.grid.some((r) => r[0] === 'Kanwil Bali' && String(r[2]).startsWith('File tidak ditemukan'))).toBe(
      true,
    );
  });
});

describe('Pengaturan Nasional', () => {
  it('reads the period and the Kanwil listed by id or link', () => {
    const read = parseNationalConfig([
      ['Periode', '2026-02'],
      [],
      ['ID atau tautan workbook Kanwil', 'Nama Kanwil', 'Kontak'],
      [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, 'Kanwil Riau', 'a@riau.go.id'],
      [ID, 'Kanwil Jambi', ''],
      ['bukan tautan', 'Kanwil Aceh', ''],
    ]);
    expect(read.ok && read.config.kanwil.map((k) => [k.name, k.spreadsheetId])).toEqual([
      ['Kanwil Riau', ID],
      ['Kanwil Jambi', ID],
      ['Kanwil Aceh', null],
    ]);
    expect(spreadsheetIdOf('abc')).toBeNull();
  });

  it('asks for the period in Bahasa when it is missing', () => {
    const read = parseNationalConfig([['Periode', '']]);
    expect(read).toEqual({ ok: false, problem: expect.stringMatching(/^Isi "Periode"/) });
  });
});

describe('the national report’s layout', () => {
  it('without a unit compiling it, has the Directorate General’s letterhead and no addressee block', () => {
    const lines = nationalLayout({ sender: '', address: 'Jalan Veteran No. 11' }, []).map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual([
      'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
      'DIREKTORAT JENDERAL PEMASYARAKATAN',
      '{{alamat}}',
    ]);
    expect(lines.join('\n')).not.toMatch(/Yth\.|\{\{kantor\}\}|Atas perhatian/);
  });

  it('reads the unit and address from "Pengaturan Nasional"', () => {
    const read = parseNationalConfig([
      ['Periode', '2026-02'],
      ['Unit penyusun laporan', 'Sekretariat Direktorat Jenderal Pemasyarakatan'],
      ['Alamat kantor', 'Jalan Veteran No. 11'],
      ['ID atau tautan workbook Kanwil', 'Nama Kanwil', 'Kontak'],
      [ID, 'Kanwil Riau', ''],
    ]);
    expect(read.ok && read.config.letterhead).toEqual({
      sender: 'Sekretariat Direktorat Jenderal Pemasyarakatan',
      address: 'Jalan Veteran No. 11',
    });
  });
});
