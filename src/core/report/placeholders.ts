// The placeholders of a report template: `{{periode}}` and the other fields replaced by text wherever they stand;
// `{{bagian:ketahanan_pangan}}`, `{{tabel:per_upt}}`, `{{tanda_tangan}}`, `{{lampiran}}` replaced by whole blocks
// and so alone in their paragraph; `{{petunjuk}}` marking a note to whoever edits the template, left out of the
// report. Every problem is found before anything is copied, in Bahasa Indonesia.

/** Fields: replaced by their text wherever they stand, in body text or in a table cell. */
export const FIELD_PLACEHOLDERS = {
  judul: 'judul laporan',
  periode: 'periode, contoh Februari 2026',
  kantor: 'nama kantor dari "Pengaturan"',
  alamat: 'alamat kantor dari "Pengaturan"',
  tanggal: 'tanggal laporan dibuat',
  keterangan: 'waktu penyusunan dan dasar rekap',
} as const;
export type FieldName = keyof typeof FIELD_PLACEHOLDERS;

/** The report's sections by the name a template gives them, in the order of the built-in layout. */
export const SECTION_NAMES = [
  'ringkasan',
  'kepatuhan',
  'ketahanan_pangan',
  'pembinaan',
  'manajemen',
  'validasi',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** Tables that can stand on their own, outside their section. */
export const TABLE_NAMES = ['per_upt'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A placeholder that becomes whole paragraphs and tables: it must be the only text of its paragraph. */
export type BlockPlaceholder =
  | { readonly kind: 'section'; readonly name: SectionName }
  | { readonly kind: 'table'; readonly name: TableName }
  | { readonly kind: 'signature' }
  | { readonly kind: 'annexes' }
  | { readonly kind: 'note' };

/** A paragraph of the template as the scan sees it. */
export interface TemplateParagraph {
  readonly text: string;
  /** Inside a table cell (where a block cannot go: Docs tables do not hold tables here). */
  readonly inTable: boolean;
  /** In the header or footer, where only fields can stand. */
  readonly inMargin?: boolean;
}

/** What a template holds: its blocks by paragraph index, and every problem with it. */
export interface TemplateScan {
  readonly blocks: ReadonlyMap<number, BlockPlaceholder>;
  readonly fields: ReadonlySet<FieldName>;
  readonly problems: readonly string[];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** `{{ Bagian : Pembinaan }}` and `{{bagian:pembinaan}}` are the same placeholder. */
const normalized = (inner: string) => inner.replace(/\s+/g, '').toLowerCase();

function blockOf(name: string): BlockPlaceholder | null {
  if (name === 'tanda_tangan') return { kind: 'signature' };
  if (name === 'lampiran') return { kind: 'annexes' };
  if (name === 'petunjuk') return { kind: 'note' };
  const [kind, part] = name.split(':');
  if (kind === 'bagian' && (SECTION_NAMES as readonly string[]).includes(part ?? ''))
    return { kind: 'section', name: part as SectionName };
  if (kind === 'tabel' && (TABLE_NAMES as readonly string[]).includes(part ?? ''))
    return { kind: 'table', name: part as TableName };
  return null;
}

const isField = (name: string): name is FieldName => Object.keys(FIELD_PLACEHOLDERS).includes(name);

/** Every placeholder a template may hold, as written, for the messages. */
export function knownPlaceholders(): string[] {
  return [
    ...Object.keys(FIELD_PLACEHOLDERS),
    ...SECTION_NAMES.map((s) => `bagian:${s}`),
    ...TABLE_NAMES.map((t) => `tabel:${t}`),
    'tanda_tangan',
    'lampiran',
    'petunjuk',
  ].map((name) => `{{${name}}}`);
}

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** Finds every placeholder of the template's paragraphs and what is wrong with them. */
export function scanTemplate(paragraphs: readonly TemplateParagraph[]): TemplateScan {
  const blocks = new Map<number, BlockPlaceholder>();
  const fields = new Set<FieldName>();
  const problems: string[] = [];
  const unknown = new Set<string>();
  const seen = new Map<string, number>();
  paragraphs.forEach((paragraph, i) => {
    const { text } = paragraph;
    // A note to the template's editor leaves with its paragraph: whatever else it mentions is not filled.
    const marginProblem = (written: string) =>
      `${written} berada di header atau footer. Di sana hanya isian seperti {{periode}} yang dapat dipakai; letakkan ${written} di badan dokumen.`;
    if ([...text.matchAll(PLACEHOLDER)].some((m) => normalized(m[1] ?? '') === 'petunjuk')) {
      if (paragraph.inMargin) problems.push(marginProblem('{{petunjuk}}'));
      else if (paragraph.inTable)
        problems.push('{{petunjuk}} berada di dalam tabel. Letakkan di paragraf biasa di luar tabel.');
      else blocks.set(i, { kind: 'note' });
      return;
    }
    const outside = text.replace(PLACEHOLDER, '');
    if (outside.includes('{{') || outside.includes('}}'))
      problems.push(
        `Paragraf ${quote(text.trim())} memuat "{{" atau "}}" tanpa pasangannya. Setiap placeholder ditulis lengkap, contoh {{periode}}.`,
      );
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = normalized(match[1] ?? '');
      if (isField(name)) {
        fields.add(name);
        continue;
      }
      const block = blockOf(name);
      if (!block) {
        unknown.add(match[0]);
        continue;
      }
      if (paragraph.inMargin) {
        problems.push(marginProblem(match[0]));
        continue;
      }
      if (paragraph.inTable) {
        problems.push(`${match[0]} berada di dalam tabel. Letakkan di paragraf biasa di luar tabel.`);
        continue;
      }
      if (text.trim() !== match[0].trim()) {
        problems.push(
          `${match[0]} harus berdiri sendiri dalam satu paragraf, tanpa teks lain (tertulis: ${quote(text.trim())}).`,
        );
        continue;
      }
      const key = block.kind === 'section' || block.kind === 'table' ? `${block.kind}:${block.name}` : block.kind;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key) === 2)
        problems.push(`${match[0]} muncul lebih dari sekali. Setiap bagian hanya dapat dipakai sekali.`);
      blocks.set(i, block);
    }
  });
  if (unknown.size > 0)
    problems.unshift(
      `Templat memuat placeholder yang tidak dikenal: ${[...unknown].join(', ')}. Perbaiki penulisannya atau hapus. ` +
        `Yang dapat dipakai: ${knownPlaceholders().join(', ')}.`,
    );
  return { blocks, fields, problems };
}

/** The text of every field for one report. */
export type FieldValues = Readonly<Record<FieldName, string>>;

/** The text with every field placeholder replaced (how the built-in layout fills its own lines). */
export function fillFields(text: string, values: FieldValues): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = normalized(inner);
    return isField(name) ? values[name] : whole;
  });
}

/** Each way a template may write a field, so that all of them are replaced (case is ignored by the replace). */
export function fieldSpellings(paragraphs: readonly TemplateParagraph[]): Map<string, FieldName> {
  const spellings = new Map<string, FieldName>();
  for (const { text } of paragraphs)
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = normalized(match[1] ?? '');
      if (isField(name)) spellings.set(match[0], name);
    }
  return spellings;
}
