import type { Context } from 'grammy';
import type { ChatUsersRepo } from '../db/chat-users-repo.ts';
import type { FeedbackRepo } from '../db/feedback-repo.ts';
import type { DialogueRepo } from '../db/dialogue-repo.ts';
import type { HandoffsRepo } from '../db/handoffs-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import type { AnswerService } from '../rag/answer-service.ts';
import type { FallbackJournal } from '../rag/interaction-log.ts';
import type { Dialogue, DialogueOutage, HeldQuestion } from './helpers/dialogue.ts';
import type { Pseudonymizer } from './helpers/pseudonym.ts';
import type { SharedRateLimiter } from './middlewares/rate-limit.ts';
import type { Locale, Translate } from './locales/index.ts';

/** What the bot needs from the rest of the product; the bot adds no answering logic of its own. */
export interface BotDeps {
  answers: AnswerService;
  db: Database;
  log: Logger;
  /**
   * A one-time sign-in link to the mentor workspace for this Telegram user, or null when they are not an
   * allow-listed mentor. Absent when the workspace is not part of this deployment.
   */
  signInLink?: (telegramUserId: number) => Promise<string | null>;
  /**
   * Settles when the knowledge is ready to answer from (the card index read after a deploy). A message that
   * arrives before is told "sebentar ya" at once and answered when it settles. Absent: ready at once.
   */
  ready?: Promise<unknown>;
  /**
   * Where writes go while the database is down (consent, feedback, hand-offs, dialogue steps), in one file
   * and one order with the interactions. Default: the journal the app opened on `db`.
   */
  fallback?: FallbackJournal;
}

/** Per-process state that is not dialogue: in-memory claims of update ids, used when the database is down. */
export interface BotMemory {
  seenUpdates: Set<number>;
}

export type { CriteriaStep } from './helpers/dialogue.ts';

export interface BotServices extends BotDeps {
  users: ChatUsersRepo;
  feedback: FeedbackRepo;
  handoffs: HandoffsRepo;
  refs: Pseudonymizer;
  memory: BotMemory;
  /** Dialogue state in the database (any instance can take the next step; see helpers/dialogue.ts). */
  dialogues: DialogueRepo;
  /** Dialogue states kept in this process while the database refused them (see helpers/dialogue.ts). */
  dialogueOutage: DialogueOutage;
  limiter: SharedRateLimiter;
  botUsername: () => string;
  /** How long an answer may take before "typing…" is shown. */
  typingDelayMs: number;
  /** Answers a held voice note after consent (transcribed first; see features/voice.ts). */
  answerHeldVoice?: (ctx: BotContext, held: HeldQuestion) => Promise<void>;
}

/** The grammY context of this bot: services, a per-update logger, the user's language and refs. */
export type BotContext = Context & {
  deps: BotServices;
  log: Logger;
  locale: Locale;
  t: Translate;
  /** Pseudonymous refs of the sender and the chat (absent for updates without a user). */
  userRef?: string;
  chatRef?: string;
  /** What the update's first query loaded about the sender (see dedupe); absent when the database failed. */
  loaded?: {
    user: import('../db/chat-users-repo.ts').ChatUser | null;
    thread: { id: number; answeredAt: Date } | null;
  };
  /** This update's view of the sender's dialogues, loaded on first use. */
  dialogue: Dialogue;
  /** When the update reached this process (the limiter's clock), before it waited for its chat's turn. */
  arrivedAt?: number;
  /** Set by features for the one log line per update. */
  outcome?: string;
};
