// npm run preview: the add-on in a local browser on the emulator, for demos and for training the units' operators.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST_DIR } from '../local/kanwil-flow';
import { LocalRunError } from '../local/local-run-error';
import { type PreviewServer, servePreview } from './http-server';
import { PREVIEW_HELP, parsePreviewOptions } from './options';
import { PreviewSession } from './session';

export interface StartOptions {
  readonly port: number;
  readonly inputPath: string | null;
  readonly distDir: string;
}

/** Loads the workbook and the built add-on, then serves them; the caller closes the server. */
export async function startPreview(options: StartOptions): Promise<PreviewServer> {
  if (!existsSync(join(options.distDir, 'Code.js'))) {
    throw new LocalRunError(
      'dist/Code.js belum ada: jalankan "npm run build" dahulu ("npm run preview" membangunnya sendiri).',
    );
  }
  const session = await PreviewSession.open(options.inputPath, options.distDir);
  try {
    return await servePreview(session, options.port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new LocalRunError(
        `Port ${options.port} sudah dipakai program lain. Pilih port lain, misalnya --port 8081.`,
      );
    }
    throw e;
  }
}

/** Serves until Ctrl+C; returns the exit code. A LocalRunError is the user's to fix: its message, exit code 2. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parsePreviewOptions(argv);
    if (options.kind === 'help') {
      process.stdout.write(PREVIEW_HELP);
      return 0;
    }
    const server = await startPreview({
      port: options.port,
      inputPath: options.inputPath,
      distDir: options.distDir ? resolve(options.distDir) : DIST_DIR,
    });
    process.stdout.write(
      `Pratinjau Rekap UPT berjalan di ${server.url}\n` +
        'Buka alamat itu di peramban. Semua perubahan hanya ada di memori; simpan dengan tombol "Simpan .xlsx".\n' +
        'Hentikan dengan Ctrl+C.\n',
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    process.stdout.write('Pratinjau dihentikan.\n');
    return 0;
  } catch (e) {
    if (!(e instanceof LocalRunError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}
