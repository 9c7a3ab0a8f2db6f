// The emulated MailApp: an outbox tests read, and the daily recipient quota.
import { APPS_SCRIPT_ERRORS, payloadBytes, type Runtime } from './runtime';

/** G services/quotas: email recipients per day, consumer / Workspace. */
export const EMAIL_RECIPIENT_QUOTA = { consumer: 100, workspace: 1500 } as const;

export interface SentMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly attachments: number;
  readonly from: string;
  readonly at: Date;
}

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  attachments?: unknown[];
}

const addresses = (list: string | undefined) =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export class MailServiceEmu {
  readonly outbox: SentMail[] = [];
  recipientsToday = 0;
  readonly app: Record<string, unknown>;

  constructor(
    private readonly runtime: Runtime,
    private readonly workspace: boolean,
  ) {
    const rec = (method: string, body?: unknown) =>
      runtime.ledger.record('MailApp', method, 'mail', body === undefined ? 0 : payloadBytes(body));
    this.app = {
      sendEmail: (...args: unknown[]) => {
        rec('sendEmail', args);
        this.send(args);
      },
      getRemainingDailyQuota: () => {
        rec('getRemainingDailyQuota');
        return this.quota() - this.recipientsToday;
      },
    };
  }

  private quota(): number {
    return this.workspace ? EMAIL_RECIPIENT_QUOTA.workspace : EMAIL_RECIPIENT_QUOTA.consumer;
  }

  /** sendEmail(message) or sendEmail(recipient, subject, body, options?) (R mail/mail-app). */
  private send(args: unknown[]): void {
    const m: MailMessage =
      typeof args[0] === 'object' && args[0] !== null
        ? (args[0] as MailMessage)
        : {
            ...((args[3] as MailMessage | undefined) ?? {}),
            to: String(args[0]),
            subject: String(args[1]),
            body: String(args[2] ?? ''),
          };
    const recipients = addresses(m.to).length + addresses(m.cc).length + addresses(m.bcc).length;
    if (recipients === 0) throw new Error('Failed to send email: no recipient');
    if (this.recipientsToday + recipients > this.quota()) throw new Error(APPS_SCRIPT_ERRORS.emailQuota);
    this.recipientsToday += recipients;
    this.outbox.push({
      to: m.to ?? '',
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody,
      name: m.name,
      replyTo: m.replyTo,
      attachments: m.attachments?.length ?? 0,
      from: this.runtime.effectiveUserEmail,
      at: this.runtime.now(),
    });
  }
}
