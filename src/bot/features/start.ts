import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';
import { answerAndReply } from './question.ts';

/** /start, /privasi and the consent button. */
export const startFeature = new Composer<BotContext>();

async function showPrivacy(ctx: BotContext, intro?: string) {
  const user = await ctx.deps.users.get(ctx.userRef!).catch(() => null);
  const consented = Boolean(user?.consentedAt);
  const text = [intro, ctx.t('privacy'), consented ? ctx.t('privacyConsented') : undefined]
    .filter(Boolean)
    .join('\n\n');
  await replyText(
    ctx,
    text,
    consented ? {} : { reply_markup: new InlineKeyboard().text(ctx.t('consentButton'), 'consent') },
  );
}

startFeature.command('start', async (ctx) => {
  ctx.outcome = 'start';
  await showPrivacy(ctx, ctx.t('welcome'));
});

startFeature.command(['privasi', 'privacy'], async (ctx) => {
  ctx.outcome = 'privacy';
  await showPrivacy(ctx);
});

startFeature.callbackQuery('consent', async (ctx) => {
  const from = ctx.from;
  await ctx.deps.users.consent({
    userRef: ctx.userRef!,
    channel: 'telegram',
    // Mentors' replies go to the private chat with the user, also when they consented in a group.
    chatId: from.id,
    language: ctx.locale,
  });
  ctx.outcome = 'consented';
  await ctx.answerCallbackQuery({ text: ctx.t('consentThanks') });
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const pending = ctx.deps.memory.pending.get(from.id);
  ctx.deps.memory.pending.delete(from.id);
  if (pending && pending.chatId === ctx.chat?.id) {
    await replyText(ctx, ctx.t('consentThanksPending'));
    await answerAndReply(ctx, pending);
  } else {
    await replyText(ctx, `${ctx.t('consentThanks')} ${ctx.t('consentExpired')}`);
  }
});
