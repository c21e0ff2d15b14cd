import { createConfig } from '../config.ts';
import { startDashboard } from '../dashboard/server.ts';
import { createSignInLinks } from '../dashboard/sign-in.ts';
import { botCommand, preflight, runBotOnApp, untilSignal } from './bot.ts';
import { chatCommand } from './chat.ts';
import { openCliApp } from './context.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

/**
 * `npm start`: the product on its defaults. Without TELEGRAM_BOT_TOKEN, the terminal chat. With it, the
 * Telegram bot and the mentor workspace in one process, so that the embedded database (one process only)
 * serves both; /masuk in the bot signs mentors in to this workspace. In webhook mode the bot's webhook
 * takes PORT, so the workspace runs as its own process (`pendamping dashboard`, on the same DATABASE_URL).
 */
export async function startCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const config = createConfig(io.env);
  if (!config.telegramToken) return chatCommand(args, io);
  if (config.bot.mode.kind === 'webhook') return botCommand(args, io);
  const botInfo = await preflight(config, config.telegramToken);
  const app = await openCliApp(io);
  try {
    const signal = untilSignal();
    const dashboard = await startDashboard(app);
    const links = createSignInLinks(app.db, app.config, {
      baseUrl: app.config.dashboard.publicUrl ?? dashboard.url,
    });
    const running = await runBotOnApp(app, { botInfo, signInLink: links.linkFor });
    await write(
      io.stderr,
      `Bot @${running.bot.botInfo.username} berjalan (polling); ruang kerja mentor di ${dashboard.url}. Ctrl-C untuk berhenti.`,
    );
    const received = await signal;
    app.log.info({ signal: received }, 'stopping the bot and the workspace');
    await running.stop();
    await dashboard.close();
    await write(io.stderr, 'Bot dan ruang kerja berhenti.');
    return EXIT.ok;
  } finally {
    await app.close();
  }
}
