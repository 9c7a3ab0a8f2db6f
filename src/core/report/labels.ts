// Bahasa Indonesia labels of clusters, education packages and publication channels, taken from the schema.
import { EDUCATION_PACKAGES, FOOD_CLUSTERS, PUBLICATION_CHANNELS } from '../consolidation/consolidate';
import { SCHEMA } from '../schema/schema';

/** Row labels of a schema table block by row key; the schema is the one place labels are defined. */
function rowLabels<K extends string>(blockKey: string, keys: readonly K[]): Readonly<Record<K, string>> {
  const rows = SCHEMA.blocks.find((b) => b.key === blockKey)?.rows ?? [];
  return Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.key === k)?.label ?? k])) as Record<K, string>;
}

export const CLUSTER_LABELS = rowLabels('pangan', FOOD_CLUSTERS);
export const PACKAGE_LABELS = rowLabels('pendidikan', EDUCATION_PACKAGES);
export const CHANNEL_LABELS = rowLabels('publikasi', PUBLICATION_CHANNELS);
