// Contract of the ledger: each call a script makes is recorded exactly once, whatever the emulator does inside it.
import type { EmuDocument } from '../document/document';
import { createEmulator } from '../index';

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped here
type AnyFn = (...a: unknown[]) => any;

const recorded = (emulator: ReturnType<typeof createEmulator>, from: number) =>
  emulator.ledger
    .all()
    .slice(from)
    .map((c) => `${c.service}.${c.method} ${c.kind}`);

describe('one call, one ledger entry', () => {
  it('Body.appendImage is one call, though Docs makes a paragraph and an image (R document/body#appendImage(BlobSource))', () => {
    const emulator = createEmulator();
    const charts = emulator.globals.Charts as Record<string, AnyFn>;
    const docs = emulator.globals.DocumentApp as { create(name: string): EmuDocument };
    const body = docs.create('Laporan').getBody();
    const chart = charts
      .newColumnChart()
      .setDataTable(charts.newDataTable().addColumn('STRING', '').addRow(['a']))
      .build();
    const from = emulator.ledger.count;
    body.appendImage(chart);
    expect(recorded(emulator, from)).toEqual(['Body.appendImage docs']);
  });

  it('ChartBuilder.setDataTable with a builder is one call: the chart takes the table without building it for the script', () => {
    const emulator = createEmulator();
    const charts = emulator.globals.Charts as Record<string, AnyFn>;
    const table = charts.newDataTable().addColumn('STRING', '');
    const builder = charts.newBarChart();
    const from = emulator.ledger.count;
    builder.setDataTable(table);
    expect(recorded(emulator, from)).toEqual(['barChartBuilder.setDataTable utility']);
  });

  it('a Drive iterator records hasNext (the lazy search, a Drive round trip) and next (the page in hand) (R drive/file-iterator)', () => {
    // DriveApp needs full Drive access, which the repository's manifest does not grant.
    const emulator = createEmulator({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/drive'] } });
    const drive = emulator.globals.DriveApp as Record<string, AnyFn>;
    drive.createFile('catatan.txt', 'isi');
    const files = drive.getFilesByName('catatan.txt');
    const from = emulator.ledger.count;
    while (files.hasNext()) files.next();
    expect(recorded(emulator, from)).toEqual([
      'FileIterator.hasNext drive',
      'FileIterator.next utility',
      'FileIterator.hasNext drive',
    ]);
  });

  it('a blob the script holds records its calls; a service taking it as a BlobSource records none of the blob’s', () => {
    const emulator = createEmulator();
    const utilities = emulator.globals.Utilities as Record<string, AnyFn>;
    const drive = emulator.globals.Drive as { Files: Record<string, AnyFn> };
    const blob = utilities.newBlob('isi', 'text/plain', 'a.txt');
    const from = emulator.ledger.count;
    blob.setName('b.txt');
    drive.Files.create({ name: 'b.txt' }, blob);
    expect(recorded(emulator, from)).toEqual(['Blob.setName utility', 'Drive.Files.create drive']);
  });
});
