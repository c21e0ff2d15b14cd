import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/pglite.ts';
import { startFakeOpenAI } from '../helpers/fake-openai.ts';
import { type FakeTelegram, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { modelAnswersEnv } from '../helpers/knowledge.ts';

const TOKEN = '999:process-token';

function runBot(env: Record<string, string>, args = ['bot']) {
  const child = spawn(process.execPath, ['bin/pendamping.js', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

const update = (fake: FakeTelegram, fields: Record<string, unknown>) => fake.pushUpdate(TOKEN, fields);
const from = { id: 4242, is_bot: false, first_name: 'Siti', language_code: 'id' };
const chat = { id: 4242, type: 'private', first_name: 'Siti' };

describe('the bot as a process', () => {
  const children: ChildProcess[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const close of closers.splice(0)) await close();
  });

  it('on SIGTERM mid-answer finishes the answer, logs it, and exits 0', async () => {
    const telegram = await startFakeTelegram();
    const openai = await startFakeOpenAI();
    closers.push(telegram.close, openai.close);
    // A slow model: the answer is still being written when SIGTERM arrives.
    openai.setChat({ kind: 'slow', delayMs: 2_500, content: 'HPP adalah harga pokok produksi. [1]' });
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-sigterm-'));
    const bot = runBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PENDAMPING_DATA_DIR: dataDir,
      ...modelAnswersEnv(openai.baseURL),
      LOG_LEVEL: 'info',
    });
    children.push(bot.child);
    const t0 = performance.now();
    const mark = (what: string) =>
      process.env.DEBUG_HARNESS && console.log(what, Math.round(performance.now() - t0));
    // A fresh data directory: the child migrates and loads the knowledge first (slow on a busy machine).
    await telegram.waitFor((calls) => calls.find((c) => c.method === 'getUpdates'), 180_000);
    mark('polling');
    update(telegram, { message: { message_id: 1, date: 1, chat, from, text: 'gimana cara ngitung HPP?' } });
    await telegram.waitFor((calls) => calls.find((c) => c.method === 'sendMessage'));
    update(telegram, {
      callback_query: {
        id: 'c1',
        from,
        chat_instance: 'x',
        data: 'consent',
        message: { message_id: 2, date: 1, chat },
      },
    });
    const since = telegram.calls.length;
    await telegram.waitFor((calls) => calls.slice(since).find((c) => c.method === 'sendChatAction'));
    await telegram.waitFor(() => openai.requests.some((r) => r.path.endsWith('/chat/completions')), 10_000);
    mark('sigterm');
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    mark('exited');
    expect(code, bot.stderr()).toBe(0);
    const answers = telegram.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && /HPP/.test(String(c.payload.text)));
    expect(answers).toHaveLength(1);
    const db = await openPglite(dataDir);
    try {
      const { rows } = await db.query<{ n: string }>(
        "select count(*) as n from interactions where channel = 'telegram' and question = 'gimana cara ngitung HPP?'",
      );
      const fallback = join(dataDir, 'interactions-fallback.jsonl');
      const stderrTail = bot.stderr().slice(-3000);
      expect(
        Number(rows[0]!.n),
        `${existsSync(fallback) ? readFileSync(fallback, 'utf8') : 'no fallback'}\n${stderrTail}`,
      ).toBe(1);
    } finally {
      await db.close();
    }
  }, 300_000);

  it('stops with exit code 2 and a clear message when the token is rejected', async () => {
    const telegram = await startFakeTelegram();
    closers.push(telegram.close);
    telegram.rejectAll();
    const bot = runBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-token-')),
      KNOWLEDGE_DIR: 'knowledge',
    });
    children.push(bot.child);
    expect(await bot.exited).toBe(2);
    expect(bot.stderr()).toMatch(/TELEGRAM_BOT_TOKEN: token ditolak/);
    expect(bot.stderr()).not.toContain(TOKEN);
  }, 120_000);

  it('stops at once with exit code 2 on a bad setting: an unwritable LOG_FILE, webhook mode without a secret', async () => {
    const cases: [Record<string, string>, string[]][] = [
      [{ LOG_FILE: '/proc/nonexistent/x.log', TELEGRAM_BOT_TOKEN: TOKEN }, ['bot']],
      [{ LOG_FILE: '/proc/nonexistent/x.log' }, ['ask', 'apa itu HPP']],
      [{ BOT_MODE: 'webhook', TELEGRAM_BOT_TOKEN: TOKEN }, ['bot']],
      [{}, ['bot']],
      [{ PENDAMPING_DATA_DIR: '/proc/nonexistent/data' }, ['ask', 'apa itu HPP']],
    ];
    for (const [env, args] of cases) {
      const started = performance.now();
      const bot = runBot({ PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-cfg-')), ...env }, args);
      children.push(bot.child);
      expect(await bot.exited, bot.stderr()).toBe(2);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(bot.stderr()).toMatch(/LOG_FILE|TELEGRAM_WEBHOOK_SECRET|TELEGRAM_BOT_TOKEN|PENDAMPING_DATA_DIR/);
    }
  }, 120_000);
  it('stops with a clear message and a non-zero exit when the Bot API accepts the connection and never answers', async () => {
    // A TCP server that accepts and stays silent: getMe used to wait for grammY's 500 s timeout, with no message.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    closers.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const root = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const bot = runBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: root,
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-silent-')),
      KNOWLEDGE_DIR: 'knowledge',
    });
    children.push(bot.child);
    const code = await bot.exited;
    expect(code, bot.stderr()).toBe(1);
    expect(sockets.length).toBeGreaterThan(0);
    expect(bot.stderr()).toMatch(
      /Bot API di http:\/\/127\.0\.0\.1:\d+ tidak menjawab dalam 15 detik saat getMe/,
    );
    expect(bot.stderr()).toMatch(/did not answer within 15 s on getMe/);
    expect(bot.stderr()).not.toContain(TOKEN);
  }, 120_000);

  it('stops with exit code 2 and the folder name when KNOWLEDGE_DIR is missing, not a raw ENOENT', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'pd-kb-missing-')), 'pengetahuan');
    for (const args of [
      ['ask', 'apa itu HPP?'],
      ['ingest', missing],
    ]) {
      const run = runBot(
        { PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-kb-')), KNOWLEDGE_DIR: missing },
        args,
      );
      children.push(run.child);
      expect(await run.exited, run.stderr()).toBe(2);
      expect(run.stderr()).toContain(missing);
      if (args[0] === 'ask')
        expect(run.stderr()).toContain(`KNOWLEDGE_DIR: folder basis pengetahuan ${missing} tidak ada`);
      expect(run.stderr()).not.toMatch(/ENOENT|\n\s+at /);
    }
  }, 120_000);
});
