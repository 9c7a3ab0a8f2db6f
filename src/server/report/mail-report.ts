// Sends the report's links to the configured recipients, only when the daily e-mail quota covers all of them.

export interface ReportMail {
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly body: string;
}

/** Sends the mail and says what happened, in Bahasa Indonesia; null when there is nobody to send to. */
export function mailReport(mail: ReportMail): string | null {
  if (mail.recipients.length === 0) return null;
  const remaining = MailApp.getRemainingDailyQuota();
  if (remaining < mail.recipients.length) {
    return (
      `Tautan laporan tidak dikirim lewat e-mail: sisa kuota e-mail hari ini ${remaining} penerima, ` +
      `sedangkan daftar penerima berisi ${mail.recipients.length}.`
    );
  }
  try {
    MailApp.sendEmail({ to: mail.recipients.join(','), subject: mail.subject, body: mail.body });
  } catch (error) {
    // The report itself is saved; a mail failure is reported, not fatal.
    return `Tautan laporan gagal dikirim lewat e-mail (${error instanceof Error ? error.message : String(error)}).`;
  }
  return `Tautan laporan dikirim lewat e-mail ke ${mail.recipients.length} penerima.`;
}
