// npm start: the local run of the Kanwil flow on the emulator (scripts/run-local.ts, bundled on the fly by esbuild).
import { runTypeScript } from './local/run-typescript.mjs';

await runTypeScript('scripts/run-local.ts', process.argv.slice(2));
