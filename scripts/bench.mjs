// npm run bench: the performance benchmark (scripts/bench.ts, bundled on the fly by esbuild).
import { runTypeScript } from './local/run-typescript.mjs';

await runTypeScript('scripts/bench.ts', process.argv.slice(2));
