// Typed value keys derived from the schema: a key naming a block, row or field the template lacks is a type error.
import type { BlockDef, TemplateBlock } from './schema';
import { allFields, SCHEMA, valueKey } from './schema';

export type BlockKey = TemplateBlock['key'];
type BlockNamed<B extends BlockKey> = Extract<TemplateBlock, { readonly key: B }>;
type KeysIn<List> = List extends readonly { readonly key: infer K extends string }[] ? K : never;

export type FieldOf<B extends BlockKey> = KeysIn<BlockNamed<B>['fields']>;
export type RowOf<B extends BlockKey> = BlockNamed<B> extends { readonly rows: infer Rows } ? KeysIn<Rows> : never;

type KeyOf<B extends BlockKey> =
  BlockNamed<B> extends { readonly kind: 'table' } ? `${B}.${RowOf<B>}.${FieldOf<B>}` : `${B}.${FieldOf<B>}`;

/** Every value key of the template: "block.field" (form blocks) or "block.row.field" (table blocks). */
export type ValueKey = { [B in BlockKey]: KeyOf<B> }[BlockKey];

type KeyBuilder<B extends BlockKey> =
  BlockNamed<B> extends { readonly kind: 'table' }
    ? (row: RowOf<B>, field: FieldOf<B>) => KeyOf<B>
    : (field: FieldOf<B>) => KeyOf<B>;

function builder(block: BlockDef): (fieldOrRow: string, field?: string) => string {
  return (fieldOrRow, field) => valueKey(block.key, fieldOrRow, field);
}

/** One builder per block: fieldKey.pangan('perikanan', 'luas_m2') → "pangan.perikanan.luas_m2"; fieldKey.anggaran('pagu_rp'). */
export const fieldKey = Object.fromEntries(SCHEMA.blocks.map((block) => [block.key, builder(block)])) as unknown as {
  readonly [B in BlockKey]: KeyBuilder<B>;
};

/** Every value key of a block, in layout order. */
export function keysOfBlock(block: BlockKey): ValueKey[] {
  return allFields()
    .filter((f) => f.block.key === block)
    .map((f) => f.key as ValueKey);
}

/** The keys of the status cells the add-on writes, by the name UnitMeta gives them. */
export const STATUS_CELL_KEYS = {
  status: fieldKey.identitas('status'),
  sentAt: fieldKey.identitas('dikirim_pada'),
  sentBy: fieldKey.identitas('dikirim_oleh'),
  returnNote: fieldKey.identitas('catatan_kanwil'),
} as const;

const ADDON_KEYS = new Set<string>(
  allFields()
    .filter((f) => f.field.readonly)
    .map((f) => f.key),
);

/** Keys the add-on writes on a unit tab (identity, period, status): of the identity block a person types only the operator. */
export function isAddonKey(key: string): boolean {
  return ADDON_KEYS.has(key);
}
