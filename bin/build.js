#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ with tsc, bundles the command line on top of it with esbuild,
// copies what the code reads beside itself (the SQL migrations), and stamps the build so that
// bin/pendamping.js can tell a fresh build from a stale one.
//
// tsc writes one module per source file (dist/app.js, dist/bench/fake-telegram.js, ...), which scripts
// and checks import directly. The command line (dist/cli/main.js, what bin/pendamping.js runs) is then
// replaced by an esbuild bundle: our modules and a few small pure-JavaScript packages (zod alone is 95
// files) in one entry file and shared chunks under dist/chunks/, each command's module still loaded only
// when that command runs. On a warm `ask` that is about a tenth less CPU than loading ~200 separate
// files. Packages that read files beside themselves (PGlite's WebAssembly, idn-area-data's CSV files) or
// start workers (pino), and the large optional ones (OpenAI, LangChain, grammY, hono), stay in
// node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (path) => `${root}${path}`;

/** Packages bundled into the command line: pure JavaScript, no files read beside themselves. */
const BUNDLED = new Set(['zod', 'commander', 'gray-matter', 'papaparse', 'cli-progress', 'pgvector']);
/** "zod/mini" -> "zod", "@scope/name/x" -> "@scope/name". */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

rmSync(at('dist'), { recursive: true, force: true });
execFileSync(at('node_modules/.bin/tsc'), ['-p', at('tsconfig.build.json')], { stdio: 'inherit' });

await build({
  entryPoints: [at('src/cli/main.ts')],
  outdir: at('dist/cli'),
  // Chunks one level below dist/, like dist/cli/ and dist/db/: paths the code builds from its own
  // location ('../../package.json', '../../prompts') hold in either.
  chunkNames: '../chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages in the bundle (gray-matter, papaparse) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [
    {
      name: 'leave-packages-in-node-modules',
      setup(bundle) {
        bundle.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:')) return { external: true };
          // Inside a bundled package, its own dependencies come along (gray-matter's js-yaml).
          if (args.importer.includes('/node_modules/')) return undefined;
          return BUNDLED.has(packageOf(args.path)) ? undefined : { external: true };
        });
      },
    },
  ],
});

// The migrations are read from beside the module that runs them: dist/db/ (tsc) and dist/chunks/ (bundle).
for (const dir of ['dist/db/migrations', 'dist/chunks/migrations'])
  cpSync(at('src/db/migrations'), at(dir), { recursive: true });
writeFileSync(at('dist/.built'), `${new Date().toISOString()}\n`);
