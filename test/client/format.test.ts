// The sidebar shows numbers and times the way an Indonesian civil servant reads them (id-ID, WIB).
import { formatDate, formatDateTime, formatIssueCounts, formatNumber } from '../../src/client/format';

describe('sidebar id-ID formatting', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(102772)).toBe('102.772');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(1250000)).toBe('1.250.000');
    expect(formatNumber(107)).toBe('107');
    expect(formatNumber(-4500)).toBe('-4.500');
  });

  it('shows a UTC timestamp as the date and time in Jakarta (WIB, UTC+7)', () => {
    expect(formatDateTime('2026-02-03T02:15:00Z')).toBe('3 Februari 2026 09.15 WIB');
    // 20:30 UTC on 31 January is already 1 February in Jakarta.
    expect(formatDateTime('2026-01-31T20:30:00.000Z')).toBe('1 Februari 2026 03.30 WIB');
    expect(formatDate('2026-12-31T16:59:00Z')).toBe('31 Desember 2026');
  });

  it('shows a dash for a missing time, and text that is not a timestamp as it is (never "Invalid Date")', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDateTime('3 Februari 2026 09.00 WIB')).toBe('3 Februari 2026 09.00 WIB');
  });

  it('counts errors and warnings in Bahasa Indonesia', () => {
    expect(formatIssueCounts(2, 1)).toBe('2 kesalahan · 1 peringatan');
    expect(formatIssueCounts(1200, 0)).toBe('1.200 kesalahan · 0 peringatan');
  });
});
