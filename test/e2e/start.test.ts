import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../helpers/fake-telegram.ts';

const TOKEN = '777:start-token';
const artisan = { id: 4242, is_bot: false, first_name: 'Siti', language_code: 'id' };
const mentor = { id: 77, is_bot: false, first_name: 'Sari', language_code: 'id' };
const chatOf = (user: { id: number; first_name: string }) => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
});

function say(fake: FakeTelegram, user: typeof artisan, text: string) {
  const command = /^\/\w+/.exec(text);
  fake.pushUpdate(TOKEN, {
    message: {
      message_id: fake.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(user),
      from: user,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  });
}

function textsTo(fake: FakeTelegram, chatId: number): string[] {
  return fake.sent('sendMessage', { chatId }).map((call) => String(call.payload.text));
}

/**
 * `pendamping start` with a bot token, as an operator runs it: one process serves the bot and the mentor
 * workspace on the embedded database. A declined question is handed off; the mentor signs in with /masuk,
 * answers in the workspace, and the reply reaches the artisan's chat through the Bot API.
 */
describe('pendamping start: bot and workspace in one process', () => {
  const children: ChildProcess[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const close of closers.splice(0)) await close();
  });

  it('hands off, signs the mentor in through /masuk, and delivers the reply into the chat', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-start-'));
    const base = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PENDAMPING_DATA_DIR: dataDir,
      KNOWLEDGE_DIR: 'knowledge',
    };
    const added = spawnSync(
      process.execPath,
      ['bin/pendamping.js', 'mentor', 'add', '--telegram-id', '77', '--role', 'mentor', '--name', 'Sari'],
      { env: base, encoding: 'utf8' },
    );
    expect(added.status, added.stderr).toBe(0);

    const telegram = await startFakeTelegram();
    closers.push(telegram.close);
    const child = spawn(process.execPath, ['bin/pendamping.js', 'start'], {
      env: { ...base, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const workspaceUrl = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /ruang kerja mentor di (http:\/\/\S+?)\.\s/.exec(stderr);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 50);
      setTimeout(() => {
        clearInterval(timer);
        reject(new Error(`start did not come up: ${stderr}`));
      }, 120_000);
    });

    // The artisan asks something the knowledge cannot answer, consents, and is handed off.
    say(telegram, artisan, 'Berapa harga emas hari ini?');
    await telegram.waitFor(() => textsTo(telegram, artisan.id).length > 0);
    telegram.pushUpdate(TOKEN, {
      callback_query: {
        id: 'consent-1',
        from: artisan,
        chat_instance: 'x',
        data: 'consent',
        message: { message_id: 1, date: 1, chat: chatOf(artisan) },
      },
    });
    await telegram.waitFor(
      () => textsTo(telegram, artisan.id).some((text) => /diteruskan/.test(text)),
      30_000,
    );

    // The mentor asks the bot for a sign-in link and opens it.
    say(telegram, mentor, '/masuk');
    const link = await telegram.waitFor(() => {
      for (const text of textsTo(telegram, mentor.id)) {
        const match = /(http:\/\/\S+\/masuk\?t=\S+)/.exec(text);
        if (match) return match[1];
      }
      return undefined;
    }, 30_000);
    expect(link.startsWith(workspaceUrl)).toBe(true);
    // The link opens a confirmation page (so that a chat's link preview cannot spend it); its button posts.
    expect(await (await fetch(link)).text()).toContain('Masuk ke ruang kerja');
    const signIn = await fetch(`${workspaceUrl}/masuk`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: workspaceUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t: new URL(link).searchParams.get('t') ?? '' }).toString(),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie, `${signIn.status} ${await signIn.text()}`).toMatch(/=/);
    // The hand-off row may land just after the reply: poll the queue briefly.
    let queue = '';
    let id: string | undefined;
    for (let i = 0; i < 50 && !id; i++) {
      queue = await (await fetch(`${workspaceUrl}/antrian`, { headers: { cookie } })).text();
      id = /\/antrian\/(\d+)/.exec(queue)?.[1];
      if (!id) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(id, queue.slice(0, 500)).toBeDefined();
    const page = await (await fetch(`${workspaceUrl}/antrian/${id}`, { headers: { cookie } })).text();
    expect(page).toContain('harga emas');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    const reply = 'Harga emas berubah tiap hari; cek di Pegadaian atau toko emas terdekat. <b>&</b>';
    const posted = await fetch(`${workspaceUrl}/antrian/${id}/balas`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: workspaceUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf ?? '', balasan: reply }).toString(),
    });
    expect(posted.status).toBeLessThan(400);

    // The bot's outbox loop delivers the signed reply into the artisan's chat, once, HTML intact.
    const delivered = await telegram.waitFor(
      () => textsTo(telegram, artisan.id).find((text) => text.includes('Pegadaian')),
      30_000,
    );
    expect(delivered).toContain('Sari');
    // Sent as plain text (no parse_mode): the mentor's markup-like text arrives exactly as written.
    expect(delivered).toContain('<b>&</b>');
    const sent = telegram
      .sent('sendMessage', { chatId: artisan.id })
      .find((call) => String(call.payload.text).includes('Pegadaian'));
    expect(sent?.payload.parse_mode).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(textsTo(telegram, artisan.id).filter((text) => text.includes('Pegadaian'))).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
  }, 180_000);
});
