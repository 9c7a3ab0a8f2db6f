// The deadline reminders sent today (document property): a second run the same day sends none of them again.
import type { ReminderLogEntry } from '../../core/lifecycle/reminders';
import { readJsonProperty, writeJsonProperty } from './json-property';
import { REMINDERS_SENT } from './keys';

export function readSentReminders(): ReminderLogEntry[] {
  const entries = readJsonProperty(REMINDERS_SENT, (parsed) => (Array.isArray(parsed) ? (parsed as unknown[]) : null));
  return (entries ?? []).filter(
    (e): e is ReminderLogEntry =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as ReminderLogEntry).unitCode === 'string' &&
      typeof (e as ReminderLogEntry).date === 'string',
  );
}

/** Keeps only today's entries: planning looks at no other day, and the property stays small. */
export function saveSentReminders(entries: readonly ReminderLogEntry[], today: string): void {
  writeJsonProperty(
    REMINDERS_SENT,
    entries.filter((e) => e.date === today),
  );
}
