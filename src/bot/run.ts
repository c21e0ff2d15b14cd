import { createServer, type Server } from 'node:http';
import { run } from '@grammyjs/runner';
import { Api, type Bot, BotError, GrammyError, HttpError, webhookCallback } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { BotMode } from '../config.ts';
import { createChatUsersRepo } from '../db/chat-users-repo.ts';
import { AppError } from '../errors.ts';
import type { BotContext, BotDeps } from './context.ts';
import { type BotConfig, createBot, releaseDeferred } from './index.ts';
import { translator } from './locales/index.ts';
import { isDeadHolder } from './helpers/holder.ts';
import { CLAIM_LEASE_MS, wasReleased } from './middlewares/dedupe.ts';
import { whenIdle } from './middlewares/in-flight.ts';
import { answersThroughOutbox } from './helpers/answer-outbox.ts';
import { createOutboxDelivery } from './outbox.ts';
import { checkUpdate } from './update-schema.ts';
import { boundedHttpAdapter, refuse, WEBHOOK_BODY_LIMIT, WebhookRefusal } from './webhook-edge.ts';
import type { Logger } from '../logger.ts';

/** How long a Bot API call at start (getMe, setWebhook, deleteWebhook, setMyCommands) may take. */
export const START_TIMEOUT_MS = 15_000;

/** grammY types its signals with the abort-controller polyfill; a native one works (it only listens to it). */
type ApiSignal = Parameters<Api['getMe']>[0];
const timeoutSignal = (ms: number) => AbortSignal.timeout(ms) as unknown as ApiSignal;

export interface RunningBot {
  bot: Bot<BotContext>;
  /** Where webhook mode listens (undefined in polling mode). */
  port?: number;
  /** Stops taking updates, finishes the ones in flight (answered and logged), stops the outbox. */
  stop(): Promise<void>;
}

/** A token the Bot API rejects (401/404) is a configuration error: exit 2 with a clear message. */
function tokenError(error: unknown): unknown {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404))
    return new AppError(
      'CONFIG_INVALID',
      `TELEGRAM_BOT_TOKEN: rejected by the Bot API (${error.error_code})`,
      {
        cause: error,
        userMessage: `Konfigurasi tidak valid:\n  TELEGRAM_BOT_TOKEN: token ditolak oleh Bot API (${error.error_code} ${error.description}). Periksa token dari @BotFather.`,
      },
    );
  return error;
}

/**
 * A Bot API that cannot be reached, or accepts the connection and never answers, at start: a clear message
 * in Indonesian and English instead of a hang (grammY's own timeout is 500 s). The URL is named without the
 * token.
 */
function unreachable(
  error: unknown,
  method: string,
  apiRoot: string | undefined,
  timeoutMs: number,
): unknown {
  if (!(error instanceof HttpError)) return error;
  const root = apiRoot ?? 'https://api.telegram.org';
  const cause = error.error as { name?: string; code?: string } | undefined;
  const timedOut = cause?.name === 'AbortError' || cause?.name === 'TimeoutError';
  const why = timedOut ? `no answer within ${timeoutMs / 1000} s` : (cause?.code ?? 'network error');
  const kenapa = timedOut
    ? `tidak menjawab dalam ${timeoutMs / 1000} detik`
    : `tidak bisa dihubungi (${why})`;
  const english = timedOut ? `did not answer within ${timeoutMs / 1000} s` : `could not be reached (${why})`;
  return new AppError('TELEGRAM_UNREACHABLE', `Bot API at ${root}: ${method} failed (${why})`, {
    cause: error,
    userMessage:
      `Bot API di ${root} ${kenapa} saat ${method}. Periksa koneksi internet atau TELEGRAM_API_ROOT, lalu jalankan lagi.\n` +
      `The Bot API at ${root} ${english} on ${method}. Check the network or TELEGRAM_API_ROOT and start again.`,
  });
}

/** A Bot API call at start, bounded by `timeoutMs`; a rejected token or an unreachable API is an AppError. */
async function atStart<T>(
  method: string,
  call: (signal: ApiSignal) => Promise<T>,
  options: { apiRoot?: string; timeoutMs: number; log?: Logger },
): Promise<T> {
  try {
    return await call(timeoutSignal(options.timeoutMs));
  } catch (error) {
    const mapped = tokenError(unreachable(error, method, options.apiRoot, options.timeoutMs));
    if (mapped instanceof AppError)
      options.log?.error({ code: mapped.code, method }, mapped.userMessage.replace(/\n/g, ' '));
    throw mapped;
  }
}

/**
 * getMe with the token: a token the Bot API rejects (401, or 404 for a malformed one) is a configuration
 * error (exit code 2), found before the database opens so that a bad token fails in a second; a Bot API
 * that does not answer within `timeoutMs` is TELEGRAM_UNREACHABLE (exit code 1).
 */
export async function checkToken(
  token: string,
  apiRoot?: string,
  timeoutMs = START_TIMEOUT_MS,
): Promise<UserFromGetMe> {
  return atStart('getMe', (signal) => new Api(token, { apiRoot }).getMe(signal), { apiRoot, timeoutMs });
}

/** The command menu, Indonesian by default and English for English clients. */
async function setCommands(bot: Bot<BotContext>, signal: ApiSignal) {
  for (const locale of ['id', 'en'] as const) {
    const t = translator(locale);
    await bot.api.setMyCommands(
      [
        { command: 'start', description: t('commandsStart') },
        { command: 'bantuan', description: t('commandsHelp') },
        { command: 'sentra', description: t('commandsSentra') },
        { command: 'kriteria', description: t('commandsCriteria') },
        { command: 'hitung', description: t('commandsHitung') },
        { command: 'privasi', description: t('commandsPrivacy') },
        { command: 'hapus', description: t('commandsDelete') },
        { command: 'batal', description: t('commandsCancel') },
      ],
      locale === 'en' ? { language_code: 'en' } : {},
      signal,
    );
  }
}

/**
 * The edge every update passes, from the webhook or from getUpdates, before grammY builds a context: an
 * update that does not have the shape the bot relies on (update-schema.ts) is logged with where it is wrong
 * and acknowledged, never handled. Acknowledged, not refused: Telegram re-delivers an update answered with
 * an error for hours, and this one would fail the same way every time.
 */
function checkUpdatesAtTheEdge(bot: Bot<BotContext>, log: Logger) {
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update: Update, envelope?: Parameters<typeof handle>[1]) => {
    const checked = checkUpdate(update);
    if (!checked.ok) {
      const updateId = (update as { update_id?: unknown } | null)?.update_id;
      log.warn(
        {
          code: 'UPDATE_INVALID',
          updateId: Number.isSafeInteger(updateId) ? updateId : undefined,
          problems: checked.problems,
        },
        'invalid update acknowledged and ignored',
      );
      return;
    }
    return handle(checked.update, envelope);
  };
}

/**
 * The updates a stopped process claimed and did not finish (kill -9 mid-answer): long polling has already
 * confirmed most of them to Telegram, which will not deliver them again, so the next process finds them in
 * the database (kept with their claim for consented senders) and handles them; dedupe takes the claim over
 * and the outbox keys keep anything the dead process queued from being sent twice. At start and then
 * every few seconds; a claim whose holder lives and renews it is left alone.
 */
function recoverUnfinished(bot: Bot<BotContext>, deps: BotDeps, everyMs = 5_000) {
  const users = createChatUsersRepo(deps.db);
  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      // Writes kept in the fallback file during an outage go back as soon as the database answers, also
      // when no question comes to write them back (rag/interaction-log.ts).
      if (deps.fallback?.pending()) await deps.fallback.replay();
      for (const row of await users.unfinishedUpdates()) {
        const dead = row.holder !== null && isDeadHolder(row.holder);
        if (!dead && Date.now() - row.claimedAt.getTime() < CLAIM_LEASE_MS) continue;
        deps.log.warn(
          { updateId: row.updateId, code: 'UPDATE_RECOVERED', holderDead: dead },
          'unfinished update of a stopped process handled again',
        );
        void bot.handleUpdate(row.payload as Update).catch(async (error: unknown) => {
          if (error instanceof BotError)
            await Promise.resolve(bot.errorHandler(error)).catch(() => undefined);
          else deps.log.error({ err: error }, 'recovered update failed');
        });
      }
    } catch (error) {
      deps.log.warn({ err: error }, 'unfinished updates could not be read');
    } finally {
      sweeping = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Starts the bot the way the configuration says: long polling through @grammyjs/runner (bounded concurrency,
 * one chat's updates in order, other chats not held up) or a webhook server checking Telegram's secret
 * header. Also starts the outbox delivery loop. A token Telegram rejects is a configuration error (exit 2);
 * a Bot API that does not answer at start is TELEGRAM_UNREACHABLE after `startTimeoutMs`.
 */
export async function startBot(
  token: string,
  deps: BotDeps,
  options: BotConfig & {
    mode: BotMode;
    outboxIntervalMs?: number;
    startTimeoutMs?: number;
    /** Largest webhook body accepted (413 above). */
    webhookBodyLimit?: number;
    /** Scales Telegram's retry_after in the outbox (tests only; 1 in the product). */
    outboxRetryAfterScale?: number;
  },
): Promise<RunningBot> {
  const bot = createBot(token, deps, options);
  checkUpdatesAtTheEdge(bot, deps.log);
  const outbox = createOutboxDelivery({
    db: deps.db,
    api: new Api(token, { apiRoot: options.apiRoot }),
    users: createChatUsersRepo(deps.db),
    log: deps.log,
    intervalMs: options.outboxIntervalMs,
    retryAfterScale: options.outboxRetryAfterScale,
  });
  // The bot's messages while it handles an update go through the outbox (before any update arrives: each
  // update's client copies the transformers installed by then).
  bot.api.config.use(answersThroughOutbox(outbox, deps.log));
  const start = {
    apiRoot: options.apiRoot,
    timeoutMs: options.startTimeoutMs ?? START_TIMEOUT_MS,
    log: deps.log,
  };
  await atStart('getMe', (signal) => bot.init(signal), start);
  await setCommands(bot, timeoutSignal(start.timeoutMs)).catch((error) =>
    deps.log.warn({ err: error }, 'setMyCommands failed'),
  );
  const prune = setInterval(
    () =>
      void createChatUsersRepo(deps.db)
        .pruneUpdates()
        .then(() => outbox.repo.pruneAnswers())
        .catch(() => undefined),
    3_600_000,
  );
  prune.unref();

  if (options.mode.kind === 'polling') {
    await atStart('deleteWebhook', (signal) => bot.api.deleteWebhook({}, signal), start);
    const handle = run(bot, {
      runner: {
        fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] },
      },
      sink: { concurrency: options.mode.concurrency },
    });
    outbox.start();
    const stopRecovery = recoverUnfinished(bot, deps);
    deps.log.info({ mode: 'polling', bot: bot.botInfo.username }, 'bot started');
    return {
      bot,
      async stop() {
        // Messages held by the rate limit are handled now, not after their wait (the runner waits for them).
        releaseDeferred(bot);
        stopRecovery();
        if (handle.isRunning()) await handle.stop();
        await whenIdle(bot);
        await outbox.stop();
        clearInterval(prune);
      },
    };
  }

  const mode = options.mode;
  const path = mode.url ? new URL(mode.url).pathname : '/telegram';
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const handleUpdate = webhookCallback(
    bot,
    boundedHttpAdapter(options.webhookBodyLimit ?? WEBHOOK_BODY_LIMIT),
    {
      secretToken: mode.secret,
      onTimeout: 'return',
      timeoutMilliseconds: 55_000,
    },
  );
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) {
      res.writeHead(404).end();
      return;
    }
    inFlight++;
    (handleUpdate(req, res) as Promise<unknown>)
      .catch(async (error: unknown) => {
        if (error instanceof WebhookRefusal) {
          deps.log.warn({ code: error.code, status: error.status }, 'webhook request refused');
          refuse(req, res, error);
          return;
        }
        if (error instanceof BotError) {
          // The same handling as polling (the runner calls the error handler): logged, and the user gets an
          // apology in their language. An update given back (nothing reached the user) answers 500 so that
          // Telegram delivers it again; one that was answered, or failed too often, is acknowledged.
          await Promise.resolve(bot.errorHandler(error)).catch((handlerError: unknown) =>
            deps.log.error({ err: handlerError }, 'error handler failed'),
          );
          if (!res.headersSent) res.writeHead(wasReleased(error.ctx.update) ? 500 : 200).end();
          return;
        }
        deps.log.error({ err: error }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
      })
      .finally(() => {
        if (--inFlight === 0) idle?.();
      });
  });
  // Idle keep-alive connections stay open longer than the usual proxy's (60 s), so a proxy in front never
  // writes a request into a socket this server is closing at that moment (its client would see a reset).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(mode.port, mode.host, resolve);
  });
  const port = (server.address() as { port: number }).port;
  if (mode.url) {
    const url = mode.url;
    await atStart(
      'setWebhook',
      (signal) =>
        bot.api.setWebhook(
          url,
          {
            secret_token: mode.secret,
            allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
          },
          signal,
        ),
      start,
    ).catch(async (error) => {
      await new Promise((resolve) => server.close(resolve));
      throw error;
    });
  }
  outbox.start();
  const stopRecovery = recoverUnfinished(bot, deps);
  deps.log.info({ mode: 'webhook', port, path, bot: bot.botInfo.username }, 'bot started');
  return {
    bot,
    port,
    async stop() {
      releaseDeferred(bot);
      stopRecovery();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        if (inFlight === 0) resolve();
      });
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
      await whenIdle(bot);
      await outbox.stop();
      clearInterval(prune);
    },
  };
}
