import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { requestHandoff } from '../../db/handoffs-repo.ts';
import { keepForLater } from '../helpers/fallback.ts';
import { answerKeyboard, replyText } from '../helpers/reply.ts';

/** 👍 / 👎 and "Tanya mentor" under an answer. */
export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(/^fb:(1|-1):(\d+)$/, async (ctx) => {
  const value = Number(ctx.match[1]) as 1 | -1;
  const interactionId = Number(ctx.match[2]);
  let stored: boolean;
  try {
    stored = await ctx.deps.feedback.set(interactionId, ctx.userRef!, value);
  } catch (error) {
    // The database is down: the vote is kept in the fallback file and written back with its time.
    if (!keepForLater(ctx, { kind: 'feedback', userRef: ctx.userRef!, interactionId, value }, error))
      throw error;
    ctx.outcome = 'feedback-kept';
    await ctx.answerCallbackQuery({ text: ctx.t('feedbackKept') });
    return;
  }
  ctx.outcome = stored ? (value === 1 ? 'feedback-up' : 'feedback-down') : 'feedback-gone';
  await ctx.answerCallbackQuery({ text: ctx.t(stored ? 'feedbackThanks' : 'feedbackGone') });
});

feedbackFeature.callbackQuery(/^hm:(\d+)$/, async (ctx) => {
  const interactionId = Number(ctx.match[1]);
  let requested: Awaited<ReturnType<typeof requestHandoff<{ question: string; outcome: string }>>>;
  try {
    requested = await requestHandoff(ctx.deps.users, ctx.deps.handoffs, {
      userRef: ctx.userRef!,
      channel: 'telegram',
      interactionId,
    });
  } catch (error) {
    // The database is down: the request is queued in the fallback file and opened, with the time it was
    // asked, when the database returns (the question is read from the interaction then).
    const write = { kind: 'handoff' as const, userRef: ctx.userRef!, channel: 'telegram', interactionId };
    if (!keepForLater(ctx, write, error)) throw error;
    ctx.outcome = 'handoff-kept';
    await ctx.answerCallbackQuery();
    await replyText(ctx, ctx.t('handoffKept'));
    return;
  }
  if (!requested) {
    ctx.outcome = 'handoff-gone';
    await ctx.answerCallbackQuery({ text: ctx.t('feedbackGone') });
    return;
  }
  const { own, handoff } = requested;
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
