import { describe, expect, it } from 'vitest';
import { createHandoffsRepo } from '../../src/db/handoffs-repo.ts';
import { createInteractionsRepo } from '../../src/db/interactions-repo.ts';
import { createOutboxRepo, type OutboxMessage } from '../../src/db/outbox-repo.ts';
import { engines, freshDatabases } from '../helpers/db.ts';

const base = {
  channel: 'telegram',
  question: 'q',
  language: 'id',
  answer: 'a',
  answered: true,
  confidence: 0.9,
  outcome: 'answered',
  sources: [],
  timings: {},
};

describe.each(engines())('conversations on $name', (engine) => {
  const open = freshDatabases(engine);

  it('stores a re-delivered update once and returns the same id', async () => {
    const db = await open();
    const repo = createInteractionsRepo(db);
    const first = await repo.insert({ ...base, updateId: 42 });
    const again = await repo.insert({ ...base, updateId: 42, answer: 'other' });
    const other = await repo.insert({ ...base, updateId: 43 });
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    const { rows } = await db.query<{ n: string }>('select count(*) as n from interactions');
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it('keeps the database free while a message is being sent, and two delivery rounds send each message once', async () => {
    const db = await open();
    const outbox = createOutboxRepo(db);
    await db.query(
      `insert into chat_users (user_ref, channel, chat_id, consented_at) values ('u1', 'telegram', 111, now())`,
    );
    for (const body of ['satu', 'dua', 'tiga']) await outbox.enqueue({ userRef: 'u1', chatId: 111, body });
    const sent: string[] = [];
    const send = async (message: OutboxMessage) => {
      // While Telegram is answering, the bot goes on answering questions: the database must not be held.
      const { rows } = await db.query<{ n: string }>('select count(*) as n from interactions');
      expect(Number(rows[0]!.n)).toBe(0);
      sent.push(message.body);
      return { kind: 'sent' as const };
    };
    const stuck = new Promise<string>((resolve) => setTimeout(() => resolve('stuck'), 5_000).unref());
    const rounds = Promise.all([outbox.deliver(send), outbox.deliver(send)]);
    expect(await Promise.race([rounds.then(() => 'done'), stuck])).toBe('done');
    expect(sent).toEqual(['satu', 'dua', 'tiga']);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('queues a mentor reply only for a consented chat and delivers in order per chat, once', async () => {
    const db = await open();
    const handoffs = createHandoffsRepo(db);
    const outbox = createOutboxRepo(db);
    await db.query(
      `insert into chat_users (user_ref, channel, chat_id, consented_at) values ('u1', 'telegram', 111, now()),
       ('u2', 'telegram', null, null)`,
    );
    const h1 = await handoffs.create({
      userRef: 'u1',
      channel: 'telegram',
      question: 'q1',
      reason: 'declined',
    });
    const h2 = await handoffs.create({
      userRef: 'u2',
      channel: 'telegram',
      question: 'q2',
      reason: 'requested',
    });
    const reply = (handoffId: number, body: string) =>
      handoffs.reply({ handoffId, mentorId: 7, mentorName: 'Bu Sari', body, delivered: `${body} — Bu Sari` });
    expect(await reply(h1.id, 'satu')).toBeTypeOf('number');
    expect(await reply(h2.id, 'tanpa chat')).toBeNull();
    expect(await reply(h1.id, 'dua')).toBeTypeOf('number');
    expect((await handoffs.get(h1.id))!.status).toBe('answered');
    expect(await handoffs.messages(h2.id)).toEqual([]);

    const sent: string[] = [];
    let fail = true;
    const send = async (message: OutboxMessage) => {
      if (fail) {
        fail = false;
        return { kind: 'retry' as const, error: '429' };
      }
      sent.push(message.body);
      return { kind: 'sent' as const };
    };
    expect(await outbox.deliver(send)).toBe(1);
    expect(sent).toEqual([]);
    await outbox.deliver(send);
    await outbox.deliver(send);
    expect(sent).toEqual(['satu — Bu Sari', 'dua — Bu Sari']);
    expect(await outbox.pendingCount()).toBe(0);
    expect(await handoffs.latestAnsweredFor('u1')).toMatchObject({ id: h1.id });
    expect(await handoffs.resolve(h1.id, 7)).toBe(true);
    expect(await handoffs.resolve(h1.id, 7)).toBe(false);
    expect(await handoffs.listUnresolved()).toHaveLength(1);
    const interactionId = await createInteractionsRepo(db).insert({ ...base, updateId: 99 });
    expect(await handoffs.latestForInteraction(interactionId)).toBeNull();
    const asked = await handoffs.create({
      userRef: 'u1',
      channel: 'telegram',
      question: 'q3',
      reason: 'requested',
      interactionId,
    });
    expect(await handoffs.latestForInteraction(interactionId)).toMatchObject({
      id: asked.id,
      status: 'open',
    });
  });
});
