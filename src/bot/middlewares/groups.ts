import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.ts';

/**
 * In groups the bot speaks only when spoken to: a message that mentions it, replies to it, or is a
 * command. Everything else in a group is left alone (and never logged).
 */
export async function groupsOnlyWhenAddressed(ctx: BotContext, next: NextFunction) {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return next();
  if (chat.type === 'channel') {
    ctx.outcome = 'channel-ignored';
    return;
  }
  if (ctx.callbackQuery) return next();
  const message = ctx.message;
  if (!message) {
    ctx.outcome = 'group-ignored';
    return;
  }
  const username = ctx.me.username.toLowerCase();
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const mentioned = entities.some(
    (e) => e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${username}`,
  );
  const repliedTo = message.reply_to_message?.from?.id === ctx.me.id;
  const command = entities.some((e) => e.type === 'bot_command' && e.offset === 0);
  if (mentioned || repliedTo || command) return next();
  ctx.outcome = 'group-ignored';
}

/** The message text without the bot's @mention, for the answer service. */
export function withoutMention(text: string, username: string): string {
  return text
    .replace(new RegExp(`@${username}\\b`, 'gi'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
