#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (`npm run build`, and the Docker image) when it is there and not
// older than the sources; otherwise the TypeScript sources through tsx, so a clone needs no build step and
// an edit is never hidden behind a stale build.
import { readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep the compiled bytecode of every module on disk (in the system's temporary
// folder), so that a second start skips most of the parsing; Node 20 has no such cache and goes on.
module.enableCompileCache?.();

// A command that answers once and exits (`ask`, `hitung`, ...) runs PGlite's WebAssembly for about a
// second. V8 starts every wasm function on its baseline compiler and recompiles the hot ones with its
// optimising compiler in the background: for a short run that recompiling costs more CPU than it saves
// (a warm `ask`: about a quarter of its CPU time, and wall time on a busy 2-core machine). A larger
// budget leaves a short run on the baseline code; a long one (the bot, the workspace, an evaluation)
// keeps V8's default. Set before PGlite compiles its module, which is the first wasm this process runs.
const ONE_SHOT = new Set(['ask', 'hitung', 'check', 'directory', 'mentor']);
if (ONE_SHOT.has(process.argv[2] ?? '')) v8.setFlagsFromString('--wasm-tiering-budget=180000000');

const root = new URL('../', import.meta.url);
const stamp = new URL('dist/.built', root);
const sources = fileURLToPath(new URL('src/', root));

/** Newest modification time under dir, in ms; 0 when dir does not exist (the image ships dist/ only). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = `${dir}${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(`${path}/`) : statSync(path).mtimeMs);
  }
  return latest;
}

function compiled() {
  try {
    return statSync(stamp).mtimeMs >= newest(sources);
  } catch {
    return false;
  }
}

// A reader that stops early (`| head`) closes the pipe: end quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let main;
if (compiled()) {
  main = new URL('dist/cli/main.js', root);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  main = new URL('src/cli/main.ts', root);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
