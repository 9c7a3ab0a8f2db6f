// "Umpan balik per UPT": after the regional report, one short Google Doc per unit in the report folder (one Drive
// create and one Docs batchUpdate each), its PDF mailed to that unit's operators only, as far as the day's e-mail
// quota goes; the Status sheet links each unit's Doc. The Doc itself is not shared: it stays in the admin's Drive,
// and each unit sees only its own PDF.
import type { ReportInput } from '../../core/report/report-model';
import { feedbackMailBody, unitFeedback } from '../../core/report/unit-feedback';
import type { TimeBudget } from '../runtime/time-budget';
import { linkFeedbackInStatus } from '../sheets/status-feedback';
import { feedbackAddresses, saveFeedbackDocs } from '../state/feedback-docs';
import { pdfOf } from './create-report';
import { feedbackRequests } from './doc-requests';
import { namesIn } from './drive-files';
import { newDocIn } from './render-doc';
import { freeName } from './report-folder';

export interface FeedbackInput extends ReportInput {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly folderId: string;
  /** The run's pace against the 6-minute limit: a unit is not started when it could not end in time. */
  readonly budget: TimeBudget;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const names = (list: readonly string[]) => list.join(', ');

/** Makes and mails every unit's feedback; what happened, in Bahasa Indonesia, for the toast and the Log. */
export function sendUnitFeedback(input: FeedbackInput): string[] {
  const { config } = input;
  const taken = namesIn(input.folderId);
  let quota = MailApp.getRemainingDailyQuota();
  const made: Record<string, string> = {};
  const mailed: string[] = [];
  const noOperator: string[] = [];
  const overQuota: string[] = [];
  const failed: string[] = [];
  const notStarted: string[] = [];
  for (const unit of config.units) {
    if (input.budget.nearLimit()) {
      notStarted.push(unit.name);
      continue;
    }
    input.budget.time(() => {
      const feedback = unitFeedback(input, unit);
      const name = freeName(taken, feedback.title);
      taken.add(name);
      let docId: string;
      try {
        docId = newDocIn(name, input.folderId, feedbackRequests(feedback));
      } catch (error) {
        failed.push(`${unit.name} (dokumen gagal dibuat: ${reason(error)})`);
        return;
      }
      made[unit.code] = docId;
      if (unit.operators.length === 0) {
        noOperator.push(unit.name);
        return;
      }
      // Sent in the order of Pengaturan while the quota lasts; a unit that does not fit is named, never half-sent.
      if (quota < unit.operators.length) {
        overQuota.push(unit.name);
        return;
      }
      try {
        const errors = input.consolidation.status.units.find((u) => u.code === unit.code)?.errors ?? 0;
        MailApp.sendEmail({
          to: unit.operators.join(','),
          subject: feedback.title,
          body: feedbackMailBody(unit.name, config.period, config.office, errors),
          attachments: [pdfOf(docId).setName(`${name}.pdf`)],
        });
        quota -= unit.operators.length;
        mailed.push(unit.name);
      } catch (error) {
        failed.push(`${unit.name} (e-mail gagal dikirim: ${reason(error)})`);
      }
    });
  }
  saveFeedbackDocs(config.period, made);
  const count = Object.keys(made).length;
  const linked = count > 0 && linkFeedbackInStatus(input.spreadsheet, feedbackAddresses(config.period));
  const notes = [
    `Umpan balik per UPT: ${count} dokumen dibuat di folder laporan, ${mailed.length} dikirim lewat e-mail ke operator UPT masing-masing.`,
  ];
  if (count > 0)
    notes.push(
      linked
        ? 'Tautannya ada di kolom "Umpan balik" sheet Status.'
        : 'Tautannya tampil di kolom "Umpan balik" sheet Status setelah rekap berikutnya.',
    );
  if (overQuota.length > 0)
    notes.push(
      `Tidak dikirim lewat e-mail karena sisa kuota e-mail hari ini tidak cukup: ${names(overQuota)}. Dokumennya ada ` +
        'di folder laporan; kirim besok dengan membuat laporan lagi, atau teruskan PDF-nya sendiri.',
    );
  if (noOperator.length > 0)
    notes.push(`Tidak dikirim lewat e-mail karena kolom "E-mail operator" di Pengaturan kosong: ${names(noOperator)}.`);
  if (failed.length > 0) notes.push(`Gagal: ${names(failed)}.`);
  if (notStarted.length > 0)
    notes.push(
      `Waktu proses hampir habis; umpan balik belum dibuat untuk: ${names(notStarted)}. Buat laporan lagi untuk ` +
        'mengirim umpan balik ke semua UPT.',
    );
  return notes;
}
