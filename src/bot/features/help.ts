import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';

export const helpFeature = new Composer<BotContext>();

helpFeature.command(['bantuan', 'help'], async (ctx) => {
  ctx.outcome = 'help';
  await replyText(ctx, ctx.t('help', { bot: ctx.me.username }));
});
