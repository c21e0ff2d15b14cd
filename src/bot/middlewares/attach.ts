import type { NextFunction } from 'grammy';
import { detectLanguage } from '../../text/analyze.ts';
import type { BotContext, BotServices } from '../context.ts';
import { createDialogue } from '../helpers/dialogue.ts';
import { localeOf, translator } from '../locales/index.ts';

/**
 * First middleware: services, pseudonymous refs, the sender's dialogues (loaded on first use), the user's language (English when they write English or
 * their client is English and they wrote nothing), and one log line per update with its timing and outcome.
 * The line carries no message text and no Telegram ids.
 */
export function attach(services: BotServices) {
  return async (ctx: BotContext, next: NextFunction) => {
    const started = performance.now();
    ctx.deps = services;
    if (ctx.from) ctx.userRef = services.refs.user(ctx.from.id);
    if (ctx.chat) ctx.chatRef = services.refs.chat(ctx.chat.id);
    ctx.dialogue = createDialogue(services.dialogues, ctx.userRef, ctx.chatRef, services.dialogueOutage);
    const text = ctx.message?.text ?? ctx.message?.caption;
    ctx.locale =
      text && !text.startsWith('/') ? detectLanguage(text.slice(0, 500)) : localeOf(ctx.from?.language_code);
    ctx.t = translator(ctx.locale);
    ctx.log = services.log.child({ updateId: ctx.update.update_id, userRef: ctx.userRef });
    try {
      await next();
    } finally {
      ctx.log.info(
        {
          type: Object.keys(ctx.update).find((key) => key !== 'update_id'),
          chatType: ctx.chat?.type,
          outcome: ctx.outcome ?? 'ignored',
          ms: Math.round(performance.now() - started),
        },
        'update handled',
      );
    }
  };
}
