// The report model (pure): sections, key sentences on the sample, incomplete-data wording, literal unit text.

import {
  brokenLandInput,
  midPeriodInput,
  multipliedInput,
  sampleInput,
  tabOf,
  typeInto,
} from '../../../fixtures/sample/report-input';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { buildReportModel, reportTitle } from '../../../src/core/report/build-report-model';
import type { ReportBlock, ReportModel, ReportSection } from '../../../src/core/report/report-model';
import { signatoryProblem } from '../../../src/core/report/signature';
import { fieldKey } from '../../../src/core/schema/field-key';
import { KANAL_PUBLIKASI } from '../../../src/core/schema/vocabulary';

function section(model: ReportModel, prefix: string): ReportSection {
  const found = model.sections.find((s) => s.heading.startsWith(prefix));
  if (!found) throw new Error(`No section ${prefix}`);
  return found;
}

function texts(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return [...b.header, ...b.rows.flat()];
    if (b.kind === 'list') return [...b.items];
    if (b.kind === 'figure') return [b.caption];
    return [b.text];
  });
}

function tablesOf(s: ReportSection) {
  return s.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
}

describe('report model of the sample workbook', () => {
  const model = buildReportModel(sampleInput());

  test('title names the office and the period', () => {
    expect(model.title).toBe(
      'Laporan Rekapitulasi Program UPT Pemasyarakatan — Kanwil Ditjenpas Riau — Periode Februari 2026',
    );
    expect(reportTitle('Kanwil Ditjenpas Riau', '2026-12')).toContain('Periode Desember 2026');
    expect(model.subtitle).toBe(
      'Disusun 7 Februari 2026 09.00 WIB. Lengkap: dihitung 18 dari 18 UPT (dasar rekap: hanya tab yang sudah dikirim).',
    );
  });

  test('an official document: no tool name appears in it', () => {
    expect(JSON.stringify(model)).not.toContain('Rekap UPT');
  });

  test('the six sections come in the agreed order, then one annex per unit', () => {
    expect(model.sections.map((s) => s.heading)).toEqual([
      '1. Ringkasan',
      '2. Kepatuhan pelaporan',
      '3. Ketahanan pangan',
      '4. Pembinaan',
      '5. Dukungan manajemen',
      '6. Catatan validasi dan tindak lanjut',
    ]);
    expect(model.annexes).toHaveLength(18);
    expect(model.annexes[0]?.heading).toBe('Lampiran 1. Lapas Kelas IIA Pekanbaru');
    expect(model.annexes[17]?.heading).toBe('Lampiran 18. Rupbasan Rengat');
  });

  test('the summary states the regional food-security figures of the February 2026 meeting', () => {
    const summary = texts(section(model, '1.').blocks);
    expect(summary[0]).toBe(
      'Program ketahanan pangan dilaksanakan di 18 UPT dengan melibatkan 107 WBP pada lahan seluas 102.772 m².',
    );
    expect(summary.join(' ')).toContain('18 dari 18 UPT telah mengirim laporan');
    expect(summary.join(' ')).not.toContain('belum valid');
  });

  test('compliance lists every unit with its status, who has not sent, and the returned unit with the Kanwil note', () => {
    const compliance = section(buildReportModel(midPeriodInput()), '2.');
    const [statusTable, returnedTable] = tablesOf(compliance);
    expect(statusTable?.rows).toHaveLength(18);
    expect(statusTable?.rows[0]).toEqual([
      '1',
      'Lapas Kelas IIA Pekanbaru',
      'Dikirim',
      '3 Februari 2026 09.00 WIB',
      '0',
      '0',
    ]);
    expect(texts(compliance.blocks)).toContain(
      'Belum mengirim (2 UPT): Lapas Kelas IIB Selatpanjang, Rutan Kelas IIB Rengat.',
    );
    expect(returnedTable?.rows[0]?.[0]).toBe('Lapas Kelas IIA Bengkalis');
    expect(returnedTable?.rows[0]?.[1]).toContain('Realisasi anggaran melebihi pagu');
  });

  test('food security has a cluster table whose total is 102.772 m², a chart of land per cluster, and a unit table', () => {
    const food = section(model, '3.');
    const [clusters, units] = tablesOf(food);
    expect(clusters?.rows.map((r) => r[0])).toEqual([
      'Pertanian',
      'Perikanan',
      'Peternakan',
      'Perkebunan',
      'Hortikultura',
      'Jumlah',
    ]);
    expect(clusters?.rows[5]?.[3]).toBe('102.772');
    expect(units?.rows).toHaveLength(19);
    expect(units?.rows[18]?.slice(1, 4)).toEqual(['Jumlah', '102.772', '107']);
    const figure = food.blocks.find((b) => b.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.chart.series[0]?.values.reduce((a, b) => a + b, 0)).toBe(102_772);
  });

  test('management support has budget absorption per unit with a chart in percent', () => {
    const management = section(model, '5.');
    const figure = management.blocks.find((b) => b.kind === 'figure');
    if (figure?.kind !== 'figure') throw new Error('no budget chart');
    expect(figure.chart.type).toBe('bar');
    expect(figure.chart.categories).toHaveLength(18);
    expect(figure.chart.series[0]?.values[0]).toBe(11);
    expect(texts(management.blocks)).toContain('Lapas Kelas IIA Pekanbaru');
  });

  test('every unit annex shows its identity and figures; no signature unless configured', () => {
    const first = model.annexes[0];
    const table = first?.blocks[0];
    if (table?.kind !== 'table') throw new Error('annex without table');
    expect(table.rows[0]).toEqual(['Kode UPT', 'LP-PKU']);
    expect(table.rows.map((r) => r[0])).toContain('Ketahanan pangan: pertanian');
    expect(buildReportModel(sampleInput(undefined, { ...SAMPLE_CONFIG, signatory: null })).signature).toBeNull();
  });
});

describe('mid-period (one unit returned, two drafts) on the default basis', () => {
  const model = buildReportModel(midPeriodInput());

  test('the subtitle says the figures are incomplete and names every unit left out and why', () => {
    expect(model.subtitle).toBe(
      'Disusun 7 Februari 2026 09.00 WIB. Belum lengkap: dihitung 15 dari 18 UPT (dasar rekap: hanya ' +
        'tab yang sudah dikirim). Tidak dihitung: Lapas Kelas IIA Bengkalis (dikembalikan, belum dikirim ulang), ' +
        'Lapas Kelas IIB Selatpanjang (draf, belum dikirim), Rutan Kelas IIB Rengat (draf, belum dikirim).',
    );
  });

  test('the land figure says it lacks three units', () => {
    expect(texts(section(model, '1.').blocks)[0]).toMatch(/pada lahan seluas [\d.]+ m² \(tanpa 3 UPT\)\.$/);
  });
});

describe('incomplete data', () => {
  const model = buildReportModel(brokenLandInput());

  test('the summary says how many units are missing right where the land figure stands', () => {
    const first = texts(section(model, '1.').blocks)[0] ?? '';
    expect(first).toMatch(/pada lahan seluas [\d.]+ m² \(tanpa 3 UPT\)\.$/);
    expect(first).not.toContain('102.772');
  });

  test('food totals are labelled partial and a note names the units left out', () => {
    const food = section(model, '3.');
    const [clusters] = tablesOf(food);
    expect(clusters?.rows[5]?.[0]).toBe('Jumlah (belum lengkap)');
    const note = food.blocks.find((b) => b.kind === 'note');
    expect(note?.kind === 'note' && note.text).toContain(
      'tanpa 3 UPT (Lapas Kelas IIA Pekanbaru, Lapas Kelas IIB Selatpanjang, Rutan Kelas IIB Dumai)',
    );
  });

  test('each food figure has its own note naming its units and cells; PNBP above sales in a klaster is remarked', () => {
    const input = sampleInput((tabs) => {
      typeInto(tabOf(tabs, 'LP-PKU'), 'pangan.pertanian.luas_m2', 'enam ribu');
      typeInto(tabOf(tabs, 'RUTAN-DUMAI'), 'pangan.perikanan.penjualan_rp', 'dua juta');
      return tabs;
    });
    const notes = section(buildReportModel(input), '3.')
      .blocks.filter((b) => b.kind === 'note')
      .map((b) => (b.kind === 'note' ? b.text : ''));
    const land = notes.find((n) => n.startsWith('Catatan: luas lahan belum lengkap'));
    expect(land).toMatch(/tanpa 1 UPT \(Lapas Kelas IIA Pekanbaru\); 1 sel ditolak validasi \(LP-PKU![A-Z]+\d+\)/);
    const sales = notes.find((n) => n.startsWith('Catatan: penjualan belum lengkap'));
    expect(sales).toMatch(/tanpa 1 UPT \(Rutan Kelas IIB Dumai\); 1 sel ditolak validasi \(RUTAN-DUMAI![A-Z]+\d+\)/);
    expect(notes.filter((n) => /^Catatan: (PNBP|jumlah WBP terlibat) belum lengkap/.test(n))).toEqual([]);
    const perikanan = input.consolidation.pangan.perKlaster.find((k) => k.klaster === 'perikanan');
    expect((perikanan?.pnbpRp.value ?? 0) > (perikanan?.penjualanRp.value ?? 0)).toBe(true);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Catatan: pada klaster Perikanan, PNBP \(Rp [\d.]+\) lebih besar dari penjualan \(Rp [\d.]+\).*\(RUTAN-DUMAI![A-Z]+\d+\)/,
      ),
    );
  });

  test('the annex shows a rejected value as not valid, with its cell, instead of a number', () => {
    const annex = model.annexes[0]?.blocks[0];
    if (annex?.kind !== 'table') throw new Error('annex without table');
    const pertanian = annex.rows.find((r) => r[0] === 'Ketahanan pangan: pertanian');
    expect(pertanian?.[1]).toMatch(/luas belum valid \(sel [A-Z]+\d+\)/);
    const missing = model.annexes.find((a) => a.heading.endsWith('Selatpanjang'))?.blocks[0];
    expect(missing?.kind === 'table' && missing.rows.at(-1)).toEqual([
      'Data',
      'Tab UPT ini tidak ditemukan; datanya belum masuk rekapitulasi.',
    ]);
  });

  test('validation notes list the errors with their cells and the follow-up actions', () => {
    const validation = section(model, '6.');
    const issues = tablesOf(validation)[0];
    expect(issues?.rows.some((r) => r[0] === 'Lapas Kelas IIA Pekanbaru' && r[2] === 'Kesalahan')).toBe(true);
    const list = validation.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.join(' ')).toContain('Lapas Kelas IIB Selatpanjang');
  });
});

describe('unit text is data', () => {
  test('HTML and formula text typed in a unit tab appear in the report exactly as typed', () => {
    const html = '<img src=x onerror=alert(1)>';
    const formula = '=HYPERLINK("http://contoh.invalid";"klik")';
    const model = buildReportModel(
      sampleInput((tabs) => {
        typeInto(tabOf(tabs, 'LP-PKU'), 'layanan.dapur_sehat_catatan', html);
        typeInto(tabOf(tabs, 'LP-PKU'), 'pangan.pertanian.komoditas', formula);
        return tabs;
      }),
    );
    const all = [...model.sections, ...model.annexes].flatMap((s) => texts(s.blocks));
    expect(all).toContain(html);
    expect(all.some((t) => t.includes(formula))).toBe(true);
  });

  test('a section with nothing to list says "Tidak ada data." instead of an empty table', () => {
    const model = buildReportModel(
      sampleInput((tabs) => {
        for (const tab of tabs) {
          for (const kanal of KANAL_PUBLIKASI) {
            typeInto(tab, fieldKey.publikasi(kanal, 'jumlah'), '');
            typeInto(tab, fieldKey.publikasi(kanal, 'tautan'), '');
          }
        }
        return tabs;
      }),
    );
    const management = section(model, '5.');
    const afterHeading = management.blocks.slice(0, 6);
    expect(afterHeading.some((b) => b.kind === 'paragraph' && b.text === 'Tidak ada data.')).toBe(true);
    for (const table of tablesOf(management)) expect(table.rows.length).toBeGreaterThan(0);
  });
});

describe('signature block', () => {
  const signatory = {
    place: 'Pekanbaru',
    title: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau',
    name: 'Nama Pejabat (DATA CONTOH)',
    nip: '19700101 199003 1 001',
  };

  test('the configured signatory closes the report with place, date, position, name and NIP', () => {
    const model = buildReportModel(sampleInput(undefined, { ...SAMPLE_CONFIG, signatory }));
    expect(model.signature).toEqual({
      placeAndDate: 'Pekanbaru, 7 Februari 2026',
      title: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau,',
      name: 'Nama Pejabat (DATA CONTOH)',
      nip: 'NIP 19700101 199003 1 001',
    });
  });

  test('missing or malformed signatory details are named before generation', () => {
    expect(signatoryProblem(signatory)).toBeNull();
    expect(signatoryProblem({ ...signatory, name: ' ', nip: '' })).toContain('nama, NIP belum diisi');
    expect(signatoryProblem({ ...signatory, nip: '1970' })).toContain('harus 18 digit');
  });
});

describe('a large region', () => {
  const model = buildReportModel(multipliedInput(4));

  test('72 units: the annex says where the figures are; each unit is in the compliance table', () => {
    expect(model.annexes.map((a) => a.heading)).toEqual(['Data per UPT (72 UPT)']);
    const blocks = model.annexes[0]?.blocks ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(texts(blocks)[0]).toBe(
      'Dengan 72 UPT, angka setiap UPT tidak dilampirkan di dokumen ini: angka itu ada di sheet "Rekap Pangan", ' +
        '"Rekap Pembinaan" dan "Rekap Manajemen" pada spreadsheet rekapitulasi dan di tab UPT masing-masing. Status ' +
        'laporan setiap UPT ada di bagian "Kepatuhan pelaporan" dan sel yang masih salah di bagian "Catatan validasi ' +
        'dan tindak lanjut".',
    );
    const compliance = tablesOf(section(model, '2.'))[0];
    expect(compliance?.rows.map((r) => r[1])).toEqual(multipliedInput(4).config.units.map((u) => u.name));
    expect(model.sections.map((s) => s.heading)).toContain('6. Catatan validasi dan tindak lanjut');
  });

  test('the budget chart shows the 30 units that absorbed least, and says so', () => {
    const figure = [...model.sections.flatMap((s) => s.blocks)].filter((b) => b.kind === 'figure')[1];
    if (figure?.kind !== 'figure') throw new Error('no budget chart');
    const values = figure.chart.series[0]?.values ?? [];
    expect(values).toHaveLength(30);
    // The 30 lowest, drawn largest first: a reader compares bars down the chart.
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(figure.chart.title).toBe('Penyerapan anggaran 30 UPT dengan penyerapan terendah (%)');
  });
});
