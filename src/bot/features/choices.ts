import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { answerKeyboard, answerMessages } from '../helpers/reply.ts';

/**
 * A tap on one of the "maksudnya yang mana?" choices: the chosen card answers the question that was
 * asked, the pick is recorded (and kept as a candidate variant of that card for a mentor to accept).
 */
export const choicesFeature = new Composer<BotContext>();

choicesFeature.callbackQuery(/^ch:(\d+):(\d)$/, async (ctx) => {
  const interactionId = Number(ctx.match[1]);
  const own = await ctx.deps.users.ownInteraction(interactionId, ctx.userRef!);
  const choice = own?.trace?.choices?.[Number(ctx.match[2])];
  if (!own || !choice || !ctx.deps.answers.answerCard) {
    ctx.outcome = 'choice-gone';
    await ctx.answerCallbackQuery({ text: ctx.t('feedbackGone') });
    return;
  }
  await ctx.answerCallbackQuery();
  // The choices stay readable above, without their buttons: the question is answered.
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const result = await ctx.deps.answers.answerCard({
    text: own.question,
    cardId: choice.cardId,
    channel: 'telegram',
    userRef: ctx.userRef,
    chatRef: ctx.chatRef,
    chosenFrom: interactionId,
  });
  ctx.outcome = result.outcome === 'answered' ? 'choice-answered' : result.outcome;
  const parts = answerMessages(result, ctx.t);
  for (let i = 0; i < parts.length; i++)
    await ctx.api.sendMessage(ctx.chat!.id, parts[i]!, {
      parse_mode: 'HTML',
      ...(i === parts.length - 1 && result.interactionId
        ? { reply_markup: answerKeyboard(ctx.t, result.interactionId, false) }
        : {}),
    });
});
