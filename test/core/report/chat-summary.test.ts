// Chat summary: golden text on the sample workbook, incomplete data, no link, literal unit text, bounded length.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWorkbook } from '../../../fixtures/sample/workbook';
import { parseConfig } from '../../../src/core/config/config';
import { type Consolidation, consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { CHAT_NAME_LIMIT, chatSummary } from '../../../src/core/report/chat-summary';
import { locateTab } from '../../../src/core/schema/locate-tab';
import { SCHEMA } from '../../../src/core/schema/schema';
import type { Config, UnitConfig } from '../../../src/core/schema/types';
import { validateWorkbook, type WorkbookTab } from '../../../src/core/validation/validate-workbook';
import { report, unit } from '../consolidation/consolidate-reports';

const NOW = new Date('2026-03-02T02:15:00Z');
const REPORT_URL = 'https://docs.google.com/document/d/1AbC-rekap-2026-02/edit';
const GOLDEN = join(__dirname, 'golden', 'ringkasan-chat-2026-02.txt');

/** The sample workbook through the real pipeline, with tabs edited or dropped first. */
function sample(edit: (tabs: WorkbookTab[]) => WorkbookTab[] = (tabs) => tabs): {
  config: Config;
  consolidation: Consolidation;
} {
  const wb = sampleWorkbook();
  const config = parseConfig(wb.config).config;
  if (!config) throw new Error('sample configuration does not parse');
  const { reports } = validateWorkbook(config, edit(wb.tabs));
  return { config, consolidation: consolidateRegion(config, reports) };
}

/** The tab with the value of `key` replaced by text, as an operator typing "enam" would. */
function typedAsText(tab: WorkbookTab, key: string): WorkbookTab {
  const pos = locateTab(tab.grid, SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key}`);
  const grid = tab.grid.map((row, r) => row.map((v, c) => (r === pos.r && c === pos.c ? 'enam' : v)));
  return { ...tab, grid };
}

/** Markdown a chat client would render or show as symbols: bold/italic runs, headings, tables, code fences. */
function markupOutsideUserText(text: string): string[] {
  return text.split('\n').filter((line) => /^#|\*\*|```|^\|.*\|$/.test(line));
}

describe('chatSummary', () => {
  test('the sample workbook gives the committed golden text', () => {
    const text = chatSummary({ ...sample(), reportUrl: REPORT_URL, now: NOW });
    // Regenerated deliberately with UPDATE_GOLDEN=1, like the report's golden text.
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${text}\n`);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8').replace(/\n$/, ''));
  });

  test('the key regional figures read as in the meeting: 107 WBP · 102.772 m² lahan · 5 klaster · 18 UPT', () => {
    const text = chatSummary({ ...sample(), reportUrl: REPORT_URL, now: NOW });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Rekap UPT Kanwil Ditjenpas Riau — Februari 2026');
    expect(lines).toContain('Ketahanan pangan: 107 WBP · 102.772 m² lahan · 5 klaster · 18 UPT');
    expect(lines).toContain('Laporan masuk: 18 dari 18 UPT');
    expect(lines).toContain('Lengkap: dihitung 18 dari 18 UPT (dasar rekap: hanya tab yang sudah dikirim).');
    expect(text).not.toContain('Belum mengirim');
    expect(text).toContain(`Laporan lengkap: ${REPORT_URL}`);
    expect(lines[lines.length - 1]).toBe('Diperbarui 2 Maret 2026 09.15 WIB');
    expect(markupOutsideUserText(text)).toEqual([]);
  });

  test('a missing tab and a rejected cell make the summary say the figures are not final', () => {
    const { config, consolidation } = sample((tabs) =>
      tabs
        .filter((t) => t.name !== 'LP-PKU')
        .map((t) => (t.name === 'RUTAN-PKU' ? typedAsText(t, 'pangan_wbp.wbp_terlibat') : t)),
    );
    const text = chatSummary({ config, consolidation, reportUrl: REPORT_URL, now: NOW });
    expect(text).toContain('Ketahanan pangan: 87 WBP · 87.772 m² lahan · 5 klaster · 17 UPT');
    expect(text).toContain('Belum lengkap: dihitung 17 dari 18 UPT (dasar rekap: hanya tab yang sudah dikirim).');
    expect(text).toContain('• Tidak dihitung (1): Lapas Kelas IIA Pekanbaru (tab tidak ditemukan)');
    expect(text).toContain('• Ada sel ditolak validasi, tidak dihitung (1): Rutan Kelas I Pekanbaru');
    expect(text).not.toContain('Ketahanan pangan: 107 WBP · 102.772 m² lahan');
  });

  test('a complete, fully sent period carries no caveat', () => {
    const units = [unit('LP-A'), unit('RUTAN-B', 'Rutan')];
    const config: Config = { ...sample().config, units };
    const consolidation = consolidateRegion(
      config,
      units.map((u) =>
        report(u, { 'pangan.pertanian.luas_m2': 500, 'pangan_wbp.wbp_terlibat': 3 }, { status: 'Dikirim' }),
      ),
    );
    const text = chatSummary({ config, consolidation, now: NOW });
    expect(text).toContain('Laporan masuk: 2 dari 2 UPT');
    expect(text).toContain('Lengkap: dihitung 2 dari 2 UPT');
    expect(text).not.toContain('Tidak dihitung');
    expect(text).not.toContain('Belum mengirim');
    expect(text).toContain('Ketahanan pangan: 6 WBP · 1.000 m² lahan · 1 klaster · 2 UPT');
  });

  test.each([undefined, null, '', '   ', 'javascript:alert(1)'])(
    'no usable report link (%p) gives no link line',
    (url) => {
      const text = chatSummary({ ...sample(), reportUrl: url, now: NOW });
      expect(text).not.toContain('Laporan lengkap');
      expect(text).not.toContain('javascript:');
      expect(text.split('\n').at(-1)).toBe('Diperbarui 2 Maret 2026 09.15 WIB');
    },
  );

  test('a unit name with chat markers, tags or line breaks shows literally on one line', () => {
    const odd: UnitConfig = { ...unit('LP-X'), name: '*Lapas* _Uji_ <b>~Coba~</b>\n#Palsu: 999 WBP' };
    const config: Config = { ...sample().config, units: [odd] };
    const consolidation = consolidateRegion(config, [report(odd, {}, { status: 'Draf' })]);
    const text = chatSummary({ config, consolidation, now: NOW });
    expect(text).toContain('Belum mengirim (1): *Lapas* _Uji_ <b>~Coba~</b> #Palsu: 999 WBP');
    expect(text.split('\n').some((line) => line.startsWith('#Palsu'))).toBe(false);
    expect(text).not.toContain('&lt;');
  });

  test('500 units, most unsent, returned or invalid, stay under 1.500 characters: a few names, then "dan X UPT lainnya"', () => {
    const units = Array.from({ length: 500 }, (_, i) => ({
      ...unit(`U${i}`),
      name: `Lapas Kelas IIB Contoh Nama Yang Sangat Panjang Sekali Untuk Uji Nomor ${i} ${'x'.repeat(80)}`,
    }));
    const config: Config = { ...sample().config, office: `Kanwil ${'Riau '.repeat(50)}`, units };
    const consolidation = consolidateRegion(
      config,
      units.map((u, i) =>
        report(u, {}, { status: i % 3 === 0 ? 'Draf' : i % 3 === 1 ? 'Dikembalikan' : 'Dikirim', errors: i % 2 }),
      ),
    );
    const text = chatSummary({ config, consolidation, reportUrl: REPORT_URL, now: NOW });
    expect(text.length).toBeLessThan(1_500);
    expect(text).toContain('Laporan masuk: 166 dari 500 UPT');
    expect(text).toContain(`Belum mengirim (167): `);
    expect(text).toContain(`Dikembalikan untuk perbaikan (167): `);
    expect(text.match(new RegExp(`dan ${167 - CHAT_NAME_LIMIT} UPT lainnya`, 'g'))).toHaveLength(2);
    expect(text).toContain('• Tidak dihitung (334): 334 UPT yang belum mengirim atau dikembalikan di atas');
    expect(text).toContain('…');
  });
});
