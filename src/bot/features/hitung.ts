import { Composer, InlineKeyboard } from 'grammy';
import { HITUNG_KINDS, hitungGuide } from '../../finance/guide.ts';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';

const WAIT_MS = 30 * 60_000;
const key = (ctx: BotContext) => `${ctx.chat!.id}:${ctx.from!.id}`;
type Kind = (typeof HITUNG_KINDS)[number]['kind'];

function kindOf(word: string): Kind | undefined {
  const w = word.trim().toLowerCase();
  if (/^(hpp|modal|biaya|cost)/.test(w)) return 'hpp';
  if (/^(harga|price|jual)/.test(w)) return 'harga';
  if (/^(impas|bep|break)/.test(w)) return 'impas';
  if (/^(susut|penyusutan|depreciation)/.test(w)) return 'susut';
  return undefined;
}

/**
 * Shows the calculator's guide and remembers it for this chat: the figures the user sends next are read
 * as that calculation, because the guide goes to the answer service as the previous turn of the
 * conversation (the calculators themselves live in the core, under src/finance).
 */
async function showGuide(ctx: BotContext, kind: Kind) {
  const guide = hitungGuide(kind, ctx.locale === 'en' ? 'en' : 'id');
  ctx.deps.memory.hitungGuide.set(key(ctx), { command: `/hitung ${kind}`, guide, at: Date.now() });
  ctx.outcome = 'hitung-guide';
  await replyText(ctx, guide);
}

/** /hitung: HPP, selling price, break-even or machine depreciation worked out with the artisan's own figures. */
export const hitungFeature = new Composer<BotContext>();

hitungFeature.command(['hitung', 'calculate'], async (ctx) => {
  const kind = kindOf(ctx.match);
  if (kind) return showGuide(ctx, kind);
  const lang = ctx.locale === 'en' ? 'en' : 'id';
  const keyboard = new InlineKeyboard();
  for (const item of HITUNG_KINDS) keyboard.text(item.label[lang], `hitung:${item.kind}`);
  ctx.outcome = 'hitung-asked';
  await replyText(ctx, ctx.t('hitungChoose'), { reply_markup: keyboard });
});

hitungFeature.callbackQuery(/^hitung:(hpp|harga|impas|susut)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showGuide(ctx, ctx.match[1] as Kind);
});

/** The guide this chat was last shown, while fresh, as a conversation turn with the time it was shown. */
export function guideTurn(ctx: BotContext): { question: string; answer: string; at: Date } | undefined {
  if (!ctx.chat || !ctx.from) return undefined;
  const map = ctx.deps.memory.hitungGuide;
  const shown = map.get(key(ctx));
  if (!shown) return undefined;
  if (Date.now() - shown.at >= WAIT_MS) {
    map.delete(key(ctx));
    return undefined;
  }
  return { question: shown.command, answer: shown.guide, at: new Date(shown.at) };
}
