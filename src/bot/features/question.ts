import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { showNotice } from '../helpers/consent.ts';
import {
  answerMessages,
  choiceKeyboard,
  declineKeyboard,
  answerKeyboard,
  replyTarget,
  replyText,
  startTyping,
} from '../helpers/reply.ts';
import { HAND_OFF_REASONS } from '../../rag/answer-service.ts';
import { MESSAGES } from '../../rag/messages.ts';
import { withoutMention } from '../middlewares/groups.ts';
import { guideTurn } from './hitung.ts';

/** Declines that a mentor can help with; "the question is unclear" is the user's to rephrase. */
/** How long after a mentor's reply the user's messages still go into that hand-off's thread. */
const THREAD_HOURS = 72;

export interface Question {
  text: string;
  updateId: number;
  location?: { latitude: number; longitude: number };
  replyTo?: number;
  /** A /sentra search (what was searched for): anything but the directory's answer is "nothing found". */
  directory?: string;
}

/**
 * Answers a question once the user has consented; before that, holds it (only the latest one, for a short
 * while, in the dialogue table) and shows the short privacy notice once; later questions get a short
 * reminder at most. In a group, the asker gets a link to the private chat instead of the notice. Nothing
 * else about the user is written until the consent button is tapped.
 */
export async function ask(ctx: BotContext, question: Question): Promise<void> {
  const user = ctx.loaded ? ctx.loaded.user : await ctx.deps.users.get(ctx.userRef!);
  if (!user?.consentedAt) {
    ctx.outcome = 'consent-asked';
    await ctx.dialogue.set('held', { ...question, chatRef: ctx.chatRef!, heldAt: Date.now() });
    await showNotice(ctx, 'question');
    return;
  }
  if (user.blockedAt) await ctx.deps.users.unblock(ctx.userRef!).catch(() => undefined);
  await answerAndReply(ctx, question);
}

/** Sends the question through the answer service and the answer back, with buttons and a hand-off. */
export async function answerAndReply(ctx: BotContext, question: Question): Promise<void> {
  const { deps } = ctx;
  const stopTyping = startTyping(ctx, deps.typingDelayMs);
  let result: Awaited<ReturnType<typeof deps.answers.answer>>;
  try {
    // A message after a mentor's reply belongs in that hand-off's thread, and is answered as usual too:
    // the mentor sees it, and the user is not left waiting if it was a new question.
    const thread = ctx.loaded
      ? ctx.loaded.thread
      : await deps.handoffs.latestAnsweredFor(ctx.userRef!).catch(() => null);
    if (thread?.answeredAt && Date.now() - thread.answeredAt.getTime() < THREAD_HOURS * 3_600_000)
      await deps.handoffs.addUserMessage(thread.id, question.text);
    // Read only when answering: most updates (consent, buttons, commands) need no history.
    const turns = ctx.chatRef ? await deps.users.recentTurns(ctx.chatRef).catch(() => []) : [];
    // A /hitung guide is a turn of the conversation too (kept as dialogue state), at its place in time.
    const guide = await guideTurn(ctx);
    const history = [
      ...turns.filter((turn) => !guide || turn.at < guide.at),
      ...(guide ? [{ question: guide.question, answer: guide.answer }] : []),
      ...turns.filter((turn) => guide && turn.at >= guide.at),
    ].map(({ question, answer }) => ({ question, answer }));
    result = await deps.answers.answer({
      text: question.text,
      channel: 'telegram',
      userRef: ctx.userRef,
      chatRef: ctx.chatRef,
      updateId: question.updateId,
      history,
      location: question.location,
    });
  } finally {
    stopTyping();
  }
  ctx.outcome = result.outcome;
  if (question.directory !== undefined && result.sources[0]?.path !== 'tool:directory') {
    // The directory could not read the search: say so, rather than answer something else from the knowledge.
    ctx.outcome = 'sentra-not-found';
    await replyText(
      ctx,
      ctx.t('sentraNotFound', { words: question.directory }),
      replyTarget(ctx, question.replyTo),
    );
    return;
  }
  let handedOff = false;
  let handOffFailed = false;
  if (result.outcome === 'declined' && HAND_OFF_REASONS.has(result.declineReason ?? '')) {
    await deps.handoffs
      .create({
        userRef: ctx.userRef!,
        channel: 'telegram',
        question: result.question,
        reason: 'declined',
        interactionId: result.interactionId ?? undefined,
      })
      .then(() => {
        handedOff = true;
        ctx.outcome = 'handed_off';
      })
      .catch((error) => {
        handOffFailed = true;
        ctx.log.error({ err: error }, 'automatic hand-off failed');
      });
  }
  // The core's decline says no promise: the bot says the question was passed on only when it was, and
  // a failed hand-off with the button to try again; no 👍/👎 under a non-answer.
  const passedOn = handedOff ? MESSAGES[result.language].passedOn : undefined;
  const said = passedOn ? { ...result, answer: `${result.answer}\n${passedOn}` } : result;
  const parts = answerMessages(said, ctx.t, handOffFailed ? ctx.t('handoffFailed') : undefined);
  const keyboard =
    result.interactionId && result.outcome === 'clarify' && result.choices?.length
      ? choiceKeyboard(ctx.t, result.interactionId, result.choices)
      : result.interactionId && result.outcome === 'answered'
        ? answerKeyboard(ctx.t, result.interactionId, false)
        : result.interactionId && result.outcome === 'declined' && !handedOff
          ? declineKeyboard(ctx.t, result.interactionId)
          : undefined;
  for (let i = 0; i < parts.length; i++) {
    await ctx.api.sendMessage(ctx.chat!.id, parts[i]!, {
      parse_mode: 'HTML',
      ...(i === 0 ? replyTarget(ctx, question.replyTo) : {}),
      ...(i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

/** Text messages: questions, or the next step of a dialogue that owns them (see sentra and criteria). */
export const questionFeature = new Composer<BotContext>();
questionFeature.on('message:text', async (ctx) => {
  const text = withoutMention(ctx.message.text, ctx.me.username);
  // An unknown command is not a question: say what the bot can do instead of searching for "/foo".
  if (text === '' || /^\/\w/.test(text)) {
    ctx.outcome = text === '' ? 'empty' : 'unknown-command';
    await replyText(ctx, ctx.t('help', { bot: ctx.me.username }));
    return;
  }
  await ask(ctx, { text, updateId: ctx.update.update_id, replyTo: ctx.message.message_id });
});
