import { Composer, Keyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { removeKeyboard, replyText } from '../helpers/reply.ts';
import { ask } from './question.ts';

/**
 * /sentra: the directory in the chat. "/sentra tas di Sidoarjo" searches at once; a bare /sentra asks for a
 * place or a shared location (the nearest clusters). The search itself is the core's directory tool,
 * reached through the answer service like every other question; a search it cannot answer is said to have
 * found nothing, instead of an unrelated answer from the knowledge.
 */
export const sentraFeature = new Composer<BotContext>();

sentraFeature.command(['sentra', 'cluster'], async (ctx) => {
  const words = ctx.match.trim();
  if (words) {
    await ask(ctx, {
      text: `sentra ${words}`,
      updateId: ctx.update.update_id,
      replyTo: ctx.message?.message_id,
      directory: searched(words),
    });
    return;
  }
  await ctx.dialogue.set('sentra', { at: Date.now() });
  ctx.outcome = 'sentra-asked';
  // Telegram offers the location button only in private chats.
  const keyboard =
    ctx.chat.type === 'private'
      ? { reply_markup: new Keyboard().requestLocation(ctx.t('sentraLocationButton')).oneTime().resized() }
      : {};
  await replyText(ctx, ctx.t('sentraAsk'), keyboard);
});

/** What was searched for, as the "nothing found" line repeats it: "di Atlantis" is "Atlantis". */
const searched = (words: string) => words.trim().replace(/^(di|ke|dekat|sekitar|in|near)\s+/i, '');

/** Whether this message answers a /sentra prompt; the prompt (and its location keyboard) is then done. */
async function answersPrompt(ctx: BotContext): Promise<boolean> {
  // Read first (loaded with the update's other dialogue state), taken only when there is one.
  if (!(await ctx.dialogue.get('sentra')) || !(await ctx.dialogue.take('sentra'))) return false;
  if (ctx.chat?.type === 'private')
    await replyText(ctx, ctx.t('sentraSearching'), removeKeyboard()).catch(() => undefined);
  return true;
}

sentraFeature.on('message:location', async (ctx, next) => {
  if (!(await answersPrompt(ctx))) return next();
  const { latitude, longitude } = ctx.message.location;
  const text = ctx.locale === 'en' ? 'nearest sentra' : 'sentra terdekat';
  await ask(ctx, {
    text,
    location: { latitude, longitude },
    updateId: ctx.update.update_id,
    directory: ctx.t('sentraNearby'),
  });
});

sentraFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/') || !(await answersPrompt(ctx))) return next();
  await ask(ctx, {
    text: `sentra ${ctx.message.text}`,
    updateId: ctx.update.update_id,
    replyTo: ctx.message.message_id,
    directory: searched(ctx.message.text),
  });
});
