/**
 * Renders messages as a Telegram user sees the bot's replies: the real grammY bot (runBotOnApp) on the
 * product's app with an embedded PGlite database in a fresh temporary data dir, against the fake Bot API
 * server over HTTP. No token, key or server is needed; the LLM is off (OPENAI_* are cleared).
 *
 *   cd <checkout> && npx tsx test/eval/telegram-transcript.ts MESSAGES.txt > out.txt
 *
 * MESSAGES.txt: messages separated by a line holding only `---`; `#` lines at the top of the file are
 * comments. A block labelled `followup` is a conversation: each of its lines is sent in turn, in one chat; in
 * any other block a `# then` line splits the block into messages sent in turn in one chat. `#` lines at the
 * top of a message are its options: `# label: money`, `# lang: en` (the Telegram language of that user,
 * default id). Each message gets a fresh private chat: /start, the
 * consent tap, then the message; when a reply offers numbered choices, the first one is tapped too.
 * The onboarding is printed once, from the first chat. The output's header names the checkout, its commit
 * and any uncommitted changes to tracked files; progress and logs go to stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from '../../src/bench/fake-telegram.ts';
import { checkTelegramHtml } from '../../src/bench/telegram-html.ts';
import { runBotOnApp } from '../../src/cli/bot.ts';
import { openCliApp } from '../../src/cli/context.ts';

const TOKEN = '123456:FAKE-transcript-token';
const FIRST_CHAT = 512_000;
/** A reply is complete when the chat has been quiet this long. */
const QUIET_MS = 1_500;
const REPLY_TIMEOUT_MS = 60_000;

interface Message {
  text: string;
  label?: string;
  lang: string;
}

type Button = { text: string; callback_data?: string };

function parseMessages(file: string): Message[] {
  const lines = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '---') blocks.push([]);
    else blocks.at(-1)!.push(line);
  }
  return blocks.flatMap((block) => {
    const options: Record<string, string> = {};
    while (block.length > 0 && (block[0]!.startsWith('#') || block[0]!.trim() === '')) {
      // The file's own comments come before the first message's options, and are skipped the same way.
      const option = /^#\s*(label|lang)\s*:\s*(.+)$/i.exec(block.shift()!);
      if (option) options[option[1]!.toLowerCase()] = option[2]!.trim();
    }
    const text = block.join('\n').trim();
    return text ? [{ text, label: options.label, lang: options.lang ?? 'id' }] : [];
  });
}

const keyboardOf = (call: RecordedCall): Button[][] =>
  (call.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? [];

function visible(call: RecordedCall): string {
  const text = String(call.payload.text ?? '');
  if (call.payload.parse_mode !== 'HTML') return text;
  const parsed = checkTelegramHtml(text);
  if (!parsed.ok) return text;
  // An expandable quote shows folded until tapped: its lines are marked so the reader of the transcript
  // sees what the user sees first.
  const fold = /<blockquote expandable>([\s\S]*?)<\/blockquote>/.exec(text);
  if (!fold) return parsed.text;
  const inside = checkTelegramHtml(fold[1]!);
  const folded = inside.ok ? inside.text : fold[1]!;
  const at = parsed.text.indexOf(folded);
  if (at < 0) return parsed.text;
  const marked = folded
    .split('\n')
    .map((line) => `┆ ${line}`)
    .join('\n');
  return `${parsed.text.slice(0, at)}[▸ folded, tap to expand]\n${marked}${parsed.text.slice(at + folded.length)}`;
}

/** What the user sees of one Bot API call, or nothing (typing, polling). */
function render(call: RecordedCall): string[] {
  const rows = keyboardOf(call).map((row) => row.map((b) => `[${b.text}]`).join(' '));
  if (call.status !== 200 && call.method !== 'getUpdates')
    return [`(Telegram refused the bot's ${call.method}: HTTP ${call.status})`];
  switch (call.method) {
    case 'sendMessage':
      return ['BOT:', visible(call), ...rows];
    case 'editMessageText':
      return ['BOT (edits an earlier message):', visible(call), ...rows];
    case 'editMessageReplyMarkup':
      return rows.length > 0 ? ['BOT (new buttons on an earlier message):', ...rows] : [];
    case 'answerCallbackQuery':
      return typeof call.payload.text === 'string' ? [`BOT (pop-up): ${call.payload.text}`] : [];
    default:
      return [];
  }
}

function createUser(fake: FakeTelegram, chatId: number, lang: string) {
  let nextId = 1;
  const from = { id: chatId, is_bot: false, first_name: 'Siti', last_name: 'Perajin', language_code: lang };
  const chat = { id: chatId, type: 'private' as const, first_name: 'Siti' };
  const date = () => Math.floor(Date.now() / 1000);
  let queryId = '';
  const mine = (call: RecordedCall) =>
    Number(call.payload.chat_id) === chatId || (queryId !== '' && call.payload.callback_query_id === queryId);

  /** Waits until the bot has shown something after `since` and the chat has been quiet for QUIET_MS. */
  async function replies(since: number): Promise<RecordedCall[]> {
    const started = Date.now();
    for (;;) {
      const calls = fake.calls.slice(since).filter(mine);
      const shown = calls.some((c) => render(c).length > 0);
      const last = calls.at(-1)?.at ?? -Infinity;
      if (shown && performance.now() - last >= QUIET_MS) return calls;
      if (Date.now() - started > REPLY_TIMEOUT_MS) return calls;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    async say(text: string) {
      const since = fake.calls.length;
      const command = /^\/\w+/.exec(text);
      const entities = command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
      fake.pushUpdate(TOKEN, {
        message: { message_id: nextId++, date: date(), chat, from, text, ...(entities ? { entities } : {}) },
      });
      return replies(since);
    },
    /** The message id is made up: the fake does not report the ids it gave the bot's messages. */
    async tap(data: string) {
      const since = fake.calls.length;
      queryId = `q${chatId}-${nextId}`;
      fake.pushUpdate(TOKEN, {
        callback_query: {
          id: queryId,
          from,
          chat_instance: `ci${chatId}`,
          message: { message_id: 1_000 + nextId++, date: date(), chat, text: '…' },
          data,
        },
      });
      return replies(since);
    },
  };
}

function printCalls(calls: RecordedCall[]): string[] {
  const lines = calls.flatMap(render);
  return lines.length > 0 ? lines : [`(no reply within ${REPLY_TIMEOUT_MS / 1000} s)`];
}

/** The first button of a "Maksudnya yang mana?" reply (numbered choices), if a reply offers one. */
function firstChoice(calls: RecordedCall[]): Button | undefined {
  for (const call of calls) {
    const first = keyboardOf(call)[0]?.[0];
    if (first?.callback_data && /^1\.\s/.test(first.text)) return first;
  }
  return undefined;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(file: string) {
  const messages = parseMessages(file);
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-transcript-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    PENDAMPING_DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: TOKEN,
    BOT_MODE: 'polling',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  };
  for (const name of ['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'RETRIEVAL_MODE', 'LOG_FILE'])
    delete env[name];
  const fake = await startFakeTelegram();
  env.TELEGRAM_API_ROOT = fake.apiRoot;
  const io = { stdin: process.stdin, stdout: process.stderr, stderr: process.stderr, env };
  const app = await openCliApp(io);
  const running = await runBotOnApp(app);
  const out: string[] = [];
  try {
    await app.cards.current();
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    out.push(
      `# rendered by test/eval/telegram-transcript.ts in ${process.cwd()} at commit ${git('rev-parse', '--short', 'HEAD')}${
        dirty && dirty !== 'unknown'
          ? ` (with uncommitted changes: ${dirty
              .split('\n')
              .map((l) => l.trim().split(/\s+/).pop())
              .join(', ')})`
          : ''
      }`,
      `# messages: ${resolve(file)}`,
      `# command: cd ${process.cwd()} && npx tsx test/eval/telegram-transcript.ts ${resolve(file)}`,
      '# real grammY bot (runBotOnApp) on embedded PGlite in a fresh temp dir, no LLM key; fake Telegram Bot API over HTTP.',
      '# Each message in its own private chat, after /start and the consent tap (shown once below).',
      '',
    );
    for (const [i, message] of messages.entries()) {
      const chatId = FIRST_CHAT + i;
      process.stderr.write(`message ${i + 1}/${messages.length}\n`);
      const user = createUser(fake, chatId, message.lang);
      const start = await user.say('/start');
      const consentButton = keyboardOf(start.find((c) => keyboardOf(c).length > 0) ?? start[0]!)
        .flat()
        .find((b) => b.callback_data === 'consent');
      const consent = consentButton ? await user.tap(consentButton.callback_data!) : [];
      if (i === 0)
        out.push(
          `=== onboarding (every chat; language ${message.lang} shown) ===`,
          'USER: /start',
          ...printCalls(start),
          consentButton ? `USER taps: [${consentButton.text}]` : '(no consent button)',
          ...printCalls(consent),
          '',
        );
      const label = message.label ? ` ${message.label}` : '';
      out.push(`=== ${i + 1}${label} (chat ${chatId}, Telegram language ${message.lang}) ===`);
      // A follow-up block is a conversation: each line is its own message in the same chat, in order. In any
      // block, a `# then` line starts the next message of the same chat (a follow-up after the bot's answer).
      const turns =
        message.label === 'followup'
          ? message.text.split('\n').filter((t) => t.trim())
          : message.text
              .split(/^#\s*then\s*$/im)
              .map((t) => t.trim())
              .filter((t) => t);
      for (const turn of turns) {
        const answer = await user.say(turn);
        out.push('USER:', turn, ...printCalls(answer));
        const choice = firstChoice(answer);
        if (choice)
          out.push(`USER taps: [${choice.text}]`, ...printCalls(await user.tap(choice.callback_data!)));
      }
      out.push('');
    }
  } finally {
    await running.stop();
    await fake.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npx tsx test/eval/telegram-transcript.ts MESSAGES.txt > out.txt\n');
  process.exit(2);
}
await main(file);
