import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run build` and the compiled `pendamping ask` as a user runs them, in a copy of the checkout: the
// command line is one bundle plus shared chunks, so a warm `ask` loads a few dozen files rather than
// ~200 (zod alone was 95), and the bundle still finds what it reads beside itself (migrations, prompts,
// package.json, the area list). Speed itself is measured by bin/bench-start.js, not asserted here.

const ROOT = resolve('.');
const COPIED = ['bin', 'src', 'knowledge', 'prompts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * Records every module file the process loads into LOADED_LOG: ES modules through a loader hook,
 * CommonJS requires (gray-matter's js-yaml) through Module._load.
 */
const HOOK = `
import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent(
  "import { appendFileSync } from 'node:fs';" +
  "export async function load(url, context, next) {" +
  "  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\\\n');" +
  "  return next(url, context); }"));
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const loaded = load.apply(this, arguments);
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    if (file.startsWith('/')) appendFileSync(process.env.LOADED_LOG, 'file://' + file + '\\n');
  } catch {}
  return loaded;
};
`;

describe('the compiled command line', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pd-build-'));
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'hook.mjs'), HOOK);
    mkdirSync(join(dir, 'data'));
    const built = spawnSync(process.execPath, ['bin/build.js'], { cwd: dir, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function ask(question: string, log: string) {
    const env: Record<string, string | undefined> = {
      ...process.env,
      PENDAMPING_DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'warn',
      LOADED_LOG: log,
    };
    delete env.DATABASE_URL;
    delete env.OPENAI_API_KEY;
    delete env.KNOWLEDGE_DIR;
    const run = spawnSync(
      process.execPath,
      ['--import', './hook.mjs', 'bin/pendamping.js', 'ask', '--json', question],
      { cwd: dir, env, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const loaded = readFileSync(log, 'utf8').trim().split('\n');
    const { answered, answer, sources, outcome } = JSON.parse(run.stdout);
    return { answer: { answered, answer, sources, outcome }, loaded };
  }

  it('answers a first and a warm ask from the bundle, without zod or commander files', () => {
    // First run: creates the database (migrations read from beside the bundle's chunks) and ingests.
    const first = ask('apa itu hpp', join(dir, 'first.log'));
    expect(first.answer.answered).toBe(true);
    expect(first.answer.answer).toMatch(/HPP/);

    const warm = ask('apa itu hpp', join(dir, 'warm.log'));
    expect(warm.answer).toEqual(first.answer);
    const ours = warm.loaded.filter((url) => url.includes(`${dir}/dist/`));
    // tsc's build loaded 90 of our files here; the bundle's entry and a few dozen chunks now.
    expect(ours.every((url) => /\/dist\/(cli\/main|chunks\/[\w-]+)\.js$/.test(url))).toBe(true);
    expect(ours.length).toBeLessThan(40);
    // The bundled packages come from the bundle, not from node_modules.
    const packages = new Set(
      warm.loaded.flatMap((url) => url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? []),
    );
    for (const name of ['zod', 'commander', 'gray-matter', 'js-yaml', 'papaparse', 'cli-progress'])
      expect(packages).not.toContain(name);
  }, 120_000);
});
