import { Composer, InlineKeyboard } from 'grammy';
import { checkSentra, formatSentraCheck, SENTRA_RULES } from '../../programme/criteria.ts';
import type { BotContext, CriteriaStep } from '../context.ts';
import type { DialogueStates } from '../helpers/dialogue.ts';
import { recordUpdate } from '../helpers/record.ts';
import { removeKeyboard, replyText } from '../helpers/reply.ts';
import type { MessageKey } from '../locales/index.ts';

const STEPS: CriteriaStep[] = ['households', 'similar', 'singleVillage', 'guidance', 'knownToPublic'];
const PROMPT: Record<CriteriaStep, MessageKey> = {
  households: 'criteriaStart',
  similar: 'criteriaSimilar',
  singleVillage: 'criteriaVillage',
  guidance: 'criteriaGuidance',
  knownToPublic: 'criteriaKnown',
};

/**
 * /kriteria: the four sentra criteria as a short dialogue. Figures are typed, yes/no facts are buttons
 * (with "don't know", which the check reports as missing instead of assuming). The verdict is the core's
 * checkSentra, criterion by criterion with the rule's source. The step lives in the database, so any
 * instance can take the next answer.
 */
export const criteriaFeature = new Composer<BotContext>();

async function askStep(ctx: BotContext, step: CriteriaStep) {
  const text = ctx.t(PROMPT[step]);
  if (step === 'households' || step === 'similar') return replyText(ctx, text);
  const keyboard = new InlineKeyboard()
    .text(ctx.t('yes'), `kr:${step}:y`)
    .text(ctx.t('no'), `kr:${step}:n`)
    .text(ctx.t('unknown'), `kr:${step}:u`);
  return replyText(ctx, text, { reply_markup: keyboard });
}

async function advance(ctx: BotContext, state: DialogueStates['criteria']) {
  const next = STEPS[STEPS.indexOf(state.step) + 1];
  if (next) {
    await ctx.dialogue.set('criteria', { ...state, step: next, at: Date.now() });
    await askStep(ctx, next);
    return;
  }
  // Taken, not read: of two instances finishing the same dialogue, one gives the verdict.
  if (!(await ctx.dialogue.take('criteria'))) {
    ctx.outcome = 'criteria-stale';
    return;
  }
  const check = checkSentra(state.facts);
  const answer = formatSentraCheck(check);
  ctx.outcome = `criteria-${check.verdict}`;
  await replyText(ctx, answer);
  await recordUpdate(ctx, {
    mode: 'tool',
    question: `/kriteria ${JSON.stringify(state.facts)}`,
    answer,
    answered: check.verdict !== 'incomplete',
    confidence: 1,
    outcome: check.verdict === 'incomplete' ? 'declined' : 'answered',
    sources: [
      { n: 1, title: 'Kriteria sentra IKM', source: SENTRA_RULES.source, asOf: SENTRA_RULES.validFrom },
    ],
  });
}

criteriaFeature.command(['kriteria', 'criteria'], async (ctx) => {
  await ctx.dialogue.set('criteria', { step: 'households', facts: {}, at: Date.now() });
  ctx.outcome = 'criteria-started';
  await askStep(ctx, 'households');
});

criteriaFeature.command(['batal', 'cancel'], async (ctx) => {
  const criteria = await ctx.dialogue.clear('criteria');
  const sentra = await ctx.dialogue.clear('sentra');
  const hitung = await ctx.dialogue.clear('hitung');
  ctx.outcome = 'cancelled';
  await replyText(
    ctx,
    ctx.t(criteria || sentra || hitung ? 'cancelled' : 'nothingToCancel'),
    sentra ? removeKeyboard() : {},
  );
});

criteriaFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  const state = await ctx.dialogue.get('criteria');
  if (!state) return next();
  if (state.step !== 'households' && state.step !== 'similar') return askStep(ctx, state.step);
  const match = /\d{1,3}(?:[.,]\d{3})+|\d+/.exec(ctx.message.text);
  const value = match ? Number(match[0].replace(/[.,]/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(value) || value <= 0 || value > 10_000_000) {
    ctx.outcome = 'criteria-bad-number';
    await replyText(ctx, ctx.t('criteriaNumber'));
    return;
  }
  const facts = { ...state.facts };
  if (state.step === 'households') facts.households = value;
  else facts.similarBusinesses = value;
  ctx.outcome = 'criteria-step';
  await advance(ctx, { ...state, facts });
});

criteriaFeature.callbackQuery(/^kr:(singleVillage|guidance|knownToPublic):([ynu])$/, async (ctx) => {
  const state = await ctx.dialogue.get('criteria');
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  const step = ctx.match[1] as CriteriaStep;
  if (!state || state.step !== step) {
    ctx.outcome = 'criteria-stale';
    return;
  }
  const answer = ctx.match[2];
  const facts = { ...state.facts };
  if (answer !== 'u') facts[step as 'singleVillage' | 'guidance' | 'knownToPublic'] = answer === 'y';
  ctx.outcome = 'criteria-step';
  await advance(ctx, { ...state, facts });
});
