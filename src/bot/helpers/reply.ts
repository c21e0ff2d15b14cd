import { InlineKeyboard } from 'grammy';
import type { AnswerResult } from '../../rag/answer-service.ts';
import type { BotContext } from '../context.ts';
import type { Translate } from '../locales/index.ts';
import { foldWorking } from './fold.ts';
import { escapeHtml } from './html.ts';
import { formatSource } from './sources.ts';
import { MESSAGE_LIMIT, splitMessage } from './split.ts';

/**
 * An answer as Telegram HTML messages: the text escaped and split under the limit at sentence
 * boundaries, then the sources (short title, publisher, date) in the last message, or a message of
 * their own when they do not fit. A calculation that fits one message shows its result and folds its
 * working into an expandable quote (foldWorking).
 */
export function answerMessages(result: AnswerResult, t: Translate, footer?: string): string[] {
  const fold = foldWorking(result);
  const parts =
    fold.folded && result.answer.length <= MESSAGE_LIMIT
      ? [
          `${escapeHtml(fold.shown)}\n<blockquote expandable>${escapeHtml(fold.folded)}</blockquote>${fold.after ? `\n${escapeHtml(fold.after)}` : ''}`,
        ]
      : splitMessage(result.answer).map(escapeHtml);
  const extra: string[] = [];
  if (result.sources.length > 0) {
    const lines = result.sources.map((source) => `${source.n}. ${escapeHtml(formatSource(source))}`);
    extra.push(`<b>${escapeHtml(t('sources'))}</b>\n${lines.join('\n')}`);
  }
  if (footer) extra.push(`<i>${escapeHtml(footer)}</i>`);
  for (const block of extra) {
    const last = parts.at(-1);
    const visible = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, '_').length;
    if (last !== undefined && visible(last) + visible(block) + 2 <= MESSAGE_LIMIT)
      parts[parts.length - 1] = `${last}\n\n${block}`;
    else parts.push(block);
  }
  return parts;
}

/** 👍 / 👎 under every stored answer, and "Tanya mentor" unless it was already handed to one. */
export function answerKeyboard(t: Translate, interactionId: number, handedOff: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(t('buttonUp'), `fb:1:${interactionId}`)
    .text(t('buttonDown'), `fb:-1:${interactionId}`);
  if (!handedOff) keyboard.row().text(t('buttonMentor'), `hm:${interactionId}`);
  return keyboard;
}

/** Under a decline that was not passed on: only "Tanya mentor" (no 👍/👎 under a non-answer). */
export function declineKeyboard(t: Translate, interactionId: number): InlineKeyboard {
  return new InlineKeyboard().text(t('buttonMentor'), `hm:${interactionId}`);
}

/** Takes away a reply keyboard (the location button of /sentra) once it has been used. */
export function removeKeyboard() {
  return { reply_markup: { remove_keyboard: true as const } };
}

/** "Maksudnya yang mana?": one button a choice (by its place in the stored trace), and a mentor. */
export function choiceKeyboard(
  t: Translate,
  interactionId: number,
  choices: readonly { label: string }[],
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  choices.forEach((choice, i) => {
    const label = choice.label.length > 60 ? `${choice.label.slice(0, 57)}…` : choice.label;
    keyboard.text(`${i + 1}. ${label}`, `ch:${interactionId}:${i}`).row();
  });
  return keyboard.text(t('buttonMentor'), `hm:${interactionId}`);
}

/** Plain text from the locale files, escaped, with the group's reply target when there is one. */
export function replyText(ctx: BotContext, text: string, extra: Record<string, unknown> = {}) {
  return ctx.reply(escapeHtml(text), { parse_mode: 'HTML', ...replyTarget(ctx), ...extra });
}

/** In a group, answer as a reply to the asker's message so the thread stays readable. */
export function replyTarget(ctx: BotContext, messageId?: number) {
  const id = messageId ?? ctx.message?.message_id;
  return ctx.chat && ctx.chat.type !== 'private' && id
    ? { reply_parameters: { message_id: id, allow_sending_without_reply: true } }
    : {};
}

/**
 * Shows "typing…" when the answer takes longer than `delayMs`, repeated every 4.5 s (Telegram shows it for
 * 5 s) until it is ready. Most answers take a few dozen milliseconds: for them the indicator would only
 * flicker and cost a request.
 */
export function startTyping(ctx: BotContext, delayMs: number): () => void {
  const send = () => ctx.replyWithChatAction('typing').catch(() => undefined);
  let repeat: NodeJS.Timeout | undefined;
  const begin = () => {
    void send();
    repeat = setInterval(send, 4_500);
  };
  const first = delayMs > 0 ? setTimeout(begin, delayMs) : undefined;
  if (delayMs <= 0) begin();
  return () => {
    clearTimeout(first);
    clearInterval(repeat);
  };
}
