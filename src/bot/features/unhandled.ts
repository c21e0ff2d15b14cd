import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Last: a button from an old message, or an update kind the bot does not use. Never an error. */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  ctx.outcome = 'stale-button';
  await ctx.answerCallbackQuery();
});

unhandledFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  ctx.outcome = `membership-${status}`;
  // "kicked" in a private chat is the user blocking the bot: stop trying to deliver to them.
  if (ctx.chat.type === 'private' && status === 'kicked') await ctx.deps.users.markBlocked(ctx.chat.id);
});

unhandledFeature.use((ctx) => {
  ctx.outcome ??= 'unhandled';
});
