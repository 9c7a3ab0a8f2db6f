// Partial responses of Google APIs: the `fields` parameter, a field mask such as `files(id,name),nextPageToken`
// (https://developers.google.com/sheets/api/guides/field-masks, https://developers.google.com/drive/api/guides/fields-parameter).

/** A parsed field mask: each field name maps to its sub-mask, or to null for "the whole field". */
export type FieldMask = Map<string, FieldMask | null>;

/** Parses a field mask; `invalid` makes the API's error for a mask it cannot parse. */
export function parseFieldMask(fields: string, invalid: () => Error): FieldMask {
  let at = 0;
  const fail = (): never => {
    throw invalid();
  };
  const merge = (into: FieldMask, name: string, sub: FieldMask | null): void => {
    const had = into.get(name);
    if (into.has(name) && (had === null || sub === null)) into.set(name, null);
    else if (had && sub) for (const [k, v] of sub) merge(had, k, v);
    else into.set(name, sub);
  };
  const list = (closing: string): FieldMask => {
    const mask: FieldMask = new Map();
    for (;;) {
      const path: string[] = [];
      let name = '';
      while (at < fields.length && !',()'.includes(fields[at] as string)) {
        const ch = fields[at++] as string;
        if (ch === '.' || ch === '/') {
          if (!name) fail();
          path.push(name);
          name = '';
        } else if (!/\s/.test(ch)) name += ch;
      }
      if (!name) fail();
      path.push(name);
      let sub: FieldMask | null = null;
      if (fields[at] === '(') {
        at++;
        sub = list(')');
        if (fields[at++] !== ')') fail();
      }
      const leaf = path.pop() as string;
      const nested = path.reduceRight<FieldMask>((inner, key) => new Map([[key, inner]]), new Map([[leaf, sub]]));
      for (const [k, v] of nested) merge(mask, k, v);
      if (fields[at] !== ',') break;
      at++;
    }
    if (closing === '' && at < fields.length) fail();
    return mask;
  };
  return list('');
}

/** Keeps only the masked fields of a response object (arrays are masked element by element; `*` keeps all). */
export function applyMask(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null || mask.has('*') || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = applyMask(v, sub);
  }
  return out;
}
