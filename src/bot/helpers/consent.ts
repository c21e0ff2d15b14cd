import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from './reply.ts';

/** A notice or reminder shown this recently is not shown again for another question. */
const QUIET_MS = 10 * 60_000;

/** The deep link that opens the private chat with the bot (t.me/<bot>?start=<payload>). */
export function privateChatLink(ctx: BotContext, payload = 'tanya'): string {
  return `https://t.me/${ctx.me.username}?start=${payload}`;
}

/** "✅ Saya setuju" and, one tap away, the full notice. */
export function consentKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t('consentButton'), 'consent')
    .text(ctx.t('privacyButton'), 'privacy:full');
}

/**
 * First contact, once and short: the privacy notice in three lines with the consent button and the full
 * text one tap away. After that, a question before consent gets a one-line reminder (the first question
 * after /start at once, then at most one every ten minutes; the latest question is held meanwhile). In a group the notice is never posted: the asker gets
 * a link to the private chat, where the held question is answered after consent.
 */
export async function showNotice(ctx: BotContext, why: 'start' | 'question'): Promise<void> {
  if (ctx.chat && ctx.chat.type !== 'private') {
    await replyText(ctx, ctx.t('groupConsent'), {
      reply_markup: new InlineKeyboard().url(ctx.t('groupConsentButton'), privateChatLink(ctx)),
      link_preview_options: { is_disabled: true },
    });
    return;
  }
  const shown = await ctx.dialogue.get('notice');
  const now = Date.now();
  if (why === 'question' && shown) {
    // Right after /start's notice the first question is reminded at once; then at most every ten minutes.
    if (shown.after !== 'start' && now - shown.at < QUIET_MS) return;
    await ctx.dialogue.set('notice', { at: now, after: 'reminder' });
    await replyText(ctx, ctx.t('consentReminder'), { reply_markup: consentKeyboard(ctx) });
    return;
  }
  await ctx.dialogue.set('notice', { at: now, after: why });
  const lead = why === 'start' ? ctx.t('welcome') : ctx.t('consentAsk');
  await replyText(ctx, `${lead}\n\n${ctx.t('privacyShort')}`, { reply_markup: consentKeyboard(ctx) });
}
