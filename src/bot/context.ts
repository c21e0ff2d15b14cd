import type { Context } from 'grammy';
import type { ChatUsersRepo } from '../db/chat-users-repo.ts';
import type { FeedbackRepo } from '../db/feedback-repo.ts';
import type { HandoffsRepo } from '../db/handoffs-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import type { AnswerService } from '../rag/answer-service.ts';
import type { SentraFacts } from '../programme/criteria.ts';
import type { Pseudonymizer } from './helpers/pseudonym.ts';
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
}

/** A question held in memory until the user consents; nothing of it is stored before that. */
export interface PendingQuestion {
  updateId: number;
  chatId: number;
  text: string;
  location?: { latitude: number; longitude: number };
  replyTo?: number;
  heldAt: number;
}

/** Per-process conversation state that must not be stored: dialogues in progress and held questions. */
export interface BotMemory {
  pending: Map<number, PendingQuestion>;
  /** Chats (chatId:userId) that asked /sentra without saying what, waiting for a place or a location. */
  awaitingSentra: Map<string, number>;
  criteria: Map<string, { step: CriteriaStep; facts: SentraFacts; at: number }>;
  /** Chats (chatId:userId) shown a /hitung guide: the next message continues that calculation. */
  hitungGuide: Map<string, { command: string; guide: string; at: number }>;
  /** In-memory claims of update ids, used when the database cannot be reached. */
  seenUpdates: Set<number>;
}

export type CriteriaStep = 'households' | 'similar' | 'singleVillage' | 'guidance' | 'knownToPublic';

export interface BotServices extends BotDeps {
  users: ChatUsersRepo;
  feedback: FeedbackRepo;
  handoffs: HandoffsRepo;
  refs: Pseudonymizer;
  memory: BotMemory;
  botUsername: () => string;
  /** How long an answer may take before "typing…" is shown. */
  typingDelayMs: number;
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
  /** Set by features for the one log line per update. */
  outcome?: string;
};
