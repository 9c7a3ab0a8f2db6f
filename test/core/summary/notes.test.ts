// The completeness wording beside totals and under each sheet's title.
import { exclusionNote, mergedNote } from '../../../src/core/summary/notes';

test('a complete total has no note; an incomplete one names its units and every cell left out', () => {
  expect(exclusionNote({ units: [], cells: 0, cellRefs: [] })).toBe('');
  expect(exclusionNote({ units: ['LP-A'], cells: 0, cellRefs: [] })).toBe('Belum lengkap: tanpa 1 UPT (LP-A)');
  expect(exclusionNote({ units: ['LP-A', '=B'], cells: 2, cellRefs: ['LP-A!D12', '=B!C9'] })).toBe(
    'Belum lengkap: tanpa 2 UPT (LP-A, =B); 2 sel ditolak validasi tidak dihitung (LP-A!D12, =B!C9)',
  );
});

test('several totals share one note: each unit and each cell once', () => {
  const total = (units: string[], cellRefs: string[]) => ({
    value: 0,
    excluded: { units, cells: cellRefs.length, cellRefs },
  });
  expect(mergedNote(total(['LP-A'], ['LP-A!D12']), total(['LP-A', 'LP-B'], ['LP-A!D12', 'LP-B!E30']))).toBe(
    'Belum lengkap: tanpa 2 UPT (LP-A, LP-B); 2 sel ditolak validasi tidak dihitung (LP-A!D12, LP-B!E30)',
  );
});
