// The completeness wording beside totals and under each sheet's title.
import { exclusionNote, mergedNote } from '../../../src/core/summary/notes';

test('a complete total has no note; an incomplete one names its units and the cells left out', () => {
  expect(exclusionNote({ units: [], cells: 0 })).toBe('');
  expect(exclusionNote({ units: ['LP-A'], cells: 0 })).toBe('Belum lengkap: tanpa 1 UPT (LP-A)');
  expect(exclusionNote({ units: ['LP-A', '=B'], cells: 1200 })).toBe(
    "Belum lengkap: tanpa 2 UPT (LP-A, '=B); 1.200 sel ditolak validasi tidak dihitung",
  );
});

test('several totals share one note: each unit once, the cells added up', () => {
  const total = (units: string[], cells: number) => ({ value: 0, excluded: { units, cells } });
  expect(mergedNote(total(['LP-A'], 1), total(['LP-A', 'LP-B'], 2))).toBe(
    'Belum lengkap: tanpa 2 UPT (LP-A, LP-B); 3 sel ditolak validasi tidak dihitung',
  );
});
