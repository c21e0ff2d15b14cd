import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { showNotice } from '../helpers/consent.ts';
import { keepForLater } from '../helpers/fallback.ts';
import { rememberConsent } from '../middlewares/dedupe.ts';
import { replyText } from '../helpers/reply.ts';
import { answerAndReply } from './question.ts';

/** /start, /privasi, the full notice one tap away, and the consent button. */
export const startFeature = new Composer<BotContext>();

async function consented(ctx: BotContext): Promise<boolean> {
  const user = ctx.loaded ? ctx.loaded.user : await ctx.deps.users.get(ctx.userRef!).catch(() => null);
  return Boolean(user?.consentedAt);
}

/** The full privacy notice, with the consent button for someone who has not consented. */
async function fullPrivacy(ctx: BotContext) {
  const agreed = await consented(ctx);
  const text = [ctx.t('privacy'), agreed ? ctx.t('privacyConsented') : undefined]
    .filter(Boolean)
    .join('\n\n');
  await replyText(
    ctx,
    text,
    agreed ? {} : { reply_markup: new InlineKeyboard().text(ctx.t('consentButton'), 'consent') },
  );
}

startFeature.command('start', async (ctx) => {
  ctx.outcome = 'start';
  if (ctx.chat.type !== 'private') return showNotice(ctx, 'start');
  if (await consented(ctx)) {
    await replyText(ctx, `${ctx.t('welcome')}\n\n${ctx.t('privacyConsented')}`);
    return;
  }
  await showNotice(ctx, 'start');
  // Opened from a group's link: the question asked there waits for the tap.
  const held = await ctx.dialogue.get('held');
  if (held && held.chatRef !== ctx.chatRef)
    await replyText(ctx, ctx.t('heldFromGroup', { question: held.text }));
});

startFeature.command(['privasi', 'privacy'], async (ctx) => {
  ctx.outcome = 'privacy';
  await fullPrivacy(ctx);
});

startFeature.callbackQuery('privacy:full', async (ctx) => {
  ctx.outcome = 'privacy';
  await ctx.answerCallbackQuery();
  await fullPrivacy(ctx);
});

startFeature.callbackQuery('consent', async (ctx) => {
  const from = ctx.from;
  const consent = {
    userRef: ctx.userRef!,
    channel: 'telegram',
    // Mentors' replies go to the private chat with the user, also when they consented in a group.
    chatId: from.id,
    language: ctx.locale,
  };
  let kept = false;
  try {
    await ctx.deps.users.consent(consent);
  } catch (error) {
    // The database is down: the consent goes to the fallback file with its time and is written back when
    // the database returns; meanwhile this process answers the person as consented.
    if (!keepForLater(ctx, { kind: 'consent', ...consent }, error)) throw error;
    kept = true;
    rememberConsent(ctx, {
      userRef: consent.userRef,
      chatId: consent.chatId,
      language: consent.language,
      consentedAt: new Date(),
      blockedAt: null,
    });
  }
  ctx.outcome = kept ? 'consent-kept' : 'consented';
  const thanks = ctx.t(kept ? 'consentKept' : 'consentThanks');
  await ctx.answerCallbackQuery({ text: thanks });
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await ctx.dialogue.clear('notice').catch(() => undefined);
  // Taken, not read: of two instances getting the same tap, one answers the held question.
  const held = await ctx.dialogue.take('held');
  // A question held in a group is answered in the private chat where consent was given, never the reverse.
  if (held && (held.chatRef === ctx.chatRef || ctx.chat?.type === 'private')) {
    await replyText(ctx, kept ? thanks : ctx.t('consentThanksPending'));
    if (held.voice && ctx.deps.answerHeldVoice) await ctx.deps.answerHeldVoice(ctx, held);
    else await answerAndReply(ctx, held);
  } else {
    await replyText(ctx, `${thanks} ${ctx.t('consentExpired')}`);
  }
});
