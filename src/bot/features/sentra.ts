import { Composer, Keyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';
import { ask } from './question.ts';

const WAIT_MS = 10 * 60_000;
const key = (ctx: BotContext) => `${ctx.chat!.id}:${ctx.from!.id}`;

/**
 * /sentra: the directory in the chat. "/sentra tas di Sidoarjo" searches at once; a bare /sentra asks for a
 * place or a shared location (the nearest clusters). The search itself is the core's directory tool,
 * reached through the answer service like every other question.
 */
export const sentraFeature = new Composer<BotContext>();

sentraFeature.command(['sentra', 'cluster'], async (ctx) => {
  const words = ctx.match.trim();
  if (words) {
    await ask(ctx, {
      text: `sentra ${words}`,
      updateId: ctx.update.update_id,
      replyTo: ctx.message?.message_id,
    });
    return;
  }
  ctx.deps.memory.awaitingSentra.set(key(ctx), Date.now());
  ctx.outcome = 'sentra-asked';
  // Telegram offers the location button only in private chats.
  const keyboard =
    ctx.chat.type === 'private'
      ? { reply_markup: new Keyboard().requestLocation(ctx.t('sentraLocationButton')).oneTime().resized() }
      : {};
  await replyText(ctx, ctx.t('sentraAsk'), keyboard);
});

function awaiting(ctx: BotContext): boolean {
  const map = ctx.deps.memory.awaitingSentra;
  const since = ctx.from && ctx.chat ? map.get(key(ctx)) : undefined;
  if (since === undefined) return false;
  map.delete(key(ctx));
  return Date.now() - since < WAIT_MS;
}

sentraFeature.on('message:location', async (ctx, next) => {
  if (!awaiting(ctx)) return next();
  const { latitude, longitude } = ctx.message.location;
  const text = ctx.locale === 'en' ? 'nearest sentra' : 'sentra terdekat';
  await ask(ctx, { text, location: { latitude, longitude }, updateId: ctx.update.update_id });
});

sentraFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/') || !awaiting(ctx)) return next();
  await ask(ctx, {
    text: `sentra ${ctx.message.text}`,
    updateId: ctx.update.update_id,
    replyTo: ctx.message.message_id,
  });
});
