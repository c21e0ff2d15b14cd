import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { answerKeyboard, replyText } from '../helpers/reply.ts';

/** 👍 / 👎 and "Tanya mentor" under an answer. */
export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(/^fb:(1|-1):(\d+)$/, async (ctx) => {
  const value = Number(ctx.match[1]) as 1 | -1;
  const stored = await ctx.deps.feedback.set(Number(ctx.match[2]), ctx.userRef!, value);
  ctx.outcome = stored ? (value === 1 ? 'feedback-up' : 'feedback-down') : 'feedback-gone';
  await ctx.answerCallbackQuery({ text: ctx.t(stored ? 'feedbackThanks' : 'feedbackGone') });
});

feedbackFeature.callbackQuery(/^hm:(\d+)$/, async (ctx) => {
  const interactionId = Number(ctx.match[1]);
  const own = await ctx.deps.users.ownInteraction(interactionId, ctx.userRef!);
  if (!own) {
    ctx.outcome = 'handoff-gone';
    await ctx.answerCallbackQuery({ text: ctx.t('feedbackGone') });
    return;
  }
  const handoff = await ctx.deps.handoffs.create({
    userRef: ctx.userRef!,
    channel: 'telegram',
    question: own.question,
    reason: 'requested',
    interactionId,
  });
  ctx.outcome = 'handed_off';
  ctx.log.info({ handoffId: handoff.id }, 'hand-off requested');
  await ctx.answerCallbackQuery();
  // 👍/👎 stay under an answer; under a decline or a choice there is nothing left to tap.
  await ctx
    .editMessageReplyMarkup({
      reply_markup: own.outcome === 'answered' ? answerKeyboard(ctx.t, interactionId, true) : undefined,
    })
    .catch(() => undefined);
  await replyText(ctx, ctx.t('handoffRequested'));
});
