import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testKnowledge } from './workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'pendamping.js');

function start(args: string[], env: Record<string, string>) {
  const full: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...env };
  for (const key of Object.keys(full)) if (full[key] === undefined) delete full[key];
  const child = spawn(process.execPath, [BIN, ...args], { env: full as NodeJS.ProcessEnv });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (out.stdout += chunk));
  child.stderr.on('data', (chunk) => (out.stderr += chunk));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.end();
  return { child, out, done };
}

async function run(args: string[], env: Record<string, string>) {
  const { out, done } = start(args, env);
  return { code: await done, ...out };
}

describe('pendamping mentor and pendamping dashboard', () => {
  it('adds a mentor, prints a one-time link, serves the workspace on it, and stops on SIGTERM', async () => {
    const env = {
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-cli-ws-')),
      KNOWLEDGE_DIR: testKnowledge(),
    };
    expect(
      (await run(['mentor', 'add', '--telegram-id', '77', '--role', 'sultan', '--name', 'X'], env)).code,
    ).toBe(2);
    expect((await run(['mentor', 'link', 'abc'], env)).code).toBe(2);
    expect((await run(['mentor'], env)).code).toBe(2);
    const unknown = await run(['mentor', 'link', '77'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('belum diizinkan');
    const added = await run(
      ['mentor', 'add', '--telegram-id', '77', '--role', 'admin', '--name', 'Rina'],
      env,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Rina (Telegram 77) diizinkan sebagai admin');
    expect((await run(['mentor', 'list'], env)).stdout).toMatch(/^77\tadmin\taktif\tRina/m);
    const link = await run(['mentor', 'link', '77'], { ...env, PUBLIC_URL: 'https://ikm.example/' });
    expect(link.code).toBe(0);
    const token = new URL(link.stdout.trim()).searchParams.get('t');
    expect(link.stdout.trim()).toMatch(/^https:\/\/ikm\.example\/masuk\?t=/);

    const server = start(['dashboard', '--port', '0'], env);
    try {
      const deadline = Date.now() + 60_000;
      while (!/berjalan di (\S+)/.test(server.out.stdout) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const url = /berjalan di (http:\/\/127\.0\.0\.1:\d+)/.exec(server.out.stdout)![1]!;
      const signIn = await fetch(`${url}/masuk`, {
        method: 'POST',
        body: new URLSearchParams({ t: token! }),
        redirect: 'manual',
      });
      expect(signIn.status).toBe(303);
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const people = await fetch(`${url}/orang`, { headers: { cookie } });
      expect(people.status).toBe(200);
      expect(await people.text()).toContain('Rina');
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.done).toBe(0);
  }, 120_000);

  it('exits 2 with a clear message on a bad port', async () => {
    const result = await run(['dashboard', '--port', '99999'], {
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-cli-ws-')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port harus nomor port');
  });
});
