import { describe, expect, it } from 'vitest';
import { createDialogueRepo, MAX_STATE_BYTES } from '../../src/db/dialogue-repo.ts';
import { engines, freshDatabases } from '../helpers/db.ts';

const count = async (db: Awaited<ReturnType<ReturnType<typeof freshDatabases>>>) =>
  Number((await db.query<{ n: string }>('select count(*) as n from dialogue_state')).rows[0]!.n);

describe.each(engines())('dialogue state on $name', (engine) => {
  const open = freshDatabases(engine);

  it('keeps a state per person, chat and kind; reads the person-wide ones in every chat', async () => {
    const db = await open();
    const repo = createDialogueRepo(db);
    await repo.put(
      { userRef: 'u1', chatRef: 'c1', kind: 'criteria' },
      { step: 'similar', facts: { households: 500 } },
      60_000,
    );
    await repo.put({ userRef: 'u1', chatRef: '', kind: 'held' }, { text: 'apa itu HPP?' }, 60_000);
    await repo.put(
      { userRef: 'u2', chatRef: 'c1', kind: 'criteria' },
      { step: 'households', facts: {} },
      60_000,
    );
    const u1c1 = await repo.load('u1', 'c1');
    expect(u1c1.map((row) => row.kind).sort()).toEqual(['criteria', 'held']);
    expect(u1c1.find((row) => row.kind === 'criteria')!.state).toEqual({
      step: 'similar',
      facts: { households: 500 },
    });
    expect((await repo.load('u1', 'c2')).map((row) => row.kind)).toEqual(['held']);
    // A second put replaces; take returns and removes, once.
    await repo.put({ userRef: 'u1', chatRef: '', kind: 'held' }, { text: 'apa itu merek?' }, 60_000);
    expect(await repo.take({ userRef: 'u1', chatRef: '', kind: 'held' })).toEqual({ text: 'apa itu merek?' });
    expect(await repo.take({ userRef: 'u1', chatRef: '', kind: 'held' })).toBeUndefined();
    expect(await repo.removeUser('u1')).toBe(1);
    expect(await repo.load('u1', 'c1')).toEqual([]);
    expect(await repo.load('u2', 'c1')).toHaveLength(1);
  });

  it('ignores expired states, sweeps them away, and refuses an oversized one', async () => {
    let clock = 0;
    const db = await open();
    const repo = createDialogueRepo(db, { sweepEveryMs: 60_000, now: () => clock });
    const key = { userRef: 'u1', chatRef: 'c1', kind: 'sentra' };
    await repo.put(key, { at: 1 }, 60_000);
    await db.query(`update dialogue_state set expires_at = now() - interval '1 second'`);
    expect(await repo.load('u1', 'c1')).toEqual([]);
    expect(await repo.take(key)).toBeUndefined();
    expect(await repo.remove(key)).toBe(false);
    for (let i = 0; i < 20; i++) await repo.put({ ...key, userRef: `old${i}` }, { at: i }, 60_000);
    await db.query(`update dialogue_state set expires_at = now() - interval '1 second'`);
    await repo.put({ ...key, userRef: 'fresh' }, { at: 0 }, 60_000);
    // The sweep runs from put at most once a minute: here the clock has not moved since the first put.
    expect(await count(db)).toBe(21);
    clock += 60_000;
    await repo.put({ ...key, userRef: 'later' }, { at: 0 }, 60_000);
    expect(await count(db)).toBe(2);
    await expect(repo.put(key, { text: 'x'.repeat(MAX_STATE_BYTES) }, 60_000)).rejects.toThrow(RangeError);
  });
});
