import { createServer, type Server } from 'node:http';
import { run } from '@grammyjs/runner';
import { Api, type Bot, GrammyError, webhookCallback } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotMode } from '../config.ts';
import { createChatUsersRepo } from '../db/chat-users-repo.ts';
import { AppError } from '../errors.ts';
import type { BotContext, BotDeps } from './context.ts';
import { type BotConfig, createBot } from './index.ts';
import { translator } from './locales/index.ts';
import { whenIdle } from './middlewares/in-flight.ts';
import { createOutboxDelivery } from './outbox.ts';

export interface RunningBot {
  bot: Bot<BotContext>;
  /** Where webhook mode listens (undefined in polling mode). */
  port?: number;
  /** Stops taking updates, finishes the ones in flight (answered and logged), stops the outbox. */
  stop(): Promise<void>;
}

/**
 * getMe with the token: a token the Bot API rejects (401, or 404 for a malformed one) is a configuration
 * error (exit code 2), found before the database opens so that a bad token fails in a second.
 */
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

export async function checkToken(token: string, apiRoot?: string): Promise<UserFromGetMe> {
  try {
    return await new Api(token, { apiRoot }).getMe();
  } catch (error) {
    throw tokenError(error);
  }
}

/** The command menu, Indonesian by default and English for English clients. */
async function setCommands(bot: Bot<BotContext>) {
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
    );
  }
}

/**
 * Starts the bot the way the configuration says: long polling through @grammyjs/runner (bounded concurrency,
 * one chat's updates in order, other chats not held up) or a webhook server checking Telegram's secret
 * header. Also starts the outbox delivery loop. A token Telegram rejects is a configuration error (exit 2).
 */
export async function startBot(
  token: string,
  deps: BotDeps,
  options: BotConfig & { mode: BotMode; outboxIntervalMs?: number },
): Promise<RunningBot> {
  const bot = createBot(token, deps, options);
  try {
    await bot.init();
  } catch (error) {
    throw tokenError(error);
  }
  await setCommands(bot).catch((error) => deps.log.warn({ err: error }, 'setMyCommands failed'));
  const outbox = createOutboxDelivery({
    db: deps.db,
    api: new Api(token, { apiRoot: options.apiRoot }),
    users: createChatUsersRepo(deps.db),
    log: deps.log,
    intervalMs: options.outboxIntervalMs,
  });
  const prune = setInterval(
    () =>
      void createChatUsersRepo(deps.db)
        .pruneUpdates()
        .catch(() => undefined),
    3_600_000,
  );
  prune.unref();

  if (options.mode.kind === 'polling') {
    await bot.api.deleteWebhook();
    const handle = run(bot, {
      runner: {
        fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] },
      },
      sink: { concurrency: options.mode.concurrency },
    });
    outbox.start();
    deps.log.info({ mode: 'polling', bot: bot.botInfo.username }, 'bot started');
    return {
      bot,
      async stop() {
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
  const handleUpdate = webhookCallback(bot, 'http', {
    secretToken: mode.secret,
    onTimeout: 'return',
    timeoutMilliseconds: 55_000,
  });
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
    handleUpdate(req, res)
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
      })
      .finally(() => {
        if (--inFlight === 0) idle?.();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(mode.port, mode.host, resolve);
  });
  const port = (server.address() as { port: number }).port;
  if (mode.url)
    await bot.api.setWebhook(mode.url, {
      secret_token: mode.secret,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
  outbox.start();
  deps.log.info({ mode: 'webhook', port, path, bot: bot.botInfo.username }, 'bot started');
  return {
    bot,
    port,
    async stop() {
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
