import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { openApp } from '../app.ts';
import { startBot } from '../bot/run.ts';
import type { Config } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import type { Logger } from '../logger.ts';
import type { AnswerService } from '../rag/answer-service.ts';
// The fake Bot API server lives with the tests; the bench runs from a checkout of the repository.
import { type FakeTelegram, startFakeTelegram } from './fake-telegram.ts';

export interface BotBenchRun {
  name: string;
  updates: number;
  seconds: number;
  updatesPerSec: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface BotBenchResult {
  users: number;
  questionsPerUser: number;
  concurrency: number;
  echo: BotBenchRun;
  bot: BotBenchRun;
  /** The same bot with Telegram's 30 messages/s send limit lifted, to show what the throttle costs. */
  botUnthrottled: BotBenchRun;
  /** The bot with the answering core replaced by a fixed answer: what the Telegram layer itself costs. */
  botLayer: BotBenchRun;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const WARMUP = 3;
const round = (n: number) => Math.round(n * 10) / 10;

/** A constant answer in place of the core, to measure the bot's own work (consent, claims, buttons, sending). */
const fixedAnswers: AnswerService = {
  async answer(request) {
    return {
      question: request.text,
      answer: 'Jawaban tetap untuk mengukur lapisan bot.',
      answered: true,
      confidence: 1,
      language: 'id',
      outcome: 'answered',
      mode: 'none',
      sources: [],
      timings: { retrieveMs: 0, answerMs: 0 },
      interactionId: null,
    };
  },
};

/** Questions people really ask (the evaluation set), so the bench exercises the real answering path. */
export function benchQuestions(dir = 'test/eval/questions'): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { question: string }).question),
    );
}

/**
 * N users ask at once, each waiting for the reply before the next question (a closed loop, like people).
 * Latency is from the update entering the fake server's queue to the reply reaching it.
 */
async function drive(
  fake: FakeTelegram,
  token: string,
  options: { users: number; questions: number; pool: string[]; firstUser: number; name: string },
): Promise<BotBenchRun> {
  const waiting = new Map<number, (at: number) => void>();
  const unsubscribe = fake.subscribe((call) => {
    if (call.token !== token || call.method !== 'sendMessage' || call.status !== 200) return;
    const resolve = waiting.get(Number(call.payload.chat_id));
    if (resolve) {
      waiting.delete(Number(call.payload.chat_id));
      resolve(call.at);
    }
  });
  const latencies: number[] = [];
  let messageId = 1;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.users }, async (_, u) => {
      const id = options.firstUser + u;
      for (let q = 0; q < options.questions; q++) {
        const text = options.pool[(u * options.questions + q) % options.pool.length]!;
        const replied = new Promise<number>((resolve) => waiting.set(id, resolve));
        const sent = performance.now();
        fake.pushUpdate(token, {
          message: {
            message_id: messageId++,
            date: Math.floor(Date.now() / 1000),
            chat: { id, type: 'private', first_name: 'U' },
            from: { id, is_bot: false, first_name: 'U', language_code: 'id' },
            text,
          },
        });
        const timeout = new Promise<number>((_, reject) =>
          setTimeout(
            () => reject(new Error(`${options.name}: no reply to user ${id} within 60 s`)),
            60_000,
          ).unref(),
        );
        latencies.push((await Promise.race([replied, timeout])) - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  unsubscribe();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name: options.name,
    updates: latencies.length,
    seconds: round(seconds),
    updatesPerSec: round(latencies.length / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** Consents every simulated user first (not measured): the bench measures answering, not the privacy prompt. */
async function consentAll(fake: FakeTelegram, token: string, users: number, firstUser: number) {
  const since = fake.calls.length;
  for (let u = 0; u < users; u++) {
    const id = firstUser + u;
    fake.pushUpdate(token, {
      callback_query: {
        id: `consent-${id}`,
        from: { id, is_bot: false, first_name: 'U' },
        chat_instance: 'bench',
        data: 'consent',
        message: { message_id: 1, date: 1, chat: { id, type: 'private' } },
      },
    });
  }
  await fake.waitFor(
    (calls) =>
      calls.slice(since).filter((c) => c.token === token && c.method === 'sendMessage').length >= users,
    120_000,
  );
}

/**
 * The bot benchmark: the real bot (runner, embedded PGlite with the shipped knowledge, real answering)
 * against a minimal grammY echo bot on the same fake Bot API server, in the same run, same load.
 */
export async function runBotBench(
  config: Config,
  log: Logger,
  options: { users: number; questions: number; concurrency: number; onStage?: (name: string) => void },
): Promise<BotBenchResult> {
  const fake = await startFakeTelegram();
  const pool = benchQuestions();
  const botInfo = (username: string, id: number): UserFromGetMe =>
    ({
      id,
      is_bot: true,
      first_name: username,
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
    }) as UserFromGetMe;
  try {
    options.onStage?.('echo bot');
    const echoToken = '1:echo';
    const echo = new Bot(echoToken, { client: { apiRoot: fake.apiRoot }, botInfo: botInfo('echo_bot', 1) });
    echo.on('message:text', (ctx) => ctx.reply(ctx.message.text));
    const echoHandle = run(echo, { sink: { concurrency: options.concurrency } });
    // Each bot first answers a warm-up round (not measured): JIT, connection pools and the database's caches
    // settle, so both are measured in their steady state.
    await drive(fake, echoToken, { ...options, questions: WARMUP, pool, firstUser: 10_000, name: 'warm-up' });
    const echoRun = await drive(fake, echoToken, {
      ...options,
      pool,
      firstUser: 10_000,
      name: 'grammY echo bot',
    });
    await echoHandle.stop();
    fake.forget();

    const runs: BotBenchRun[] = [];
    for (const [name, globalSendRate, fixed] of [
      ['Pendamping IKM bot', config.bot.globalSendRate, false],
      ['Pendamping IKM bot, send limit lifted', 0, false],
      ['bot layer only: fixed answer, send limit lifted', 0, true],
    ] as const) {
      options.onStage?.(name);
      const db = await openPglite();
      await migrate(db);
      const app = await openApp(config, log, { db, ingest: 'if-empty' });
      const token = `2${runs.length}:bot`;
      const running = await startBot(
        token,
        { answers: fixed ? fixedAnswers : app.answers, db, log, fallback: app.fallback },
        {
          apiRoot: fake.apiRoot,
          botInfo: botInfo('pendamping_bench_bot', 2),
          mode: { kind: 'polling', concurrency: options.concurrency },
          pseudonymSecret: 'bench-secret-0123456789',
          // Simulated users ask back to back; a person would trip the per-user limit, the bench must not.
          rateLimit: { max: 1_000_000, windowMs: 1_000 },
          globalSendRate,
        },
      );
      try {
        await consentAll(fake, token, options.users, 20_000);
        await drive(fake, token, { ...options, questions: WARMUP, pool, firstUser: 20_000, name: 'warm-up' });
        runs.push(await drive(fake, token, { ...options, pool, firstUser: 20_000, name }));
      } finally {
        await running.stop();
        await db.close();
        fake.forget();
      }
    }
    return {
      users: options.users,
      questionsPerUser: options.questions,
      concurrency: options.concurrency,
      echo: echoRun,
      bot: runs[0]!,
      botUnthrottled: runs[1]!,
      botLayer: runs[2]!,
    };
  } finally {
    await fake.close();
  }
}

/** The Markdown section for BENCHMARKS.md, between markers so that other benches keep it. */
export function botBenchMarkdown(
  result: BotBenchResult,
  meta: { command: string; date: string; machine: string },
) {
  const row = (r: BotBenchRun) =>
    `| ${r.name} | ${r.updates} | ${r.updatesPerSec} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} |`;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
  return `${BOT_BENCH_START}
## Telegram bot: the real bot against a minimal grammY echo bot

${result.users} simulated users ask at once, ${result.questionsPerUser} questions each (questions from \`test/eval/questions\`),
each user waiting for the reply before asking again, after a warm-up round of ${WARMUP} questions per user that is not measured. Both bots run under \`@grammyjs/runner\` (concurrency
${result.concurrency}) and long-poll the same fake Bot API server over HTTP on 127.0.0.1, in one process. Latency runs from the
update entering the server's queue to the reply reaching it. The Pendamping bot answers for real: embedded PGlite
with the shipped knowledge, BM25 retrieval, extractive answers, interactions logged, typing indicator and buttons.

Measured ${meta.date} on ${meta.machine}, with \`${meta.command}\`.

| bot | updates | updates/s | p50 ms | p95 ms | max ms |
|---|---|---|---|---|---|
${row(result.echo)}
${row(result.bot)}
${row(result.botUnthrottled)}
${row(result.botLayer)}

- Throughput against the echo bot: ${ratio(result.bot.updatesPerSec, result.echo.updatesPerSec)}× with Telegram's send limit
  (goal at least 0.5×), ${ratio(result.botUnthrottled.updatesPerSec, result.echo.updatesPerSec)}× with it lifted.
- p95 latency against the echo bot: ${ratio(result.bot.p95Ms, result.echo.p95Ms)}× with the send limit (goal at most 2×),
  ${ratio(result.botUnthrottled.p95Ms, result.echo.p95Ms)}× with it lifted.
- The last row replaces the answering core with a fixed answer: the Telegram layer alone (update claim and
  user lookup in the database, consent check, rate limit, buttons, sending) runs at
  ${ratio(result.botLayer.updatesPerSec, result.echo.updatesPerSec)}× the echo bot's throughput, with ${ratio(result.botLayer.p95Ms, result.echo.p95Ms)}× its p95 latency. The rest of the gap is the core's retrieval and
  answer composition, which the bot awaits for every question.
- The send limit (\`BOT_GLOBAL_SEND_RATE\`, 30 messages a second by default) is Telegram's own broadcast limit: against the real
  Telegram a bot that sends faster gets 429s. The echo bot has no throttle, so the lifted run is the fair comparison of
  the work each bot does; the throttled run is what a deployment on one bot token can deliver.
${BOT_BENCH_END}`;
}

export const BOT_BENCH_START = '<!-- bot-bench:start -->';
export const BOT_BENCH_END = '<!-- bot-bench:end -->';

/** Puts the section into an existing report (replacing an older one) or at its end. */
export function withBotSection(report: string, section: string): string {
  const start = report.indexOf(BOT_BENCH_START);
  const end = report.indexOf(BOT_BENCH_END);
  if (start >= 0 && end > start)
    return `${report.slice(0, start)}${section}${report.slice(end + BOT_BENCH_END.length)}`;
  return `${report.trimEnd()}\n\n${section}\n`;
}
