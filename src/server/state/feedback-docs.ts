// The feedback document each unit got for the period ("Umpan balik per UPT"), one property per unit so that any
// number of units fits the 9 KB a value may hold; the Status sheet links each unit's row to it after every rekap.
import { documentUrl } from '../report/create-report';
import { withRetry } from '../runtime/retry';
import { documentProperties, propertyView, refreshView } from './document-properties';
import { asRecord, parseJsonProperty } from './json-property';
import { FEEDBACK_PREFIX, feedbackKey } from './keys';

/** Records the documents just made (unit code → Doc id) in one call; a transient error is retried. */
export function saveFeedbackDocs(period: string, docs: Readonly<Record<string, string>>): void {
  const values: Record<string, string> = {};
  for (const [code, docId] of Object.entries(docs)) values[feedbackKey(code)] = JSON.stringify({ period, docId });
  if (Object.keys(values).length === 0) return;
  withRetry(() => documentProperties().setProperties(values));
  refreshView(values);
}

/** Unit code → address of its feedback Doc for `period` (an older period's is not this one's): the run's view, or one read. */
export function feedbackAddresses(period: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(propertyView() ?? documentProperties().getProperties())) {
    if (!key.startsWith(FEEDBACK_PREFIX)) continue;
    const record = parseJsonProperty(raw, asRecord);
    if (record?.period === period && typeof record.docId === 'string')
      out[key.slice(FEEDBACK_PREFIX.length)] = documentUrl(record.docId);
  }
  return out;
}
