// Contract: MailApp (R mail/mail-app, G services/quotas): outbox, both call forms, daily recipient quota.
import { createEmulator } from '../index';

function mail(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(opts);
  const app = emulator.globals.MailApp as { sendEmail(...a: unknown[]): void; getRemainingDailyQuota(): number };
  return { emulator, app };
}

describe('MailApp', () => {
  it('records mail in the outbox, from both call forms', () => {
    const { app, emulator } = mail();
    app.sendEmail('op@kanwil.example', 'Rekap Februari', 'Isi', { htmlBody: '<b>Isi</b>', name: 'Rekap UPT' });
    app.sendEmail({ to: 'a@x.id,b@x.id', subject: 'S', body: 'B' });
    expect(emulator.mail.outbox.map((m) => [m.to, m.subject, m.htmlBody ?? null, m.name ?? null])).toEqual([
      ['op@kanwil.example', 'Rekap Februari', '<b>Isi</b>', 'Rekap UPT'],
      ['a@x.id,b@x.id', 'S', null, null],
    ]);
    expect(app.getRemainingDailyQuota()).toBe(97);
  });

  // G services/quotas: 100 recipients/day for consumer accounts, 1,500 for Workspace.
  it('refuses mail past the daily recipient quota with the real error', () => {
    const { app, emulator } = mail();
    emulator.mail.recipientsToday = 99;
    expect(() => app.sendEmail({ to: 'a@x.id,b@x.id', subject: 'S', body: 'B' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(emulator.mail.outbox).toHaveLength(0);
    const ws = mail({ workspace: true });
    expect(ws.app.getRemainingDailyQuota()).toBe(1500);
  });

  it('charges a mail with an attachment for its text and the attachment’s bytes, not for what the script did before', () => {
    const { app, emulator } = mail();
    const utilities = emulator.globals.Utilities as { newBlob(data: string, type: string, name: string): unknown };
    const pdf = utilities.newBlob('x'.repeat(3000), 'application/pdf', 'umpan-balik.pdf');
    for (let i = 0; i < 200; i++) app.getRemainingDailyQuota();
    emulator.ledger.reset();
    app.sendEmail({ to: 'op@upt.example', subject: 'Umpan balik', body: 'Terlampir.', attachments: [pdf] });
    const [sent] = emulator.ledger.all();
    // 3,000 bytes travel as 4,000 base64 characters, with the message's few fields around them.
    expect(sent?.bytes).toBeGreaterThan(4000);
    expect(sent?.bytes).toBeLessThan(4300);
    expect(emulator.mail.outbox[0]?.attachments).toBe(1);
  });
});
