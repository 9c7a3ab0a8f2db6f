// Reminder planner: right units, right days (H-3 … day itself), once a day, quota at the boundary, WIB day.
import fc from 'fast-check';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import {
  daysLeftText,
  periodDeadline,
  planReminders,
  type ReminderLogEntry,
  type ReminderPlanInput,
  type ReminderStatus,
  SHEET_LINK_PLACEHOLDER,
} from '../../../src/core/lifecycle/reminders';
import type { Config, UnitConfig } from '../../../src/core/schema/types';
import type { SubmissionStatus } from '../../../src/core/schema/vocabulary';

function unit(code: string, name: string, operators: string[]): UnitConfig {
  return { code, name, type: 'Lapas', unitClass: 'IIA', operators, sheetName: code };
}

const DRAFT = unit('LP-PKU', 'Lapas Kelas IIA Pekanbaru', ['operator.lppku@contoh.go.id']);
const SENT = unit('LP-BKN', 'Lapas Kelas IIA Bangkinang', ['operator.lpbkn@contoh.go.id']);
const EMPTY = unit('RUTAN-RGT', 'Rutan Kelas IIB Rengat', ['satu@contoh.go.id', 'dua@contoh.go.id']);
const RETURNED = unit('LP-BKS', 'Lapas Kelas IIA Bengkalis', ['operator.lpbks@contoh.go.id']);
const NO_OPERATOR = unit('RUPBASAN-RGT', 'Rupbasan Rengat', []);

const CONFIG: Config = {
  ...SAMPLE_CONFIG,
  units: [DRAFT, SENT, EMPTY, RETURNED, NO_OPERATOR],
  deadlineDay: 5,
  remindersOn: true,
  reminderDaysBefore: 3,
};

const STATUSES: ReminderStatus[] = [
  { unit: DRAFT, status: 'Draf', errors: 2 },
  { unit: SENT, status: 'Dikirim', errors: 0 },
  { unit: EMPTY, status: 'Belum diisi', errors: 0 },
  { unit: RETURNED, status: 'Dikembalikan', errors: 1 },
  { unit: NO_OPERATOR, status: 'Draf', errors: 0 },
];

/** 09.00 WIB on the given day of March 2026 (period 2026-02 is due 5 Maret 2026). */
const march = (day: number): Date => new Date(Date.UTC(2026, 2, day, 2, 0));

function plan(overrides: Partial<ReminderPlanInput> = {}) {
  return planReminders({
    config: CONFIG,
    statuses: STATUSES,
    today: march(2),
    sentLog: [],
    remainingQuota: 100,
    ...overrides,
  });
}

const codes = (p: ReturnType<typeof plan>): string[] => p.send.map((s) => s.unit.code);

describe('periodDeadline', () => {
  test('a monthly report is due on the deadline day of the following month', () => {
    expect(periodDeadline('2026-02', 5)).toBe('2026-03-05');
    expect(periodDeadline('2026-12', 10)).toBe('2027-01-10');
  });

  test('a day past the end of the month falls on its last day; no day or no period means no deadline', () => {
    expect(periodDeadline('2026-01', 31)).toBe('2026-02-28');
    expect(periodDeadline('2026-02', null)).toBeNull();
    expect(periodDeadline('Februari 2026', 5)).toBeNull();
  });
});

describe('planReminders', () => {
  test('H-3: operators of every unit not sent get one e-mail; sent units and units without e-mail get none', () => {
    const p = plan();
    expect(codes(p)).toEqual(['LP-PKU', 'RUTAN-RGT', 'LP-BKS']);
    expect(p.send.find((s) => s.unit.code === 'RUTAN-RGT')?.to).toEqual(['satu@contoh.go.id', 'dua@contoh.go.id']);
    expect(p.skipped).toEqual([{ unitCode: 'RUPBASAN-RGT', reason: expect.stringContaining('e-mail operator') }]);
    expect(p.logLines).toEqual(['Pengingat untuk Rupbasan Rengat tidak dikirim: e-mail operator belum diisi.']);
    expect(p.quotaStop).toBe(false);
    expect(p.date).toBe('2026-03-02');
  });

  test('the e-mail names the unit, period, deadline, days left, open errors and carries the Sheet link placeholder', () => {
    const mail = plan().send[0];
    expect(mail.subject).toBe(
      'Pengingat laporan Februari 2026: Lapas Kelas IIA Pekanbaru — batas 5 Maret 2026 (3 hari lagi)',
    );
    expect(mail.body).toContain(
      'Laporan periode Februari 2026 untuk Lapas Kelas IIA Pekanbaru belum dikirim (status: Draf).',
    );
    expect(mail.body).toContain('Batas waktu pengiriman: 5 Maret 2026 (3 hari lagi).');
    expect(mail.body).toContain('Masih ada 2 kesalahan yang perlu diperbaiki di tab "LP-PKU"');
    expect(mail.body.split(SHEET_LINK_PLACEHOLDER)).toHaveLength(2);
    expect(mail.logLine).toBe(
      'Pengingat dikirim ke Lapas Kelas IIA Pekanbaru (operator.lppku@contoh.go.id): batas 5 Maret 2026, 3 hari lagi, 2 kesalahan.',
    );
    const clean = plan().send[1];
    expect(clean.body).toContain('Tidak ada kesalahan yang tercatat di tab "RUTAN-RGT".');
  });

  test.each([
    [1, 'H-4, before the window', null],
    [2, 'H-3', '3 hari lagi'],
    [3, 'H-2', '2 hari lagi'],
    [4, 'H-1', 'besok'],
    [5, 'the deadline day', 'hari ini'],
    [6, 'the day after', null],
    [20, 'two weeks after', null],
  ])('March %i (%s)', (day, _label, left) => {
    const p = plan({ today: march(day) });
    if (left === null) {
      expect(p.send).toEqual([]);
      expect(p.skipped).toEqual([]);
    } else {
      expect(codes(p)).toEqual(['LP-PKU', 'RUTAN-RGT', 'LP-BKS']);
      for (const mail of p.send) expect(mail.subject).toContain(`(${left})`);
    }
  });

  test('the deadline day of the period month itself is not the deadline: 5 Februari gives nothing', () => {
    expect(plan({ today: new Date(Date.UTC(2026, 1, 5, 2, 0)) }).send).toEqual([]);
  });

  test('a window of 0 days reminds on the deadline day only', () => {
    const config = { ...CONFIG, reminderDaysBefore: 0 };
    expect(plan({ config, today: march(4) }).send).toEqual([]);
    expect(codes(plan({ config, today: march(5) }))).toHaveLength(3);
  });

  test('reminders off, or no deadline day, plan nothing', () => {
    expect(plan({ config: { ...CONFIG, remindersOn: false } }).send).toEqual([]);
    expect(plan({ config: { ...CONFIG, deadlineDay: null } }).send).toEqual([]);
  });

  test('a unit reminded earlier today is not reminded again; one reminded yesterday is', () => {
    const sentLog: ReminderLogEntry[] = [
      { unitCode: 'LP-PKU', date: '2026-03-02' },
      { unitCode: 'LP-BKS', date: '2026-03-01' },
    ];
    const p = plan({ sentLog });
    expect(codes(p)).toEqual(['RUTAN-RGT', 'LP-BKS']);
    expect(p.skipped).toContainEqual({ unitCode: 'LP-PKU', reason: 'Pengingat sudah dikirim hari ini.' });
  });

  test('a returned report is named as such in the e-mail', () => {
    const mail = plan().send.find((s) => s.unit.code === 'LP-BKS');
    expect(mail?.body).toContain(
      'Laporan periode Februari 2026 untuk Lapas Kelas IIA Bengkalis dikembalikan untuk perbaikan dan belum dikirim ulang.',
    );
  });

  test('an unreadable window or quota (NaN, negative) widens nothing: deadline day only, no e-mail', () => {
    const config = { ...CONFIG, reminderDaysBefore: Number.NaN };
    expect(plan({ config, today: march(2) }).send).toEqual([]);
    expect(codes(plan({ config, today: march(5) }))).toHaveLength(3);
    expect(plan({ remainingQuota: Number.NaN }).send).toEqual([]);
    expect(plan({ remainingQuota: -5 }).quotaStop).toBe(true);
  });

  test('a unit listed twice gets one reminder', () => {
    const p = plan({ statuses: [STATUSES[0], STATUSES[0]] });
    expect(codes(p)).toEqual(['LP-PKU']);
  });

  test('quota exactly enough (4 recipients, quota 4): everything goes out', () => {
    const p = plan({ remainingQuota: 4 });
    expect(codes(p)).toEqual(['LP-PKU', 'RUTAN-RGT', 'LP-BKS']);
    expect(p.quotaStop).toBe(false);
  });

  test('quota one short: the plan stops before exceeding it, with a log line naming what is left', () => {
    const p = plan({ remainingQuota: 3 });
    expect(codes(p)).toEqual(['LP-PKU', 'RUTAN-RGT']);
    expect(p.send.flatMap((s) => s.to)).toHaveLength(3);
    expect(p.quotaStop).toBe(true);
    expect(p.skipped).toContainEqual({ unitCode: 'LP-BKS', reason: 'Kuota e-mail harian tidak cukup.' });
    expect(p.logLines).toContain(
      'Pengingat dihentikan: sisa kuota e-mail hari ini 0 penerima, Lapas Kelas IIA Bengkalis butuh 1; 1 UPT belum diingatkan.',
    );
  });

  test('quota counts recipients, not messages: 2 left cannot cover a unit with two operators', () => {
    const p = plan({ remainingQuota: 2 });
    expect(codes(p)).toEqual(['LP-PKU']);
    expect(p.quotaStop).toBe(true);
    expect(plan({ remainingQuota: 0 }).send).toEqual([]);
  });

  test("23.30 UTC is already the next day in WIB: the run counts as H-3 and sees that day's log", () => {
    const lateUtc = new Date('2026-03-01T23:30:00Z');
    const wib = plan({ today: lateUtc });
    expect(wib.date).toBe('2026-03-02');
    expect(codes(wib)).toEqual(['LP-PKU', 'RUTAN-RGT', 'LP-BKS']);
    expect(plan({ today: lateUtc, timeZone: 'UTC' }).send).toEqual([]);
    const logged = plan({ today: lateUtc, sentLog: [{ unitCode: 'LP-PKU', date: '2026-03-02' }] });
    expect(codes(logged)).toEqual(['RUTAN-RGT', 'LP-BKS']);
  });

  test('a unit name with a line break stays on one line in the subject', () => {
    const odd = unit('LP-X', 'Lapas\nBcc: semua@contoh.go.id', ['op@contoh.go.id']);
    const p = plan({ statuses: [{ unit: odd, status: 'Draf', errors: 0 }] });
    expect(p.send[0].subject).toBe(
      'Pengingat laporan Februari 2026: Lapas Bcc: semua@contoh.go.id — batas 5 Maret 2026 (3 hari lagi)',
    );
  });

  test('any day, statuses, log and quota: never more recipients than the quota, never a unit twice or already sent', () => {
    const statusArb = fc.constantFrom<SubmissionStatus>('Belum diisi', 'Draf', 'Dikirim', 'Dikembalikan');
    const units = Array.from({ length: 8 }, (_, i) =>
      unit(
        `U${i}`,
        `UPT ${i}`,
        Array.from({ length: i % 3 }, (_, j) => `op${j}.u${i}@contoh.go.id`),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), statusArb), { maxLength: 12 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: -5, max: 40 }),
        fc.subarray(units.map((u) => u.code)),
        (picked, quota, day, loggedToday) => {
          const today = new Date(Date.UTC(2026, 2, 1 + day, 2, 0));
          const p = plan({
            statuses: picked.map(([i, status]) => ({ unit: units[i], status, errors: 0 })),
            today,
            remainingQuota: quota,
            sentLog: loggedToday.map((unitCode) => ({ unitCode, date: wibDay(today) })),
          });
          const sent = codes(p);
          expect(p.send.flatMap((s) => s.to).length).toBeLessThanOrEqual(quota);
          expect(new Set(sent).size).toBe(sent.length);
          for (const code of sent) expect(loggedToday).not.toContain(code);
          for (const mail of p.send)
            expect(picked.some(([i, status]) => units[i].code === mail.unit.code && status !== 'Dikirim')).toBe(true);
        },
      ),
    );
  });

  test('days left read as Indonesians say them', () => {
    expect([daysLeftText(0), daysLeftText(1), daysLeftText(3)]).toEqual(['hari ini', 'besok', '3 hari lagi']);
  });
});

/** The WIB day of a run at 09.00 WIB. */
function wibDay(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
