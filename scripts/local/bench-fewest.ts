// The fewest round trips Apps Script allows for each operation, with what each one is for: the benchmark's yardstick.
// A round trip is a recorded call that leaves the script (kind other than 'utility'); builders, range geometry and
// logging are answered in the script and not counted.

/** The operations the benchmark measures, in the order the Kanwil's month runs them. */
export const BENCH_OPERATIONS = [
  'setupUnitTabs',
  'validateAll',
  'consolidateNow',
  'generateReport',
  'sendUnitTab',
  'onEdit',
  'returnUnitTab',
  'hourlyRun',
  'closePeriod',
] as const;
export type BenchOperation = (typeof BENCH_OPERATIONS)[number];

interface Part {
  readonly calls: number;
  readonly what: string;
}

/** Shared parts: the spreadsheet and its id (for the advanced services), the lock, the menu's closing alert. */
const OPEN: Part = { calls: 2, what: 'getActiveSpreadsheet, getId' };
const LOCK: Part = { calls: 3, what: 'getScriptLock, tryLock, releaseLock (one run at a time)' };
const ALERT: Part = { calls: 2, what: 'getUi, alert (the result in Bahasa Indonesia)' };
const READ: Part = {
  calls: 2,
  what: 'Spreadsheets.get (ids, titles, rules, protections) and one values read of the configuration and every tab (POST batchGetByDataFilter takes any number of ranges)',
};
const STATUS: Part = { calls: 2, what: 'getDocumentProperties, getProperties (the units’ statuses)' };
const WRITE: Part = {
  calls: 1,
  what: 'one spreadsheets.batchUpdate (sheets, marks, status cells and the Log row together)',
};

/** What a run that rewrites unit tabs needs so that nothing a person types meanwhile is lost (late-edits.ts). */
const LATE_EDITS: Part = {
  calls: 4,
  what:
    'setProperty, getProperties, getKeys, deleteProperty: the late-edit mark set before the tabs are read, the edits ' +
    'typed meanwhile read back after the write (put back by set up, archived by the close), the mark cleared',
};

export interface Fewest {
  readonly parts: readonly Part[];
}

const total = (parts: readonly Part[]) => parts.reduce((n, p) => n + p.calls, 0);

/**
 * Per operation, the calls nothing can remove: what it must read, the one batch it must write, the lock and the
 * message; fewestCalls adds the batches the bytes it sends need beyond the first (MB_PER_REQUEST).
 */
export const FEWEST: Readonly<Record<BenchOperation, Fewest>> = {
  setupUnitTabs: {
    parts: [
      OPEN,
      ALERT,
      LOCK,
      READ,
      STATUS,
      LATE_EDITS,
      {
        calls: 1,
        what: 'setProperty: the ids of the sheets it adds, before the batch (it deletes only its own sheets)',
      },
      { calls: 1, what: 'one batchUpdate: every tab from one template tab' },
    ],
  },
  validateAll: { parts: [OPEN, LOCK, READ, STATUS, WRITE, ALERT] },
  consolidateNow: {
    parts: [OPEN, LOCK, READ, STATUS, { calls: 1, what: 'setProperties (statuses and the last run)' }, WRITE, ALERT],
  },
  generateReport: {
    parts: [
      OPEN,
      LOCK,
      READ,
      STATUS,
      { calls: 1, what: 'Drive files.create: an empty Google Doc straight into the report folder' },
      { calls: 2, what: 'the report folder and a free name (getFolderById, getFilesByName + hasNext)' },
      { calls: 1, what: 'one Docs batchUpdate with the whole text' },
      { calls: 2, what: 'DocumentApp openById, getBody (images come only from blobs here)' },
      { calls: 6, what: 'per chart (2): Chart.getAs, getChild, appendInlineImage' },
      { calls: 1, what: 'saveAndClose' },
      { calls: 3, what: 'PDF: getAs, createFile, getUrl' },
      { calls: 1, what: 'MailApp.sendEmail' },
      { calls: 1, what: 'setProperty (the last report)' },
      { calls: 1, what: 'the Log row' },
      { calls: 3, what: 'getUi, createHtmlOutput, showModalDialog (the links)' },
    ],
  },
  sendUnitTab: {
    parts: [
      OPEN,
      LOCK,
      READ,
      STATUS,
      { calls: 1, what: 'setProperty (the status)' },
      { calls: 1, what: 'one batchUpdate (status cells and the Log row)' },
    ],
  },
  onEdit: {
    parts: [
      { calls: 1, what: 'getName (the event gives the edited range, not its tab’s name)' },
      { calls: 2, what: 'getDocumentProperties, getProperties (is it a sent unit tab, where are its input cells)' },
      {
        calls: 3,
        what: 'getDocumentLock, tryLock, releaseLock (a send or return may change the same status at that moment)',
      },
      { calls: 1, what: 'setProperties (the status flagged as changed after sending)' },
    ],
  },
  returnUnitTab: {
    parts: [
      OPEN,
      LOCK,
      READ,
      STATUS,
      { calls: 1, what: 'setProperty (the status)' },
      { calls: 1, what: 'one batchUpdate (status cells and the Log row)' },
      { calls: 1, what: 'MailApp.sendEmail (the operator is told why)' },
    ],
  },
  hourlyRun: {
    parts: [
      { calls: 1, what: 'getProjectTriggers (is this run the owner’s trigger?)' },
      {
        calls: 2,
        what: 'getScriptProperties, getProperty (the workbook this trigger works on: a time-driven run has no active one)',
      },
      OPEN,
      LOCK,
      READ,
      STATUS,
      { calls: 1, what: 'setProperties (statuses and the last run)' },
      WRITE,
    ],
  },
  closePeriod: {
    parts: [
      OPEN,
      { calls: 3, what: 'getUi, alert (confirm), alert (result)' },
      LOCK,
      READ,
      STATUS,
      LATE_EDITS,
      {
        calls: 1,
        what: 'one batchUpdate: Arsip rows appended, tabs opened for the next period, the period and the Log',
      },
      { calls: 1, what: 'setProperties (statuses reset)' },
    ],
  },
};

/**
 * Google recommends at most 2 MB per request (https://developers.google.com/sheets/api/limits): what an operation
 * sends past its first 2 MB needs one more call per 2 MB, however it is packed (a close of 500 filled tabs archives
 * some 16 MB of Arsip rows).
 */
export const MB_PER_REQUEST = 2;

/** The fewest calls of `operation` when it sends `megabytes` (its parts, plus the splits the 2 MB guideline forces). */
export function fewestCalls(operation: BenchOperation, megabytes = 0): number {
  return total(FEWEST[operation].parts) + Math.max(0, Math.ceil(megabytes / MB_PER_REQUEST) - 1);
}
