import { closeSync } from 'node:fs';
import type { App } from '../app.ts';
import type { UserFromGetMe } from 'grammy/types';
import { checkToken, type RunningBot, startBot } from '../bot/run.ts';
import type { BotDeps } from '../bot/context.ts';
import { type Config, createConfig } from '../config.ts';
import { createSignInLinks } from '../dashboard/sign-in.ts';
import { AppError } from '../errors.ts';
import { openLogFile } from '../logger.ts';
import { openCliApp } from './context.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

/**
 * Starts the bot on an opened app, for `pendamping bot` and `pendamping start`. The returned handle stops
 * it; a caller that also serves the mentor workspace passes `signInLink` and shares the same app.
 */
export async function runBotOnApp(
  app: App,
  extra: Pick<BotDeps, 'signInLink'> & { botInfo?: UserFromGetMe } = {},
): Promise<RunningBot> {
  const { botInfo, ...deps } = extra;
  const { config } = app;
  if (!config.telegramToken)
    throw new AppError('CONFIG_INVALID', 'TELEGRAM_BOT_TOKEN is required', {
      userMessage:
        'Konfigurasi tidak valid:\n  TELEGRAM_BOT_TOKEN: wajib diisi untuk menjalankan bot (token dari @BotFather)',
    });
  return startBot(
    config.telegramToken,
    // The card index is read while the bot starts; a message that comes first is told "sebentar ya".
    {
      answers: app.answers,
      db: app.db,
      log: app.log,
      fallback: app.fallback,
      ready: app.cards.current(),
      ...deps,
    },
    {
      botInfo,
      apiRoot: config.bot.apiRoot,
      mode: config.bot.mode,
      pseudonymSecret: config.bot.pseudonymSecret,
      rateLimit: config.bot.rateLimit,
      globalSendRate: config.bot.globalSendRate,
      transcribe: config.transcribe,
    },
  );
}

/** Every bad setting fails before the database opens: an unwritable LOG_FILE, then a rejected token. */
export async function preflight(config: Config, token: string): Promise<UserFromGetMe> {
  if (config.log.file) closeSync(openLogFile(config.log.file));
  return checkToken(token, config.bot.apiRoot);
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals) => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

export async function botCommand(_args: ParsedArgs, io: CliIo): Promise<number> {
  // Check the configuration before the database opens: a missing token fails fast.
  const config = createConfig(io.env);
  if (!config.telegramToken) {
    await write(
      io.stderr,
      'Konfigurasi tidak valid:\n  TELEGRAM_BOT_TOKEN: wajib diisi untuk menjalankan bot (token dari @BotFather)',
    );
    return EXIT.usage;
  }
  const botInfo = await preflight(config, config.telegramToken);
  const app = await openCliApp(io);
  try {
    const signal = untilSignal();
    // /masuk links point at the workspace (PUBLIC_URL), which may run as another process on the same database.
    const running = await runBotOnApp(app, {
      botInfo,
      signInLink: createSignInLinks(app.db, app.config).linkFor,
    });
    await write(
      io.stderr,
      `Bot @${running.bot.botInfo.username} berjalan (${config.bot.mode.kind}${running.port ? `, port ${running.port}` : ''}). Ctrl-C untuk berhenti.`,
    );
    const received = await signal;
    app.log.info({ signal: received }, 'stopping the bot');
    await running.stop();
    await write(io.stderr, 'Bot berhenti.');
    return EXIT.ok;
  } finally {
    await app.close();
  }
}
