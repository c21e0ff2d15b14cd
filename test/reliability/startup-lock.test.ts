import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/pglite.ts';

const PGLITE = resolve('src/db/pglite.ts');

/**
 * A child process that loads src/db/pglite.ts, then waits (spinning, for sub-millisecond alignment) until
 * the wall-clock time AT + round * STEP ms and takes the data-directory lock of DIR/<round>, for each
 * round; it prints one word per round and keeps what it took until it exits.
 */
const ROUNDS_CHILD = `
const { acquireDataDirLock } = await import(process.env.PGLITE_MODULE);
const at = Number(process.env.AT), step = Number(process.env.STEP), rounds = Number(process.env.ROUNDS);
const out = [];
for (let r = 0; r < rounds; r++) {
  while (performance.timeOrigin + performance.now() < at + r * step) {}
  try { acquireDataDirLock(process.env.DIR + '/' + r); out.push('ok'); } catch (e) { out.push(e.code ?? 'error'); }
}
process.stdout.write(out.join(' '));
`;

/** The same, through the whole of openPglite on one directory: opens, holds it a moment, closes. */
const OPEN_CHILD = `
const { openPglite } = await import(process.env.PGLITE_MODULE);
const at = Number(process.env.AT);
while (performance.timeOrigin + performance.now() < at) {}
try {
  const db = await openPglite(process.env.DIR);
  await db.query('select 1');
  process.stdout.write('opened');
  await new Promise((r) => setTimeout(r, 1000));
  await db.close();
} catch (e) { process.stdout.write(e.code ?? 'error'); }
`;

function child(script: string, env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, PGLITE_MODULE: PGLITE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk) => (out += String(chunk)));
    proc.stderr.on('data', (chunk) => (err += String(chunk)));
    proc.on('error', fail);
    proc.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`exit ${code}: ${err}`))));
  });
}

describe('the PGlite data-directory lock', () => {
  it('lets exactly one of two processes starting in the same moment take a directory (150 rounds)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-lock-race-'));
    const rounds = 150;
    for (let r = 0; r < rounds; r++) mkdirSync(join(dir, String(r)));
    // Both children load their modules first; the rounds start well after (a loaded machine is slow).
    const env = { DIR: dir, AT: String(Date.now() + 8_000), STEP: '15', ROUNDS: String(rounds) };
    const [a, b] = (await Promise.all([child(ROUNDS_CHILD, env), child(ROUNDS_CHILD, env)])).map((out) =>
      out.split(' '),
    );
    expect(a).toHaveLength(rounds);
    expect(b).toHaveLength(rounds);
    const both = a!.filter((word, r) => word === 'ok' && b![r] === 'ok').length;
    const neither = a!.filter((word, r) => word !== 'ok' && b![r] !== 'ok').length;
    expect({ both, neither }).toEqual({ both: 0, neither: 0 });
    expect(new Set([...a!, ...b!])).toEqual(new Set(['ok', 'DB_UNAVAILABLE']));
  }, 120_000);

  it('lets one of two processes open the database through openPglite, and tells the other who holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-lock-open-'));
    const env = { DIR: dir, AT: String(Date.now() + 8_000) };
    const outs = await Promise.all([child(OPEN_CHILD, env), child(OPEN_CHILD, env)]);
    expect(outs.sort()).toEqual(['DB_UNAVAILABLE', 'opened']);
    // Released on close: the directory opens again.
    expect(existsSync(join(dir, 'pendamping.lock'))).toBe(false);
  }, 120_000);

  it('takes over a lock left by a process that died, and an empty one left long ago', async () => {
    const dead = await new Promise<number>((done) => {
      const proc = spawn(process.execPath, ['-e', '0']);
      proc.on('exit', () => done(proc.pid!));
    });
    const stale = mkdtempSync(join(tmpdir(), 'pd-lock-stale-'));
    writeFileSync(join(stale, 'pendamping.lock'), String(dead));
    const release = acquireDataDirLock(stale);
    expect(readFileSync(join(stale, 'pendamping.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(stale, 'pendamping.lock'))).toBe(false);

    const empty = mkdtempSync(join(tmpdir(), 'pd-lock-empty-'));
    const lock = join(empty, 'pendamping.lock');
    writeFileSync(lock, '');
    // Just created by a process that has not written its pid yet: in use.
    expect(() => acquireDataDirLock(empty)).toThrow(/sedang dipakai proses lain|in use/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    acquireDataDirLock(empty)();
  });

  it('refuses a directory held by a live process, naming its pid', () => {
    const held = mkdtempSync(join(tmpdir(), 'pd-lock-held-'));
    writeFileSync(join(held, 'pendamping.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(held)).toThrow(new RegExp(`process ${process.ppid}`));
    expect(readFileSync(join(held, 'pendamping.lock'), 'utf8')).toBe(String(process.ppid));
  });
});
