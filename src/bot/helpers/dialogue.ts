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

/**
 * Dialogue states this process set or removed while the database refused them (an outage), by key: the
 * dialogue goes on from them in this process, and they are written to the database at the first read of
 * that person's dialogues after it answers again. A restart during the outage forgets them (a /kriteria or
 * /hitung in progress is then started again).
 */
export type DialogueOutage = Map<string, { state: unknown; expiresAt: number }>;
const OUTAGE_CAP = 10_000;

/** /hapus: the person's states kept during an outage go too. */
export function forgetDialoguesKept(outage: DialogueOutage, userRef: string): void {
  for (const key of [...outage.keys()]) if (key.startsWith(`${userRef}\u0000`)) outage.delete(key);
}
const outageKey = (key: { userRef: string; chatRef: string; kind: string }) =>
  `${key.userRef}\u0000${key.chatRef}\u0000${key.kind}`;

export function createDialogue(
  repo: DialogueRepo,
  userRef?: string,
  chatRef?: string,
  outage: DialogueOutage = new Map(),
): Dialogue {
  if (!userRef || !chatRef) return NONE;
  let loaded: Promise<Map<DialogueKind, unknown>> | undefined;
  /** This person's states kept during an outage (null: removed), dropping the expired ones. */
  const kept = () => {
    const out: { kind: DialogueKind; key: string; state: unknown; left: number }[] = [];
    for (const kind of Object.keys(DIALOGUE_SPEC) as DialogueKind[]) {
      const key = outageKey(keyOf(kind));
      const entry = outage.get(key);
      if (!entry) continue;
      const left = entry.expiresAt - Date.now();
      if (left <= 0) outage.delete(key);
      else out.push({ kind, key, state: entry.state, left });
    }
    return out;
  };
  // A database that cannot be read (an outage) reads as the states kept in this process during it (none
  // for most people): the message is then taken as a question and answered, instead of failing every
  // feature that looks for a dialogue step.
  const load = () =>
    (loaded ??= repo.load(userRef, chatRef).then(
      async (rows) => {
        const states = new Map<DialogueKind, unknown>();
        for (const row of rows) {
          const kind = row.kind as DialogueKind;
          if (!(kind in DIALOGUE_SPEC)) continue;
          if ((row.chatRef === '') === DIALOGUE_SPEC[kind].anyChat) states.set(kind, row.state);
        }
        // The database answers again: what was kept during the outage is written to it now.
        for (const entry of kept()) {
          try {
            if (entry.state === null) await repo.remove(keyOf(entry.kind));
            else await repo.put(keyOf(entry.kind), entry.state, entry.left);
            outage.delete(entry.key);
          } catch {
            // Still failing: kept for the next read.
          }
          if (entry.state === null) states.delete(entry.kind);
          else states.set(entry.kind, entry.state);
        }
        return states;
      },
      () => {
        const states = new Map<DialogueKind, unknown>();
        for (const entry of kept()) if (entry.state !== null) states.set(entry.kind, entry.state);
        return states;
      },
    ));
  /** The database refused a write: keep it in this process (a state too large is refused outright). */
  const keep = (kind: DialogueKind, state: unknown, error: unknown) => {
    if (error instanceof RangeError) throw error;
    const key = outageKey(keyOf(kind));
    outage.delete(key);
    outage.set(key, { state, expiresAt: Date.now() + DIALOGUE_SPEC[kind].ttlMs });
    if (outage.size > OUTAGE_CAP) outage.delete(outage.keys().next().value!);
  };
  const settled = (kind: DialogueKind) => outage.delete(outageKey(keyOf(kind)));
  const keyOf = (kind: DialogueKind) => ({
    userRef,
    chatRef: DIALOGUE_SPEC[kind].anyChat ? '' : chatRef,
    kind,
  });
  /**
   * Ends a dialogue step in the database and in this process; during an outage the answer comes from
   * what this process kept, and the removal is kept for the next read.
   */
  async function drop<T>(
    kind: DialogueKind,
    fromDatabase: () => Promise<T>,
    fromMemory: (states: Map<DialogueKind, unknown>) => T,
  ): Promise<T> {
    let out: T;
    try {
      out = await fromDatabase();
      settled(kind);
    } catch (error) {
      out = fromMemory(await load());
      keep(kind, null, error);
    }
    (await load()).delete(kind);
    return out;
  }
  const dialogue: Dialogue = {
    async get(kind) {
      return (await load()).get(kind) as never;
    },
    async set(kind, state) {
      try {
        await repo.put(keyOf(kind), state, DIALOGUE_SPEC[kind].ttlMs);
        settled(kind);
      } catch (error) {
        keep(kind, state, error);
      }
      (await load()).set(kind, state);
    },
    clear(kind) {
      return drop(
        kind,
        () => repo.remove(keyOf(kind)),
        (states) => states.has(kind),
      );
    },
    take(kind) {
      return drop(
        kind,
        () => repo.take(keyOf(kind)),
        (states) => states.get(kind),
      ) as never;
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
