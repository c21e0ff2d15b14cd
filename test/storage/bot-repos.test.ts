import { createCardsRepo } from '../../src/db/cards-repo.ts';
import { describe, expect, it } from 'vitest';
import { createChatUsersRepo } from '../../src/db/chat-users-repo.ts';
import { createFeedbackRepo } from '../../src/db/feedback-repo.ts';
import { createHandoffsRepo } from '../../src/db/handoffs-repo.ts';
import { createInteractionsRepo } from '../../src/db/interactions-repo.ts';
import { engines, freshDatabases } from '../helpers/db.ts';

const row = (userRef: string, chatRef: string, updateId: number, question = 'q') => ({
  channel: 'telegram',
  userRef,
  chatRef,
  updateId,
  question,
  language: 'id',
  answer: `jawab ${question}`,
  answered: true,
  confidence: 0.9,
  outcome: 'answered',
  sources: [],
  timings: {},
});

describe.each(engines())('bot repositories on $name', (engine) => {
  const open = freshDatabases(engine);

  it('claims an update once and loads consent and the answered hand-off in one query; reads the last turns', async () => {
    const db = await open();
    const users = createChatUsersRepo(db);
    const first = await users.claimAndLoad(1, 'u1');
    expect(first).toMatchObject({ fresh: true, user: null, thread: null });
    expect((await users.claimAndLoad(1, 'u1')).fresh).toBe(false);
    await users.consent({ userRef: 'u1', channel: 'telegram', chatId: 11, language: 'id' });
    const interactions = createInteractionsRepo(db);
    for (let i = 0; i < 5; i++) await interactions.insert(row('u1', 'c1', 100 + i, `q${i}`));
    const handoffs = createHandoffsRepo(db);
    const handoff = await handoffs.create({
      userRef: 'u1',
      channel: 'telegram',
      question: 'q',
      reason: 'requested',
    });
    await handoffs.reply({ handoffId: handoff.id, mentorId: 1, mentorName: 'M', body: 'b', delivered: 'b' });
    const loaded = await users.claimAndLoad(2, 'u1');
    expect(loaded.user?.consentedAt).toBeInstanceOf(Date);
    expect(loaded.user?.chatId).toBe(11);
    expect(loaded.thread?.id).toBe(handoff.id);
    expect(loaded.thread?.answeredAt).toBeInstanceOf(Date);
    expect((await users.recentTurns('c1')).map((t) => t.question)).toEqual(['q2', 'q3', 'q4']);
    expect((await users.claimAndLoad(3, null)).user).toBeNull();
  });

  it('deletes everything of one user and nothing of another; feedback only on their own answers', async () => {
    const db = await open();
    const users = createChatUsersRepo(db);
    const feedback = createFeedbackRepo(db);
    const interactions = createInteractionsRepo(db);
    const handoffs = createHandoffsRepo(db);
    const cards = createCardsRepo(db);
    for (const [ref, chat] of [
      ['u1', 11],
      ['u2', 22],
    ] as const) {
      await users.consent({ userRef: ref, channel: 'telegram', chatId: chat, language: 'id' });
      const id = await interactions.insert(row(ref, `c${chat}`, chat));
      expect(await feedback.set(id, ref, 1)).toBe(true);
      expect(await feedback.set(id, ref === 'u1' ? 'u2' : 'u1', -1)).toBe(false);
      const h = await handoffs.create({
        userRef: ref,
        channel: 'telegram',
        question: 'q',
        reason: 'declined',
        interactionId: id,
      });
      await handoffs.reply({ handoffId: h.id, mentorId: 1, mentorName: 'M', body: 'b', delivered: 'b' });
      // The user picked a topic from "maksudnya yang mana?": their words wait as a candidate variant.
      const cardId = await cards.createMentorCard({
        question: `kartu ${ref}`,
        jawab: 'Jawaban uji yang cukup.',
        mentor: 'M',
      });
      await cards.addVariant({ cardId, text: `kata-kata ${ref}`, origin: 'chosen', interactionId: id });
      // An update still being handled, kept with its claim (its text and the sender's name in it), and the
      // rate limit's windows of the person and of their replies to prompts.
      await users.claimAndLoad(
        1000 + chat,
        ref,
        { holder: 'elsewhere:1:x', ms: 30_000 },
        {
          update_id: 1000 + chat,
          message: {
            message_id: 1,
            date: 1,
            chat: { id: chat, type: 'private' },
            from: { id: chat },
            text: `teks ${ref}`,
          },
        },
      );
      for (const key of [ref, `${ref}:prompt`])
        await db.query("insert into rate_limit (key, expires_at) values ($1, now() + interval '1 minute')", [
          key,
        ]);
    }
    const counts = await users.deleteEverything('u1', 'c11', 11);
    expect(counts).toEqual({
      outbox: 1,
      handoffs: 1,
      feedback: 1,
      variants: 1,
      interactions: 1,
      users: 1,
      updates: 1,
      rateLimit: 2,
    });
    const { rows: payloads } = await db.query<{ update_id: string; payload: unknown }>(
      'select update_id, payload from bot_updates where update_id in (1011, 1022) order by update_id',
    );
    expect(payloads.map((r) => r.payload === null)).toEqual([true, false]);
    const { rows: windows } = await db.query<{ key: string }>('select key from rate_limit order by key');
    expect(windows.map((r) => r.key)).toEqual(['u2', 'u2:prompt']);
    const { rows: left } = await db.query<{ text: string }>(
      `select text from card_variants where origin = 'chosen'`,
    );
    expect(left.map((r) => r.text)).toEqual(['kata-kata u2']);
    for (const table of ['interactions', 'feedback', 'handoffs', 'outbox', 'chat_users']) {
      const { rows } = await db.query<{ user_ref: string }>(`select user_ref from ${table}`);
      expect(rows.map((r) => r.user_ref)).toEqual(['u2']);
    }
    await users.markBlocked(22);
    expect((await users.get('u2'))?.blockedAt).toBeInstanceOf(Date);
    await users.unblock('u2');
    expect((await users.get('u2'))?.blockedAt).toBeNull();
  });
});
