// Unit tab validation: each rule yields its code at the right cell, and a rejected value never reaches the values.

import type { UnitConfig } from '../../../src/core/schema/types';
import { readUnitTab } from '../../../src/core/validation/validate-unit';
import { BAPAS, cellsOf, filledTab, LAPAS, PERIOD, type Typed, VALID_LAPAS } from '../helpers';

const CELLS = cellsOf(LAPAS);

function read(typed: Typed, unit: UnitConfig = LAPAS, previous?: Record<string, number>) {
  const grid = filledTab(unit, { ...(unit === LAPAS ? VALID_LAPAS : {}), ...typed });
  return readUnitTab(unit.sheetName, grid, unit, { period: PERIOD, previous });
}

function codesAt(report: ReturnType<typeof read>): string[] {
  return report.issues.map((i) => `${i.cell} ${i.code}`);
}

describe('a valid tab', () => {
  test('has no issues, typed values, cell addresses and Draf status', () => {
    const r = read({});
    expect(r.issues).toEqual([]);
    expect(r.values['pangan.pertanian.luas_m2']).toBe(2500);
    expect(r.values['hunian.tanggal_sdp']).toBe('2026-02-03');
    expect(r.cells['hunian.kapasitas']).toBe('B17');
    expect(r.cells['pangan.pertanian.luas_m2']).toBe('C23');
    expect(r.meta.status).toBe('Draf');
    expect(r.meta.cells).toEqual({ status: 'B11', sentAt: 'B12', sentBy: 'B13', returnNote: 'B14' });
  });

  test('an untouched tab is Belum diisi and reports no required fields', () => {
    const r = read({}, BAPAS);
    expect(r.meta.status).toBe('Belum diisi');
    expect(r.errorCount).toBe(0);
  });

  test('status written by the add-on is read back', () => {
    const r = read({ 'identitas.status': 'Dikirim', 'identitas.dikirim_oleh': 'op@x.go.id' });
    expect(r.meta.status).toBe('Dikirim');
    expect(r.meta.sentBy).toBe('op@x.go.id');
  });
});

describe('single-cell rules', () => {
  test.each([
    ['text in a number cell', 'hunian.penghuni', 'banyak', 'TEXT_IN_NUMBER'],
    ['negative', 'pangan.pertanian.wbp', -3, 'NEGATIVE'],
    ['absurd', 'hunian.penghuni', 5_000_000, 'OUT_OF_RANGE'],
    ['capacity zero', 'hunian.kapasitas', 0, 'OUT_OF_RANGE'],
    ['fraction of a person', 'pangan.pertanian.wbp', 2.5, 'SEPARATOR_SUSPECT'],
    ['fraction below one', 'pangan.pertanian.wbp', 0.5, 'NOT_INTEGER'],
    ['formula error #REF!', 'anggaran.pagu_rp', '#REF!', 'FORMULA_ERROR'],
    ['formula error #N/A', 'pangan.pertanian.luas_m2', '#N/A', 'FORMULA_ERROR'],
    ['formula error #DIV/0!', 'hunian.kapasitas', '#DIV/0!', 'FORMULA_ERROR'],
    ['formula error #VALUE!', 'pangan.pertanian.hasil', '#VALUE!', 'FORMULA_ERROR'],
    ['a checkbox in a number cell', 'hunian.penghuni', true, 'WRONG_TYPE'],
    ['a date in a number cell', 'hunian.penghuni', new Date('2026-02-01T00:00:00Z'), 'WRONG_TYPE'],
    ['a date typed as text', 'hunian.tanggal_sdp', '3/2/2026', 'DATE_AS_TEXT'],
    ['an unknown choice', 'pangan.pertanian.satuan', 'ton', 'CHOICE_INVALID'],
    ['a score above 100', 'zona_integritas.nilai', 120, 'OUT_OF_RANGE'],
  ])('%s → error at its cell, value left out', (_name, key, value, code) => {
    const r = read({ [key]: value });
    expect(codesAt(r)).toContain(`${CELLS[key]} ${code}`);
    expect(r.issues.find((i) => i.code === code)?.severity).toBe('error');
    expect(r.values[key]).toBeUndefined();
    expect(r.invalidKeys).toContain(key);
  });

  test('a whole-number field holding 102.772 names 102772 in words', () => {
    const r = read({ 'pangan.pertanian.luas_m2': 102.772 });
    const issue = r.issues.find((i) => i.code === 'SEPARATOR_SUSPECT');
    expect(issue?.cell).toBe('C23');
    expect(issue?.message).toContain('Pertanian — Luas lahan (m²)');
    expect(issue?.hint).toBe(
      'Mungkin maksudnya 102.772 (seratus dua ribu tujuh ratus tujuh puluh dua): ketik 102772 tanpa titik.',
    );
    expect(r.values['pangan.pertanian.luas_m2']).toBeUndefined();
  });

  test('"2.500" typed into an en-US sheet arrives as 2.5 and is flagged as 2.500', () => {
    const r = read({ 'pangan.pertanian.luas_m2': 2.5 });
    expect(r.issues[0].hint).toContain('2.500 (dua ribu lima ratus)');
  });

  test.each([
    [
      '1.234,5',
      "Angkanya benar tetapi tersimpan sebagai teks: hapus tanda petik (') di depannya atau ubah format sel menjadi angka, lalu ketik 1234,5.",
    ],
    [
      '2.500',
      "Angkanya benar tetapi tersimpan sebagai teks: hapus tanda petik (') di depannya atau ubah format sel menjadi angka, lalu ketik 2500.",
    ],
    ['Rp 1.250.000', 'Mungkin maksudnya 1.250.000 (satu juta dua ratus lima puluh ribu): ketik 1250000 tanpa titik.'],
  ])('text %s in a number field says what to type instead', (text, hint) => {
    const r = read({ 'pangan.pertanian.penjualan_rp': text, 'pangan.pertanian.pnbp_rp': '' });
    const issue = r.issues.find((i) => i.code === 'TEXT_IN_NUMBER');
    expect(issue?.cell).toBe(CELLS['pangan.pertanian.penjualan_rp']);
    expect(issue?.hint).toBe(hint);
  });

  test('a decimal with three decimals is only a warning and still counts', () => {
    const r = read({ 'pangan.pertanian.hasil': 1.125 });
    expect(codesAt(r)).toEqual([`${CELLS['pangan.pertanian.hasil']} SEPARATOR_SUSPECT`]);
    expect(r.issues[0].severity).toBe('warning');
    expect(r.values['pangan.pertanian.hasil']).toBe(1.125);
  });

  test('required but empty once the tab is being filled', () => {
    const r = read({ 'anggaran.pagu_rp': '', 'anggaran.realisasi_rp': '' });
    expect(codesAt(r)).toEqual(
      expect.arrayContaining([
        `${CELLS['anggaran.pagu_rp']} REQUIRED_EMPTY`,
        `${CELLS['anggaran.realisasi_rp']} REQUIRED_EMPTY`,
      ]),
    );
    expect(r.issues[0].message).toContain('wajib diisi');
  });

  test('free text with HTML or a leading = is kept as typed, with a warning', () => {
    const html = '<script>alert(1)</script>';
    const r = read({ 'layanan.dapur_sehat_catatan': html, 'pendidikan.paket_c.mitra': '=IMPORTXML("x")' });
    expect(codesAt(r)).toEqual([
      `${CELLS['pendidikan.paket_c.mitra']} TEXT_FORMULA_LIKE`,
      `${CELLS['layanan.dapur_sehat_catatan']} TEXT_HTML`,
    ]);
    expect(r.values['layanan.dapur_sehat_catatan']).toBe(html);
    expect(r.values['pendidikan.paket_c.mitra']).toBe('=IMPORTXML("x")');
  });

  test('over-long text is a warning and is kept whole', () => {
    const long = 'x'.repeat(5001);
    const r = read({ 'layanan.dapur_sehat_catatan': long });
    expect(codesAt(r)).toEqual([`${CELLS['layanan.dapur_sehat_catatan']} TEXT_TOO_LONG`]);
    expect(r.values['layanan.dapur_sehat_catatan']).toBe(long);
  });

  test('a bad link is a warning; several links separated by new lines are fine', () => {
    const ok = read({
      'publikasi.website.jumlah': 2,
      'publikasi.website.tautan': 'https://a.go.id/1\nhttps://a.go.id/2',
    });
    expect(ok.issues).toEqual([]);
    const bad = read({ 'publikasi.website.tautan': 'javascript:alert(1)' });
    expect(codesAt(bad)).toEqual([`${CELLS['publikasi.website.tautan']} URL_INVALID`]);
  });

  test('a choice is matched regardless of case and stored canonically', () => {
    expect(read({ 'layanan.dapur_sehat': 'beroperasi' }).values['layanan.dapur_sehat']).toBe('Beroperasi');
  });
});

describe('cross-field rules', () => {
  test('lulus > ikut ujian and ikut ujian > peserta', () => {
    const r = read({
      'pendidikan.paket_a.peserta': 5,
      'pendidikan.paket_a.ikut_ujian': 6,
      'pendidikan.paket_a.lulus': 7,
    });
    expect(codesAt(r)).toEqual([
      `${CELLS['pendidikan.paket_a.ikut_ujian']} EDU_UJIAN_GT_PESERTA`,
      `${CELLS['pendidikan.paket_a.lulus']} EDU_LULUS_GT_UJIAN`,
    ]);
    expect(r.values['pendidikan.paket_a.lulus']).toBeUndefined();
    expect(r.values['pendidikan.paket_a.peserta']).toBe(5);
  });

  test('PNBP above sales', () => {
    const r = read({ 'pangan.pertanian.pnbp_rp': 2_000_000 });
    expect(codesAt(r)).toEqual([`${CELLS['pangan.pertanian.pnbp_rp']} PNBP_GT_PENJUALAN`]);
    expect(r.issues[0].message).toContain('Rp 2.000.000');
  });

  test('realisasi above pagu is an error', () => {
    const r = read({ 'anggaran.realisasi_rp': 6_000_000_000 });
    expect(codesAt(r)).toEqual([`${CELLS['anggaran.realisasi_rp']} REALISASI_GT_PAGU`]);
    expect(r.invalidKeys).toEqual(['anggaran.realisasi_rp']);
  });

  test.each([
    [7, 'WBP_BELOW_MAX_CLUSTER'],
    [13, 'WBP_ABOVE_CLUSTER_SUM'],
  ])('WBP head count %i against clusters 8 + 4', (count, code) => {
    const r = read({ 'pangan_wbp.wbp_terlibat': count });
    expect(codesAt(r)).toEqual([`${CELLS['pangan_wbp.wbp_terlibat']} ${code}`]);
  });

  test('WBP head count above the inmates', () => {
    const r = read({ 'hunian.penghuni': 9 });
    expect(codesAt(r)).toEqual([`${CELLS['pangan_wbp.wbp_terlibat']} WBP_ABOVE_PENGHUNI`]);
  });

  test('cluster WBP without the head count', () => {
    const r = read({ 'pangan_wbp.wbp_terlibat': '' });
    expect(codesAt(r)).toEqual([`${CELLS['pangan_wbp.wbp_terlibat']} REQUIRED_EMPTY`]);
  });

  test('output without its unit', () => {
    const r = read({ 'pangan.pertanian.satuan': '' });
    expect(codesAt(r)).toEqual([`${CELLS['pangan.pertanian.satuan']} HASIL_WITHOUT_SATUAN`]);
    expect(r.values['pangan.pertanian.hasil']).toBeUndefined();
  });

  test('ZI score below the WBBM threshold is a warning that keeps the score', () => {
    const r = read({ 'zona_integritas.target': 'WBBM', 'zona_integritas.nilai': 80 });
    expect(codesAt(r)).toEqual([`${CELLS['zona_integritas.nilai']} ZI_SCORE_BELOW_TARGET`]);
    expect(r.warningCount).toBe(1);
    expect(r.values['zona_integritas.nilai']).toBe(80);
  });
});

describe('identity, period and applicability', () => {
  test('a tab of another period counts nothing', () => {
    const r = read({ 'identitas.periode': '2026-01' });
    expect(codesAt(r)).toEqual([`${CELLS['identitas.periode']} PERIOD_MISMATCH`]);
    expect(r.issues[0].message).toContain('Januari 2026');
    expect(r.values['pangan.pertanian.luas_m2']).toBeUndefined();
    expect(r.invalidKeys).toContain('pangan.pertanian.luas_m2');
  });

  test('a period Sheets turned into a date is read as the period', () => {
    const r = read({ 'identitas.periode': new Date('2026-01-31T17:00:00Z') });
    expect(r.meta.period).toBe('2026-02');
    expect(r.issues).toEqual([]);
  });

  test('a malformed period', () => {
    expect(codesAt(read({ 'identitas.periode': 'Feb 2026' }))).toEqual([
      `${CELLS['identitas.periode']} PERIOD_INVALID`,
    ]);
  });

  test('a tab holding another unit code counts nothing', () => {
    const r = read({ 'identitas.kode': 'RTNDUM' });
    expect(codesAt(r)).toEqual([`${CELLS['identitas.kode']} UNIT_CODE_MISMATCH`]);
    expect(r.values['anggaran.pagu_rp']).toBeUndefined();
  });

  test('a block filled that does not apply to the unit type is not counted', () => {
    const grid = filledTab(LAPAS, VALID_LAPAS);
    const r = readUnitTab('BAPASPKU', grid, { ...BAPAS, code: 'LPPKU' }, { period: PERIOD });
    const notApplicable = r.issues.filter((i) => i.code === 'BLOCK_NOT_APPLICABLE');
    expect(notApplicable.map((i) => i.cell)).toEqual(['A16', 'A32']);
    expect(r.values['hunian.penghuni']).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'BLOCK_MISSING' && i.message.includes('Klien'))).toBe(true);
  });
});

describe('month over month', () => {
  test('more than 3× or under a third of last period is a warning', () => {
    const r = read({}, LAPAS, {
      'pangan.pertanian.luas_m2': 700,
      'hunian.penghuni': 1800,
      'anggaran.pagu_rp': 5_000_000_000,
    });
    expect(codesAt(r)).toEqual([`${CELLS['pangan.pertanian.luas_m2']} MOM_JUMP`]);
    expect(r.issues[0].message).toContain('2.500');
    expect(r.issues[0].message).toContain('700');
    expect(r.values['pangan.pertanian.luas_m2']).toBe(2500);
  });

  test('a drop below a third warns too', () => {
    const r = read({}, LAPAS, { 'pangan.perikanan.luas_m2': 1000 });
    expect(codesAt(r)).toEqual([`${CELLS['pangan.perikanan.luas_m2']} MOM_JUMP`]);
  });
});
