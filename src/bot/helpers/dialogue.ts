import type { DialogueRepo } from '../../db/dialogue-repo.ts';
import type { SentraFacts } from '../../programme/criteria.ts';
import type { VoiceNote } from './transcribe.ts';

export type CriteriaStep = 'households' | 'similar' | 'singleVillage' | 'guidance' | 'knownToPublic';

/** A question held until the user consents (its text only, under pseudonymous refs; never Telegram ids). */
export interface HeldQuestion {
  updateId: number;
  /** The chat it was asked in; the answer goes there, or to the private chat where consent is given. */
  chatRef: string;
  text: string;
  location?: { latitude: number; longitude: number };
  replyTo?: number;
  /** A held /sentra search. */
  directory?: string;
  /** A held voice note: Telegram's reference to it (the audio is fetched and transcribed after consent). */
  voice?: VoiceNote;
  heldAt: number;
}

/** The states of the bot's dialogues, by kind. */
export interface DialogueStates {
  held: HeldQuestion;
  /** The privacy notice was shown to someone who has not consented: later questions get a short reminder. */
  notice: { at: number; after: 'start' | 'question' | 'reminder' };
  criteria: { step: CriteriaStep; facts: SentraFacts; at: number };
  /** /sentra asked for a place or a location. */
  sentra: { at: number };
  /** A /hitung guide: a turn of the conversation while fresh; `awaiting` until the first message after it. */
  hitung: { command: string; guide: string; at: number; awaiting: boolean };
}
export type DialogueKind = keyof DialogueStates;

/** How long each state holds, and whether it belongs to the person in any chat rather than to one chat. */
export const DIALOGUE_SPEC: Record<DialogueKind, { ttlMs: number; anyChat: boolean }> = {
  held: { ttlMs: 30 * 60_000, anyChat: true },
  notice: { ttlMs: 24 * 3_600_000, anyChat: true },
  criteria: { ttlMs: 60 * 60_000, anyChat: false },
  sentra: { ttlMs: 10 * 60_000, anyChat: false },
  hitung: { ttlMs: 30 * 60_000, anyChat: false },
};

/** One update's view of a person's dialogues: loaded once (one query), written through. */
export interface Dialogue {
  get<K extends DialogueKind>(kind: K): Promise<DialogueStates[K] | undefined>;
  set<K extends DialogueKind>(kind: K, state: DialogueStates[K]): Promise<void>;
  /** Removes a state; true when there was one. */
  clear(kind: DialogueKind): Promise<boolean>;
  /** Removes a state and returns it; of two instances taking it at once, one gets it. */
  take<K extends DialogueKind>(kind: K): Promise<DialogueStates[K] | undefined>;
  /** Whether the bot is waiting for this person's reply in this chat (a prompt of its own). */
  awaitsReply(): Promise<boolean>;
}

/** An update without a sender (a channel post) has no dialogue. */
const NONE: Dialogue = {
  get: async () => undefined,
  set: async () => undefined,
  clear: async () => false,
  take: async () => undefined,
  awaitsReply: async () => false,
};

export function createDialogue(repo: DialogueRepo, userRef?: string, chatRef?: string): Dialogue {
  if (!userRef || !chatRef) return NONE;
  let loaded: Promise<Map<DialogueKind, unknown>> | undefined;
  // A database that cannot be read (an outage) reads as no dialogue in progress: the message is then taken
  // as a question and answered, instead of failing every feature that looks for a dialogue step.
  const load = () =>
    (loaded ??= repo.load(userRef, chatRef).then(
      (rows) => {
        const states = new Map<DialogueKind, unknown>();
        for (const row of rows) {
          const kind = row.kind as DialogueKind;
          if (!(kind in DIALOGUE_SPEC)) continue;
          if ((row.chatRef === '') === DIALOGUE_SPEC[kind].anyChat) states.set(kind, row.state);
        }
        return states;
      },
      () => new Map<DialogueKind, unknown>(),
    ));
  const keyOf = (kind: DialogueKind) => ({
    userRef,
    chatRef: DIALOGUE_SPEC[kind].anyChat ? '' : chatRef,
    kind,
  });
  const dialogue: Dialogue = {
    async get(kind) {
      return (await load()).get(kind) as never;
    },
    async set(kind, state) {
      await repo.put(keyOf(kind), state, DIALOGUE_SPEC[kind].ttlMs);
      (await load()).set(kind, state);
    },
    async clear(kind) {
      const had = await repo.remove(keyOf(kind));
      (await load()).delete(kind);
      return had;
    },
    async take(kind) {
      const state = await repo.take(keyOf(kind));
      (await load()).delete(kind);
      return state as never;
    },
    async awaitsReply() {
      const states = await load();
      const criteria = states.get('criteria') as DialogueStates['criteria'] | undefined;
      const hitung = states.get('hitung') as DialogueStates['hitung'] | undefined;
      return Boolean(
        (criteria && (criteria.step === 'households' || criteria.step === 'similar')) ||
          states.has('sentra') ||
          hitung?.awaiting,
      );
    },
  };
  return dialogue;
}
