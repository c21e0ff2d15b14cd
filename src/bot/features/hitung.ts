import { Composer, InlineKeyboard } from 'grammy';
import { HITUNG_KINDS, hitungGuide } from '../../finance/guide.ts';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';

type Kind = (typeof HITUNG_KINDS)[number]['kind'];

function kindOf(word: string): Kind | undefined {
  const w = word.trim().toLowerCase();
  if (/^(hpp|modal|biaya|cost)/.test(w)) return 'hpp';
  if (/^(harga|price|jual)/.test(w)) return 'harga';
  if (/^(impas|bep|break)/.test(w)) return 'impas';
  if (/^(susut|penyusutan|depreciation)/.test(w)) return 'susut';
  if (/^(laba|untung|profit)/.test(w)) return 'laba';
  if (/^(potongan|admin|komisi|marketplace|fee|commission)/.test(w)) return 'potongan';
  return undefined;
}

/**
 * Shows the calculator's guide and remembers it for this chat: the figures the user sends next are read
 * as that calculation, because the guide goes to the answer service as the previous turn of the
 * conversation (the calculators themselves live in the core, under src/finance).
 */
async function showGuide(ctx: BotContext, kind: Kind) {
  const guide = hitungGuide(kind, ctx.locale === 'en' ? 'en' : 'id');
  await ctx.dialogue.set('hitung', { command: `/hitung ${kind}`, guide, at: Date.now(), awaiting: true });
  ctx.outcome = 'hitung-guide';
  await replyText(ctx, guide);
}

/** /hitung: HPP, selling price, break-even, machine depreciation, net profit or marketplace fees worked out with the artisan's own figures. */
export const hitungFeature = new Composer<BotContext>();

hitungFeature.command(['hitung', 'calculate'], async (ctx) => {
  const kind = kindOf(ctx.match);
  if (kind) return showGuide(ctx, kind);
  const lang = ctx.locale === 'en' ? 'en' : 'id';
  // Two a row: more labels on one row are cut short on a phone.
  const keyboard = new InlineKeyboard();
  HITUNG_KINDS.forEach((item, i) => {
    if (i > 0 && i % 2 === 0) keyboard.row();
    keyboard.text(item.label[lang], `hitung:${item.kind}`);
  });
  ctx.outcome = 'hitung-asked';
  await replyText(ctx, ctx.t('hitungChoose'), { reply_markup: keyboard });
});

hitungFeature.callbackQuery(/^hitung:(hpp|harga|impas|susut|laba|potongan)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showGuide(ctx, ctx.match[1] as Kind);
});

/**
 * The guide this chat was last shown, while fresh (the dialogue's expiry), as a conversation turn with the
 * time it was shown. The first message after the guide answers it: the guide stops waiting for a reply.
 */
export async function guideTurn(
  ctx: BotContext,
): Promise<{ question: string; answer: string; at: Date } | undefined> {
  const shown = await ctx.dialogue.get('hitung').catch(() => undefined);
  if (!shown) return undefined;
  if (shown.awaiting) await ctx.dialogue.set('hitung', { ...shown, awaiting: false });
  return { question: shown.command, answer: shown.guide, at: new Date(shown.at) };
}
