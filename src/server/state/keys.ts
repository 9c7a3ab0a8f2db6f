// Every property key the add-on uses, listed once. Document properties (this Sheet's state) unless marked as a script
// property; the add-on keeps no user properties. A value holds at most 9 KB
// (https://developers.google.com/apps-script/guides/services/quotas).

/** Per unit: its submission status (JSON), because an operator cannot write their tab's protected status cells. */
export const STATUS_PREFIX = 'status:';
/** Per sent unit tab (by sheet name): its unit and input cells (JSON), so onEdit reads one property, never the tab. */
export const EDIT_AREA_PREFIX = 'edit-area:';
/** Per unit tab (by sheet name): the edits a person made while a run rewrote unit tabs (JSON [[row, col, value]]). */
export const LATE_EDIT_PREFIX = 'late-edit:';
/** Per unit: the feedback document it got last, { period, docId } (JSON), linked from its row in the Status sheet. */
export const FEEDBACK_PREFIX = 'feedback:';
/** Script property per installed trigger (by unique id): the spreadsheet it works on (a time-driven run has none active). */
export const TRIGGER_PREFIX = 'trigger:';

/** A set up stopped near the time limit: { fingerprint, done }. */
export const SETUP_CHECKPOINT = 'setup:checkpoint';
/** A period close stopped near the time limit: { fingerprint, cleared, digests }. */
export const CLOSE_CHECKPOINT = 'close:checkpoint';
/** A "Rekap nasional" stopped near the time limit: { period, list, read } (its figures: a hidden sheet). */
export const NATIONAL_CHECKPOINT = 'national:checkpoint';
/** A run rewriting unit tabs (close, set up) since this epoch ms: onEdit keeps the edits made meanwhile. */
export const REWRITING = 'rewrite:since';
/** The admins the add-on's protections were last given (JSON list): a change in "Pengaturan" refreshes them. */
export const PROTECTION_ADMINS = 'protections:admins';
/** Ids of the sheets the add-on created and may delete (JSON list of numbers): it never deletes any other sheet. */
export const CREATED_SHEETS = 'sheets:created';
/** The last report: { docUrl, pdfUrl, at }. */
export const LAST_REPORT = 'report:last';
/** The id of the report folder the add-on created (text). */
export const REPORT_FOLDER = 'report:folderId';
/** The workbook's automation: { on, hours, owner } (the admin whose triggers run it). */
export const AUTOMATION = 'automation:state';
/** The schedule as an older version recorded it, every how many hours (a number as text): read, never written. */
export const AUTOMATION_HOURS = 'automation:hours';
/** The last scheduled or manual consolidation: { at, outcome }. */
export const LAST_RUN = 'automation:lastRun';
/** Log rows kept until a run can write the Log sheet: [{ start, end, action, by, outcome, tabsRead, detail }]. */
export const PENDING_LOG = 'log:pending';
/** The reminders sent today: [{ unitCode, date }], so a second run the same day sends none again. */
export const REMINDERS_SENT = 'reminders:sent';

export const statusKey = (unitCode: string): string => STATUS_PREFIX + unitCode;
export const feedbackKey = (unitCode: string): string => FEEDBACK_PREFIX + unitCode;
export const editAreaKey = (sheetName: string): string => EDIT_AREA_PREFIX + sheetName;
export const triggerKey = (triggerUid: string): string => TRIGGER_PREFIX + triggerUid;
export const lateEditKey = (sheetName: string): string => LATE_EDIT_PREFIX + sheetName;
