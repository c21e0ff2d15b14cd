import { createConfig } from '../config.ts';
import { chatCommand } from './chat.ts';
import { type CliIo, write } from './io.ts';

/**
 * `npm start`: the product on its defaults. Without a Telegram token it is the terminal chat on the
 * embedded database; the Telegram bot is not part of this version yet, so a token is reported and
 * the chat starts anyway.
 */
export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const config = createConfig(io.env);
  if (config.telegramToken) {
    await write(
      io.stderr,
      'TELEGRAM_BOT_TOKEN diatur, tetapi bot Telegram belum tersedia di versi ini; menjalankan chat terminal.',
    );
  }
  return chatCommand(args, io);
}
