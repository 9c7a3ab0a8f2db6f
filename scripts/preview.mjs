// npm run preview: the add-on in a local browser (scripts/preview/main.ts, bundled on the fly by esbuild).
import { runTypeScript } from './local/run-typescript.mjs';

await runTypeScript('scripts/preview/main.ts', process.argv.slice(2));
