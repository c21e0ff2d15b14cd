import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard } from '../../src/dashboard/server.ts';
import { openWorkspace, type Workspace } from '../dashboard/workspace.ts';
import { engines } from '../helpers/db.ts';
import { read } from './files.ts';

const run = promisify(execFile);
const SCRIPT = new URL('../../bin/healthcheck.js', import.meta.url).pathname;

/** bin/healthcheck.js for `command` against PORT, as the image's HEALTHCHECK runs it. */
async function health(command: string, port: number, env: Record<string, string> = {}) {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, command], {
      env: { PATH: process.env.PATH, PORT: String(port), HEALTHCHECK_TIMEOUT_MS: '2000', ...env },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

/** A port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the image HEALTHCHECK (bin/healthcheck.js) in every mode', () => {
  let ws: Workspace;
  let dashboard: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    ws = await openWorkspace(engines()[0]!);
    dashboard = await startDashboard(ws.app, { port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await dashboard?.close();
    await ws?.close();
  });

  it('start and dashboard: healthy while the real mentor workspace serves on PORT', async () => {
    const port = Number(new URL(dashboard.url).port);
    for (const command of ['start', 'dashboard']) {
      const result = await health(command, port);
      expect(result).toEqual({ code: 0, stdout: expect.stringContaining('mentor workspace') });
    }
  });

  it('webhook mode: healthy on the webhook server GET /healthz', async () => {
    // The contract with src/bot/run.ts, whose webhook server answers GET /healthz with 200 "ok".
    expect(read('src/bot/run.ts')).toMatch(/req\.url === '\/healthz'/);
    const server = createServer((req, res) => res.writeHead(req.url === '/healthz' ? 200 : 404).end('ok'));
    const port = await listen(server);
    try {
      const result = await health('bot', port, { BOT_MODE: 'webhook' });
      expect(result).toEqual({ code: 0, stdout: expect.stringContaining('GET /healthz') });
    } finally {
      server.close();
    }
  });

  it('unhealthy when nothing answers on PORT, or only with errors', async () => {
    const port = await closedPort();
    expect((await health('start', port)).code).toBe(1);
    expect((await health('bot', port, { BOT_MODE: 'webhook' })).code).toBe(1);
    const broken = createServer((_req, res) => res.writeHead(500).end());
    const brokenPort = await listen(broken);
    try {
      expect(await health('dashboard', brokenPort)).toEqual({
        code: 1,
        stdout: expect.stringContaining('500'),
      });
    } finally {
      broken.close();
    }
  });

  it('polling bot alone: no port to check, healthy while the process runs', async () => {
    expect(await health('bot', await closedPort(), { BOT_MODE: 'polling' })).toMatchObject({ code: 0 });
  });
});
