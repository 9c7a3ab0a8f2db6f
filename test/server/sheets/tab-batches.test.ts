// Unit tabs in batches: later tabs of a shape paste their look from the first one of the same batch, never across two.

import { type TabPart, tabBatches } from '../../../src/server/sheets/tab-batches';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** A request of about `bytes` bytes on the sheet (the tab's look written out; 90 and above: head and tail). */
const sized = (sheetId: number, bytes: number): Request => ({
  updateSheetProperties: { properties: { sheetId, title: 'x'.repeat(bytes) }, fields: 'title' },
});

/** A tab whose look written out takes `fullBytes`, pasted `pastedBytes`. */
function tab(sheetId: number, shape: string, fullBytes = 1_000, pastedBytes = 100): TabPart {
  return {
    sheetId,
    before: [],
    plan: {
      shape,
      full: [sized(sheetId, fullBytes)],
      pasted: (sourceId) => [
        { repeatCell: { range: { sheetId }, fields: 'x'.repeat(pastedBytes) } },
        { copyPaste: { source: { sheetId: sourceId }, destination: { sheetId }, pasteType: 'PASTE_FORMAT' } },
      ],
    },
  };
}

/** Per batch, how each tab came: "full 7" or "7 from 5". */
function how(batches: ReturnType<typeof tabBatches>): string[][] {
  return batches.map((b) =>
    b.requests.flatMap((r) => {
      if (r.copyPaste) return [`${r.copyPaste.destination?.sheetId} from ${r.copyPaste.source?.sheetId}`];
      const id = r.updateSheetProperties?.properties?.sheetId;
      return id !== undefined && id < 90 ? [`full ${id}`] : [];
    }),
  );
}

describe('unit tabs packed into batches', () => {
  it('writes the first tab of each shape out and pastes the look of the others from it', () => {
    const batches = tabBatches([], [tab(1, 'Lapas'), tab(2, 'Rutan'), tab(3, 'Lapas'), tab(4, 'Rutan')], []);
    expect(how(batches)).toEqual([['full 1', 'full 2', '3 from 1', '4 from 2']]);
    expect(batches[0]?.tabs).toBe(4);
  });

  it('writes the first tab of a shape out again in each batch, so a batch pastes only from what it writes', () => {
    const tabs = [
      tab(1, 'Lapas', 1_200_000, 700_000),
      tab(2, 'Lapas', 1_200_000, 700_000),
      tab(3, 'Lapas', 1_200_000, 700_000),
    ];
    const batches = tabBatches([sized(90, 10)], tabs, [sized(91, 10)]);
    expect(how(batches)).toEqual([['full 1', '2 from 1'], ['full 3']]);
    expect(batches.map((b) => b.tabs)).toEqual([2, 1]);
    expect(batches.at(-1)?.requests.at(-1)).toEqual(sized(91, 10));
  });
});
