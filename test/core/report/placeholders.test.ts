// Template placeholders: fields anywhere, blocks alone in their paragraph, notes left out, every problem in Bahasa.
import { fillFields, knownPlaceholders, scanTemplate } from '../../../src/core/report/placeholders';
import { templateDocumentId } from '../../../src/core/report/template-link';

const scan = (...texts: string[]) => scanTemplate(texts.map((text) => ({ text, inTable: false })));

describe('scanTemplate', () => {
  test('blocks by paragraph, fields wherever they stand, spacing and case forgiven', () => {
    const result = scan(
      'Periode {{periode}}',
      '{{ Bagian : Ketahanan_Pangan }}',
      '{{tabel:per_upt}}',
      '{{tanda_tangan}}',
    );
    expect(result.problems).toEqual([]);
    expect([...result.fields]).toEqual(['periode']);
    expect([...result.blocks]).toEqual([
      [1, { kind: 'section', name: 'ketahanan_pangan' }],
      [2, { kind: 'table', name: 'per_upt' }],
      [3, { kind: 'signature' }],
    ]);
  });

  test('unknown placeholders are named together, with the list of those that can be used', () => {
    const { problems } = scan('{{bagian:pangan}}', 'Tanggal {{tgl}}', '{{bagian:pangan}}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('tidak dikenal: {{bagian:pangan}}, {{tgl}}.');
    for (const known of knownPlaceholders()) expect(problems[0]).toContain(known);
  });

  test('a block with other text, in a table, or twice; a brace without its pair', () => {
    const { problems } = scan(
      'Lihat {{bagian:ringkasan}} di atas',
      '{{lampiran}}',
      '{{lampiran}}',
      'Periode {{periode}',
    );
    expect(problems).toEqual([
      '{{bagian:ringkasan}} harus berdiri sendiri dalam satu paragraf, tanpa teks lain (tertulis: "Lihat {{bagian:ringkasan}} di atas").',
      '{{lampiran}} muncul lebih dari sekali. Setiap bagian hanya dapat dipakai sekali.',
      'Paragraf "Periode {{periode}" memuat "{{" atau "}}" tanpa pasangannya. Setiap placeholder ditulis lengkap, contoh {{periode}}.',
    ]);
    expect(scanTemplate([{ text: '{{tanda_tangan}}', inTable: true }]).problems).toEqual([
      '{{tanda_tangan}} berada di dalam tabel. Letakkan di paragraf biasa di luar tabel.',
    ]);
  });

  test('a note leaves with its paragraph, whatever placeholders it mentions', () => {
    const result = scan('{{petunjuk}} Tulis {{bagian:ringkasan}} atau {{apa saja}} di sini.');
    expect(result.problems).toEqual([]);
    expect([...result.blocks]).toEqual([[0, { kind: 'note' }]]);
  });
});

test('fillFields replaces fields and leaves blocks to the renderer', () => {
  const values = {
    judul: 'Laporan',
    periode: 'Februari 2026',
    kantor: 'Kanwil Ditjenpas Riau',
    alamat: '',
    tanggal: '7 Februari 2026',
    keterangan: '',
  };
  expect(fillFields('{{kantor}}, {{ Periode }} {{bagian:ringkasan}}', values)).toBe(
    'Kanwil Ditjenpas Riau, Februari 2026 {{bagian:ringkasan}}',
  );
});

test('templateDocumentId takes a Doc link (with or without /u/0) or a bare id, and nothing else', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-ab';
  expect(templateDocumentId(`https://docs.google.com/document/d/${id}/edit?usp=sharing`)).toBe(id);
  expect(templateDocumentId(`https://docs.google.com/document/u/0/d/${id}/edit`)).toBe(id);
  expect(templateDocumentId(`  ${id} `)).toBe(id);
  expect(templateDocumentId('templat kanwil')).toBeNull();
  expect(templateDocumentId(`https://docs.google.com/spreadsheets/d/${id}/edit`)).toBeNull();
});
