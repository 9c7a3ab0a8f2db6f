// The Kanwil a stopped national run has read, kept as [position, JSON] rows and read back by the next run: the same
// units, statuses, values and reasons, whatever the size of a unit's values.
import { SAMPLE_CONFIG, SAMPLE_PERIOD, sampleWorkbook } from '../../../fixtures/sample/workbook';
import { archiveRowsFromGrids } from '../../../src/core/lifecycle/archive';
import { consolidateNation, type KanwilRead } from '../../../src/core/national/consolidate-national';
import { mergePublished, publishedRows } from '../../../src/core/national/long-form';
import { checkpointRows, ROW_JSON_MAX, readsFromCheckpoint } from '../../../src/core/national/read-checkpoint';
import { readPublication } from '../../../src/core/national/read-published';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const source = (name: string) => ({ name, contact: '', reference: ID, spreadsheetId: ID });
const SOURCES = [source('Kanwil Riau'), source('Kanwil Bali'), source('Kanwil Jambi')];

function readable(name: string): KanwilRead {
  const config = { ...SAMPLE_CONFIG, office: name };
  const archive = archiveRowsFromGrids(config, sampleWorkbook().tabs, SAMPLE_PERIOD, new Date('2026-03-01T02:00:00Z'));
  const grid = mergePublished([], SAMPLE_PERIOD, publishedRows(config, archive, SAMPLE_PERIOD));
  return { source: source(name), publication: readPublication(grid, SAMPLE_PERIOD) };
}

const reads: KanwilRead[] = [
  readable('Kanwil Riau'),
  { source: source('Kanwil Bali'), publication: { ok: false, reason: { kind: 'older-template', version: 0 } } },
  readable('Kanwil Jambi'),
];
/** Riau loaded into BigQuery, Jambi's load refused: each outcome is kept with its Kanwil. */
const loads = [{ ok: true } as const, null, { ok: false, why: 'Kanwil Jambi (Access Denied)' } as const];
const rows = reads.flatMap((read, i) => checkpointRows(i + 1, { read, load: loads[i] ?? null }));

describe('the national read checkpoint', () => {
  it('gives back every read Kanwil as read: the national totals are the same', () => {
    const back = readsFromCheckpoint(rows, SOURCES, SAMPLE_PERIOD, 3);
    expect(back).not.toBeNull();
    const nation = (r: readonly KanwilRead[]) => consolidateNation(SAMPLE_PERIOD, r);
    expect(nation((back ?? []).map((k) => k.read)).national).toEqual(nation(reads).national);
    expect(back?.[1]?.read.publication).toEqual({ ok: false, reason: { kind: 'older-template', version: 0 } });
    expect(back?.map((k) => k.read.source.name)).toEqual(SOURCES.map((s) => s.name));
    expect(back?.map((k) => k.load)).toEqual(loads);
  });

  it('keeps each row under a cell’s 50,000 characters, a long unit split and joined again', () => {
    const long = readable('Kanwil Riau');
    if (!long.publication.ok) throw new Error('sample unreadable');
    const [first, ...others] = long.publication.units;
    if (!first) throw new Error('no unit');
    const values = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`catatan.${i}`, 'x'.repeat(5000)]));
    const big = { ...first, report: { ...first.report, values: { ...first.report.values, ...values } } };
    const kept = checkpointRows(1, {
      read: { ...long, publication: { ...long.publication, units: [big, ...others] } },
      load: null,
    });
    expect(Math.max(...kept.map(([, json]) => json.length))).toBeLessThanOrEqual(ROW_JSON_MAX + 200);
    const back = readsFromCheckpoint(kept, SOURCES, SAMPLE_PERIOD, 1)?.[0]?.read.publication;
    expect(back?.ok && back.units[0]?.report.values).toEqual(big.report.values);
  });

  it('reads back only the Kanwil the checkpoint counts, and nothing when one of them has no row', () => {
    expect(readsFromCheckpoint(rows, SOURCES, SAMPLE_PERIOD, 2)).toHaveLength(2);
    expect(
      readsFromCheckpoint(
        rows.filter(([p]) => p !== 2),
        SOURCES,
        SAMPLE_PERIOD,
        3,
      ),
    ).toBeNull();
    expect(readsFromCheckpoint([[1, '{not json']], SOURCES, SAMPLE_PERIOD, 1)).toBeNull();
  });
});
