import { createConfig } from '../config.ts';
import { chatCommand } from './chat.ts';
import type { CliIo } from './io.ts';

/**
 * `npm start`: the product on its defaults. With TELEGRAM_BOT_TOKEN it runs the Telegram bot (see
 * `runBotOnApp` in bot.ts, which a combined bot + workspace process can call on one shared app);
 * without it, the terminal chat on the embedded database.
 */
export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const config = createConfig(io.env);
  if (config.telegramToken) return (await import('./bot.ts')).botCommand(args, io);
  return chatCommand(args, io);
}
