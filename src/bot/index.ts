import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot, type BotError, Composer, GrammyError, type NextFunction, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { TranscribeSettings } from '../config.ts';
import { createChatUsersRepo } from '../db/chat-users-repo.ts';
import { createDialogueRepo } from '../db/dialogue-repo.ts';
import { createFeedbackRepo } from '../db/feedback-repo.ts';
import { createHandoffsRepo } from '../db/handoffs-repo.ts';
import type { BotContext, BotDeps, BotMemory, BotServices } from './context.ts';
import { criteriaFeature } from './features/criteria.ts';
import { deleteFeature } from './features/delete.ts';
import { choicesFeature } from './features/choices.ts';
import { feedbackFeature } from './features/feedback.ts';
import { helpFeature } from './features/help.ts';
import { questionFeature } from './features/question.ts';
import { hitungFeature } from './features/hitung.ts';
import { sentraFeature } from './features/sentra.ts';
import { signInFeature } from './features/signin.ts';
import { startFeature } from './features/start.ts';
import { unhandledFeature } from './features/unhandled.ts';
import { unsupportedFeature } from './features/unsupported.ts';
import { createVoiceFeature } from './features/voice.ts';
import { createPseudonymizer, defaultPseudonymSecret } from './helpers/pseudonym.ts';
import type { Clock } from './helpers/rate-limit.ts';
import { replyText } from './helpers/reply.ts';
import { createTranscriber } from './helpers/transcribe.ts';
import { translator } from './locales/index.ts';
import { attach } from './middlewares/attach.ts';
import { dedupe } from './middlewares/dedupe.ts';
import { groupsOnlyWhenAddressed } from './middlewares/groups.ts';
import { createSharedRateLimiter, limited, type SharedRateLimiter } from './middlewares/rate-limit.ts';
import { trackInFlight } from './middlewares/in-flight.ts';

export interface BotConfig {
  /** Another Bot API server: a self-hosted one, or the tests' fake. */
  apiRoot?: string;
  /** Skips getMe at start (tests and the bench). */
  botInfo?: UserFromGetMe;
  pseudonymSecret?: string;
  /** `max` messages in a row, then one every windowMs / max (replies to the bot's prompts not counted). */
  rateLimit?: { max: number; windowMs: number };
  /** The rate limiter's time (tests pass their own: nothing waits for real). */
  clock?: Clock;
  /** Messages per second across all chats; 0 turns the throttler off. */
  globalSendRate?: number;
  /** "typing…" is shown for answers slower than this (default 300 ms). */
  typingDelayMs?: number;
  /** A transcription endpoint for voice notes; without it they get the polite "please type" message. */
  transcribe?: TranscribeSettings;
}

/**
 * Builds the Telegram bot: middlewares (services and logging, update de-duplication, group etiquette, a
 * per-user rate limit) and one Composer per feature, the unhandled one last. Sending goes through the
 * throttler (Telegram's limits) and auto-retry (429 retry_after, network errors); a 403 marks the user as
 * having blocked the bot.
 */
export function createBot(token: string, deps: BotDeps, botConfig: BotConfig = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    botInfo: botConfig.botInfo,
    client: { apiRoot: botConfig.apiRoot, timeoutSeconds: 60 },
  });
  const memory: BotMemory = { seenUpdates: new Set() };
  const rateLimit = botConfig.rateLimit ?? { max: 6, windowMs: 30_000 };
  // Kept in the database: every instance on it counts a person's messages in one window.
  const limiter = createSharedRateLimiter({
    db: deps.db,
    burst: rateLimit.max,
    windowMs: rateLimit.windowMs,
    clock: botConfig.clock,
    log: deps.log,
  });
  const voice = createVoiceFeature(
    botConfig.transcribe ? createTranscriber(botConfig.transcribe) : undefined,
    (path) => `${botConfig.apiRoot ?? 'https://api.telegram.org'}/file/bot${token}/${path}`,
    new Composer<BotContext>(criteriaFeature, sentraFeature, questionFeature),
  );
  const users = createChatUsersRepo(deps.db);
  const services: BotServices = {
    ...deps,
    users,
    feedback: createFeedbackRepo(deps.db),
    handoffs: createHandoffsRepo(deps.db),
    refs: createPseudonymizer(botConfig.pseudonymSecret ?? defaultPseudonymSecret(token)),
    memory,
    dialogues: createDialogueRepo(deps.db),
    dialogueOutage: new Map(),
    limiter,
    botUsername: () => bot.botInfo.username,
    typingDelayMs: botConfig.typingDelayMs ?? 300,
    answerHeldVoice: voice.answerHeld,
  };

  bot.api.config.use(markBlocked(users, deps));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const rate = botConfig.globalSendRate ?? 30;
  if (rate > 0) bot.api.config.use(throttled(rate));

  bot.use(trackInFlight(bot as never));
  bot.use((ctx, next) => {
    (ctx as BotContext).arrivedAt = limiter.clock.now();
    return next();
  });
  // One chat's updates are handled in order (a follow-up after its question); other chats run alongside.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(attach(services));
  bot.use(dedupe);
  bot.use(groupsOnlyWhenAddressed);
  bot.use(whenReady(deps.ready, deps.log));
  bot.on('message', limited(limiter));
  bot.use(startFeature);
  bot.use(helpFeature);
  bot.use(deleteFeature);
  bot.use(signInFeature);
  bot.use(criteriaFeature);
  bot.use(sentraFeature);
  bot.use(hitungFeature);
  bot.use(feedbackFeature);
  bot.use(choicesFeature);
  bot.use(questionFeature);
  bot.use(voice);
  bot.use(unsupportedFeature);
  bot.use(unhandledFeature);

  limiters.set(bot, limiter);
  bot.catch(async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    ctx.outcome = 'error';
    const log = ctx.log ?? deps.log;
    log.error({ err: error.error, code: errorCode(error.error) }, 'update failed');
    if (ctx.chat && !(error.error instanceof GrammyError && error.error.error_code === 403)) {
      const t = ctx.t ?? translator('id');
      await ctx.api.sendMessage(ctx.chat.id, t('typingFailed')).catch(() => undefined);
    }
  });
  return bot;
}

/**
 * Until the knowledge is ready (a deploy's first minute), a message is told "sebentar ya" at once, one
 * notice a chat, and handled as soon as it is ready; afterwards this costs nothing.
 */
function whenReady(ready: Promise<unknown> | undefined, log: BotDeps['log']) {
  let settled = !ready;
  const told = new Set<number>();
  const done = (ready ?? Promise.resolve()).then(
    () => undefined,
    (error) => log.warn({ err: error }, 'warming up failed; answering anyway'),
  );
  void done.then(() => {
    settled = true;
    told.clear();
  });
  return async (ctx: BotContext, next: NextFunction) => {
    if (settled) return next();
    if (ctx.message && ctx.chat && !told.has(ctx.chat.id)) {
      told.add(ctx.chat.id);
      await replyText(ctx, ctx.t('warmingUp')).catch(() => undefined);
    }
    ctx.log.info('knowledge not ready yet; update waits for it');
    await done;
    return next();
  };
}

const limiters = new WeakMap<object, SharedRateLimiter>();

/**
 * For shutdown, before waiting for the updates in flight: messages deferred by the rate limit are handled
 * at once instead of holding the stop for up to 20 s (a platform's stop timeout would kill them unanswered).
 */
export function releaseDeferred(bot: object): void {
  limiters.get(bot)?.release();
}

function errorCode(error: unknown): string {
  if (error instanceof GrammyError) return `TELEGRAM_${error.error_code}`;
  return (error as { code?: string })?.code ?? 'UNEXPECTED';
}

/** A 403 on a send means the user blocked the bot (or left): mark them so the outbox stops trying. */
function markBlocked(users: ReturnType<typeof createChatUsersRepo>, deps: BotDeps): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 403 && payload && 'chat_id' in payload) {
      const chatId = Number(payload.chat_id);
      await users
        .markBlocked(chatId)
        .catch((error) => deps.log.warn({ err: error }, 'could not mark blocked'));
    }
    return result;
  };
}

const UNTHROTTLED = new Set([
  'sendChatAction',
  'answerCallbackQuery',
  'getUpdates',
  'getMe',
  'setMyCommands',
]);

/**
 * Telegram's sending limits: about 30 messages a second overall and bursts of up to 20 in one chat
 * (one a second sustained). Chat actions and callback answers do not count, so "typing…" never waits.
 */
function throttled(perSecond: number): Transformer {
  const throttle = apiThrottler({
    global: { reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000 },
    out: { maxConcurrent: 1, reservoir: 20, reservoirRefreshAmount: 20, reservoirRefreshInterval: 20_000 },
  });
  return (prev, method, payload, signal) =>
    UNTHROTTLED.has(method) ? prev(method, payload, signal) : throttle(prev, method, payload, signal);
}
