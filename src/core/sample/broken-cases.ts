// The corpus of deliberately broken workbooks: the sample with ONE mutation each, and the issues it must produce.
import { toA1 } from '../a1';
import { locateTab, posA1 } from '../locate-tab';
import type { IssueCode } from '../messages';
import { SCHEMA } from '../schema';
import { CONFIG_SHEET } from '../sheet-names';
import type { LayoutCell } from '../tab-layout';
import type { SampleTab, SampleWorkbook } from './workbook';
import { sampleWorkbook } from './workbook';

export interface ExpectedIssue {
  readonly sheet: string;
  /** A1 address, or '' for an issue about a whole tab. */
  readonly cell: string;
  readonly code: IssueCode;
}

export interface BrokenTab extends SampleTab {
  readonly hidden?: boolean;
}

export interface BrokenCase {
  readonly id: string;
  /** What was done to the sample, for developers. */
  readonly description: string;
  readonly config: (string | number)[][];
  readonly tabs: BrokenTab[];
  /** The issues the mutation must produce (every error it produces is listed here). */
  readonly expected: readonly ExpectedIssue[];
  /** Typed values that must be rejected and left out of every total. */
  readonly rejected: readonly { readonly unit: string; readonly key: string }[];
  /** Units whose tab is lost to the consolidation (missing or renamed). */
  readonly missingUnits: readonly string[];
  /** Units whose tab is found but whose food figures are all left out (another period or unit, unreadable block). */
  readonly voidedUnits: readonly string[];
  /** True when the configuration itself is refused, so nothing is consolidated until it is fixed. */
  readonly configRejected: boolean;
}

type Optional = 'rejected' | 'missingUnits' | 'voidedUnits' | 'configRejected';
type CaseSpec = Omit<BrokenCase, 'config' | 'tabs' | Optional> & Partial<Pick<BrokenCase, Optional>>;

/** A fresh sample, so each case mutates its own copy. */
class Mutable {
  readonly workbook: SampleWorkbook = sampleWorkbook();
  tabs: BrokenTab[] = this.workbook.tabs;

  tab(name: string): BrokenTab {
    const tab = this.tabs.find((t) => t.name === name);
    if (!tab) throw new Error(`Sample has no tab ${name}`);
    return tab;
  }

  /** A1 of a value key on a unit tab. */
  cell(sheet: string, key: string): string {
    const pos = locateTab(this.tab(sheet).grid, SCHEMA).fields.get(key);
    if (!pos) throw new Error(`No cell for ${key} on ${sheet}`);
    return posA1(pos);
  }

  set(sheet: string, key: string, value: LayoutCell): string {
    const grid = this.tab(sheet).grid;
    const pos = locateTab(grid, SCHEMA).fields.get(key);
    if (!pos) throw new Error(`No cell for ${key} on ${sheet}`);
    (grid[pos.r] as LayoutCell[])[pos.c] = value;
    return posA1(pos);
  }

  get(sheet: string, key: string): LayoutCell {
    const pos = locateTab(this.tab(sheet).grid, SCHEMA).fields.get(key);
    return pos ? ((this.tab(sheet).grid[pos.r] as LayoutCell[])[pos.c] as LayoutCell) : '';
  }

  /** The config grid cell of a unit's row in the unit table, by column index (0 = Kode). */
  configCell(code: string, col: number, value: string): string {
    const row = this.workbook.config.findIndex((r) => r[0] === code);
    if (row < 0) throw new Error(`No config row for ${code}`);
    (this.workbook.config[row] as (string | number)[])[col] = value;
    return toA1(row + 1, col + 1);
  }

  done(spec: CaseSpec): BrokenCase {
    return {
      rejected: [],
      missingUnits: [],
      voidedUnits: [],
      configRejected: false,
      ...spec,
      config: this.workbook.config,
      tabs: this.tabs,
    };
  }
}

/** One value typed wrong in one cell: the error at that cell, and the value left out of the totals. */
function badValue(id: string, description: string, sheet: string, key: string, value: LayoutCell, code: IssueCode) {
  const m = new Mutable();
  const cell = m.set(sheet, key, value);
  return m.done({ id, description, expected: [{ sheet, cell, code }], rejected: [{ unit: sheet, key }] });
}

/** A free-text value the tool keeps as text but warns about; no total changes. */
function textWarning(id: string, description: string, sheet: string, key: string, value: string, code: IssueCode) {
  const m = new Mutable();
  const cell = m.set(sheet, key, value);
  return m.done({ id, description, expected: [{ sheet, cell, code }] });
}

/** Every broken case, each a fresh copy of the sample with one mutation. */
export function brokenCases(): BrokenCase[] {
  return [
    badValue(
      'text-in-number',
      'Land typed as words',
      'RUTAN-DUMAI',
      'pangan.hortikultura.luas_m2',
      'dua ribu',
      'TEXT_IN_NUMBER',
    ),
    badValue(
      'id-id-text-in-number',
      'Output typed as id-ID text "1.234,5" in a number cell',
      'LP-PKU',
      'pangan.pertanian.hasil',
      '1.234,5',
      'TEXT_IN_NUMBER',
    ),
    badValue(
      'separator-mistake',
      'en-US sheet reads "102.772" as the decimal 102.772 in a whole-number field',
      'LP-BKN',
      'pangan.pertanian.luas_m2',
      102.772,
      'SEPARATOR_SUSPECT',
    ),
    badValue(
      'text-with-unit',
      'Land typed with its unit, "2.000 m2"',
      'RUTAN-SIAK',
      'pangan.pertanian.luas_m2',
      '2.000 m2',
      'TEXT_IN_NUMBER',
    ),
    badValue('negative-number', 'Negative WBP count in a cluster', 'LP-TBH', 'pangan.perikanan.wbp', -2, 'NEGATIVE'),
    badValue('absurd-number', 'A pagu of Rp 5 quadrillion', 'RUTAN-PKU', 'anggaran.pagu_rp', 5e15, 'OUT_OF_RANGE'),
    badValue(
      'fractional-people',
      'Half a person in a whole-number field',
      'LPKA-PKU',
      'pendidikan.paket_b.peserta',
      0.5,
      'NOT_INTEGER',
    ),
    badValue(
      'formula-error-ref',
      '#REF! where land belongs (a deleted source range)',
      'LP-PSP',
      'pangan.perkebunan.luas_m2',
      '#REF!',
      'FORMULA_ERROR',
    ),
    badValue(
      'formula-error-na',
      '#N/A where sales belong (a failed lookup)',
      'LP-TLK',
      'pangan.hortikultura.penjualan_rp',
      '#N/A',
      'FORMULA_ERROR',
    ),
    badValue(
      'formula-error-div0',
      '#DIV/0! where the ZI score belongs',
      'RUTAN-SIAK',
      'zona_integritas.nilai',
      '#DIV/0!',
      'FORMULA_ERROR',
    ),
    badValue(
      'formula-error-value',
      '#VALUE! where the bansos value belongs',
      'LP-TBH',
      'layanan.bansos_nilai_rp',
      '#VALUE!',
      'FORMULA_ERROR',
    ),
    badValue(
      'formula-as-text',
      'A formula stored as text in a number cell',
      'LP-BGS',
      'pangan.perkebunan.luas_m2',
      '=4000+500',
      'TEXT_IN_NUMBER',
    ),
    badValue(
      'date-as-text',
      'The SDP date typed as text',
      'RUTAN-DUMAI',
      'hunian.tanggal_sdp',
      '02/02/2026',
      'DATE_AS_TEXT',
    ),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-TLK', 'pangan.pertanian.satuan', 'kilo');
      return m.done({
        id: 'choice-invalid',
        description: 'Unit of output not in the list: the output cannot be added to any unit of measure either',
        expected: [
          { sheet: 'LP-TLK', cell, code: 'CHOICE_INVALID' },
          { sheet: 'LP-TLK', cell, code: 'HASIL_WITHOUT_SATUAN' },
        ],
        rejected: [
          { unit: 'LP-TLK', key: 'pangan.pertanian.satuan' },
          { unit: 'LP-TLK', key: 'pangan.pertanian.hasil' },
        ],
      });
    })(),
    badValue(
      'zi-target-invalid',
      'ZI target typed as "WBK/WBBM"',
      'LP-PSP',
      'zona_integritas.target',
      'WBK/WBBM',
      'CHOICE_INVALID',
    ),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-BKS', 'anggaran.realisasi_rp', 9_100_000_000);
      return m.done({
        id: 'realisasi-above-pagu',
        description: 'Realisasi above pagu (the scenario of Lapas Bengkalis)',
        expected: [{ sheet: 'LP-BKS', cell, code: 'REALISASI_GT_PAGU' }],
        rejected: [{ unit: 'LP-BKS', key: 'anggaran.realisasi_rp' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-PKU', 'pangan.perikanan.pnbp_rp', 18_000_000);
      return m.done({
        id: 'pnbp-above-sales',
        description: 'PNBP above the sales it comes from',
        expected: [{ sheet: 'LP-PKU', cell, code: 'PNBP_GT_PENJUALAN' }],
        rejected: [{ unit: 'LP-PKU', key: 'pangan.perikanan.pnbp_rp' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.set('LP-BKN', 'pendidikan.paket_c.ikut_ujian', 10);
      const cell = m.set('LP-BKN', 'pendidikan.paket_c.lulus', 12);
      return m.done({
        id: 'passed-above-sat',
        description: 'More passed than sat the exam',
        expected: [{ sheet: 'LP-BKN', cell, code: 'EDU_LULUS_GT_UJIAN' }],
        rejected: [{ unit: 'LP-BKN', key: 'pendidikan.paket_c.lulus' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('RUTAN-PKU', 'pendidikan.paket_a.ikut_ujian', 9);
      return m.done({
        id: 'sat-above-participants',
        description: 'More sat the exam than take part (7 participants)',
        expected: [{ sheet: 'RUTAN-PKU', cell, code: 'EDU_UJIAN_GT_PESERTA' }],
        rejected: [{ unit: 'RUTAN-PKU', key: 'pendidikan.paket_a.ikut_ujian' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-PKU', 'pangan_wbp.wbp_terlibat', 4);
      return m.done({
        id: 'head-count-below-largest-cluster',
        description: 'Head count 4 while the farming cluster alone has 5 WBP',
        expected: [{ sheet: 'LP-PKU', cell, code: 'WBP_BELOW_MAX_CLUSTER' }],
        rejected: [{ unit: 'LP-PKU', key: 'pangan_wbp.wbp_terlibat' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('RUTAN-DUMAI', 'pangan_wbp.wbp_terlibat', 8);
      return m.done({
        id: 'head-count-above-cluster-sum',
        description: 'Head count 8 while the clusters add up to 7',
        expected: [{ sheet: 'RUTAN-DUMAI', cell, code: 'WBP_ABOVE_CLUSTER_SUM' }],
        rejected: [{ unit: 'RUTAN-DUMAI', key: 'pangan_wbp.wbp_terlibat' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.set('LPKA-PKU', 'hunian.penghuni', 8);
      const cell = m.cell('LPKA-PKU', 'pangan_wbp.wbp_terlibat');
      return m.done({
        id: 'head-count-above-inmates',
        description: 'Inmates lowered to 8 while 9 WBP work in food security',
        expected: [{ sheet: 'LPKA-PKU', cell, code: 'WBP_ABOVE_PENGHUNI' }],
        rejected: [{ unit: 'LPKA-PKU', key: 'pangan_wbp.wbp_terlibat' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-TBH', 'pangan.perkebunan.satuan', '');
      return m.done({
        id: 'output-without-unit',
        description: 'Output given without its unit of measure',
        expected: [{ sheet: 'LP-TBH', cell, code: 'HASIL_WITHOUT_SATUAN' }],
        rejected: [{ unit: 'LP-TBH', key: 'pangan.perkebunan.hasil' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('RUTAN-SIAK', 'hunian.kapasitas', '');
      return m.done({
        id: 'required-empty',
        description: 'Capacity left empty',
        expected: [{ sheet: 'RUTAN-SIAK', cell, code: 'REQUIRED_EMPTY' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-PSP', 'identitas.periode', '2026-01');
      return m.done({
        id: 'period-mismatch',
        description: "Last month's tab left in place (periode 2026-01)",
        expected: [{ sheet: 'LP-PSP', cell, code: 'PERIOD_MISMATCH' }],
        voidedUnits: ['LP-PSP'],
      });
    })(),
    (() => {
      const m = new Mutable();
      const grid = m.tab('LP-TBH').grid;
      const row = grid.findIndex((r) => r[2] === 'Luas lahan (m²)');
      (grid[row] as LayoutCell[])[2] = 'Luas';
      return m.done({
        id: 'tampered-header',
        description: 'The land column header overwritten with "Luas"',
        expected: [
          { sheet: 'LP-TBH', cell: toA1(row + 1, 3), code: 'HEADER_UNKNOWN' },
          // The missing column is reported on the block's header row, where the operator restores it.
          { sheet: 'LP-TBH', cell: toA1(row + 1, 1), code: 'HEADER_MISSING' },
        ],
        voidedUnits: ['LP-TBH'],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.tabs = m.tabs.filter((t) => t.name !== 'RUPBASAN-RGT');
      return m.done({
        id: 'deleted-tab',
        description: "A unit's tab deleted",
        expected: [{ sheet: 'RUPBASAN-RGT', cell: '', code: 'TAB_MISSING' }],
        missingUnits: ['RUPBASAN-RGT'],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.tabs = m.tabs.map((t) => (t.name === 'LP-TLK' ? { ...t, name: 'Lapas Teluk Kuantan' } : t));
      return m.done({
        id: 'renamed-tab',
        description: "A unit's tab renamed",
        expected: [
          { sheet: 'LP-TLK', cell: '', code: 'TAB_MISSING' },
          { sheet: 'Lapas Teluk Kuantan', cell: '', code: 'TAB_UNKNOWN' },
        ],
        missingUnits: ['LP-TLK'],
      });
    })(),
    (() => {
      const m = new Mutable();
      const copy = { name: 'LP-DURI', grid: m.tab('RUTAN-SIAK').grid.map((r) => [...r]) };
      m.tabs = [...m.tabs, copy];
      m.set('LP-DURI', 'identitas.kode', 'LP-DURI');
      return m.done({
        id: 'unknown-unit-tab',
        description: 'A tab for a unit that is not in Pengaturan',
        expected: [{ sheet: 'LP-DURI', cell: '', code: 'TAB_UNKNOWN' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.tabs = [...m.tabs, { name: 'Salinan LP-PKU', grid: m.tab('LP-PKU').grid.map((r) => [...r]) }];
      return m.done({
        id: 'duplicated-tab',
        description: "A copy of a unit's tab left beside it",
        expected: [{ sheet: 'Salinan LP-PKU', cell: '', code: 'TAB_DUPLICATE' }],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.set('LP-SLP', 'identitas.kode', 'LP-PKU');
      return m.done({
        id: 'unit-code-mismatch',
        description: "The tab's unit code overwritten with another unit's",
        expected: [{ sheet: 'LP-SLP', cell, code: 'UNIT_CODE_MISMATCH' }],
        voidedUnits: ['LP-SLP'],
      });
    })(),
    (() => {
      // getValues() on a merged range returns the value in the top-left cell and '' in the others.
      const m = new Mutable();
      m.set('RUTAN-DUMAI', 'pangan.hortikultura.wbp', '');
      const cell = m.cell('RUTAN-DUMAI', 'pangan_wbp.wbp_terlibat');
      return m.done({
        id: 'merged-cells-over-data',
        description: 'Land and WBP cells of a row merged: the WBP figure is hidden under the merge and reads empty',
        expected: [{ sheet: 'RUTAN-DUMAI', cell, code: 'WBP_ABOVE_CLUSTER_SUM' }],
        rejected: [{ unit: 'RUTAN-DUMAI', key: 'pangan_wbp.wbp_terlibat' }],
      });
    })(),
    textWarning(
      'huge-cell',
      'A 50,000-character commodity text',
      'LP-PKU',
      'pangan.pertanian.komoditas',
      'padi '.repeat(10_000),
      'TEXT_TOO_LONG',
    ),
    textWarning(
      'html-in-text',
      'HTML in a free-text cell',
      'LP-BKN',
      'layanan.dapur_sehat_catatan',
      '<img src=x onerror=alert(1)>',
      'TEXT_HTML',
    ),
    textWarning(
      'formula-like-text',
      "Text starting with '=' in a free-text cell",
      'RUTAN-PKU',
      'layanan.dapur_sehat_catatan',
      '=HYPERLINK("http://contoh.test";"klik")',
      'TEXT_FORMULA_LIKE',
    ),
    textWarning(
      'script-link',
      'A javascript: link in the publication links',
      'LP-TBH',
      'publikasi.website.tautan',
      'javascript:alert(1)',
      'URL_INVALID',
    ),
    (() => {
      const m = new Mutable();
      m.set('LPP-PKU', 'layanan.dapur_sehat_catatan', '🍲 Dapur sehat — مطبخ صحي');
      m.set('LPP-PKU', 'pangan.hortikultura.komoditas', 'sawi 🥬');
      return m.done({
        id: 'emoji-and-rtl',
        description: 'Emoji and right-to-left text in free-text cells are kept as typed, without any issue',
        expected: [],
      });
    })(),
    (() => {
      const m = new Mutable();
      m.tabs = m.tabs.map((t) => (t.name === 'LP-BKS' ? { ...t, hidden: true } : t));
      return m.done({
        id: 'hidden-tab',
        description: "A unit's tab hidden: its figures still count",
        expected: [],
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.configCell('LPP-PKU', 0, 'LP-PKU');
      return m.done({
        id: 'config-duplicate-code',
        description: 'Two units with the same code in Pengaturan',
        // The tab name defaults to the code, so the tab name is duplicated too.
        expected: [
          { sheet: CONFIG_SHEET, cell, code: 'CONFIG_DUPLICATE_CODE' },
          { sheet: CONFIG_SHEET, cell, code: 'CONFIG_DUPLICATE_TAB' },
        ],
        configRejected: true,
      });
    })(),
    (() => {
      const m = new Mutable();
      const cell = m.configCell('LP-PKU', 4, 'operator.lppku@contoh');
      return m.done({
        id: 'config-invalid-email',
        description: "An operator's e-mail without a domain",
        expected: [{ sheet: CONFIG_SHEET, cell, code: 'CONFIG_EMAIL_INVALID' }],
        configRejected: true,
      });
    })(),
  ];
}
