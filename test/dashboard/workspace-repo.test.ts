import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/port.ts';
import { type ConversationFilter, createWorkspaceRepo } from '../../src/db/workspace-repo.ts';
import { engines } from '../helpers/db.ts';

describe.each(engines())('workspace list on $name', (engine) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await engine.open());
    // 130 interactions over 13 days, some sharing a timestamp (keyset paging must not lose or repeat them).
    for (let i = 0; i < 130; i++) {
      const day = Math.floor(i / 10);
      const answered = i % 3 !== 0;
      await db.query(
        `insert into interactions (created_at, channel, user_ref, chat_ref, question, language, answer, answered, confidence, outcome, sources, timings)
         values ($1, $2, $3, $3, $4, 'id', $5, $6, 0.5, $7, $8, '{}')`,
        [
          new Date(Date.UTC(2026, 10, 1 + day, 8, i % 5)).toISOString(),
          i % 2 ? 'telegram' : 'cli',
          `u${i % 7}`,
          `pertanyaan nomor ${i} tentang ${i % 4 === 0 ? 'kemasan keripik' : 'harga jual'}`,
          answered ? 'jawaban dengan sumber' : 'maaf belum tahu',
          answered,
          answered ? 'answered' : 'declined',
          JSON.stringify(answered ? [{ path: `knowledge/${i % 2 ? 'keuangan' : 'kemasan'}/a.md` }] : []),
        ],
      );
    }
    await db.query(
      `insert into feedback (interaction_id, value) select id, case when id % 2 = 0 then 1 else -1 end from interactions where id % 10 = 0`,
    );
  });
  afterAll(async () => cleanup?.());

  const all = async (filter: ConversationFilter, size = 7) => {
    const repo = createWorkspaceRepo(db);
    const seen: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await repo.page(filter, cursor, size);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) return seen;
      cursor = page.next;
    }
  };
  const count = async (where: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from interactions i where ${where}`)).rows[0]!
      .n;

  it('pages through everything once, newest first', async () => {
    const ids = await all({});
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
    const rows = await createWorkspaceRepo(db).page({}, undefined, 130);
    const times = rows.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('applies each filter as the SQL says, alone and combined', async () => {
    expect((await all({ outcome: 'declined' })).length).toBe(await count(`outcome = 'declined'`));
    expect((await all({ channel: 'telegram', topic: 'keuangan' })).length).toBe(
      await count(`channel = 'telegram' and sources->0->>'path' like 'knowledge/keuangan/%'`),
    );
    expect((await all({ from: '2026-11-03', to: '2026-11-04' })).length).toBe(20);
    expect((await all({ feedback: 'down' })).length).toBe(
      await count('exists (select 1 from feedback f where f.interaction_id = i.id and f.value = -1)'),
    );
    expect((await all({ feedback: 'none' })).length).toBe(130 - 13);
    expect((await all({ q: 'keripik' })).length).toBe(await count(`question like '%keripik%'`));
    expect((await all({ q: 'belum tahu', outcome: 'declined' })).length).toBe(
      await count(`outcome = 'declined'`),
    );
    expect(await all({ q: 'keripik -kemasan' })).toEqual([]);
    expect(await all({ q: '"harga jual" nomor' })).toHaveLength(await count(`question like '%harga jual%'`));
  });

  it('ignores malformed dates and cursors instead of failing', async () => {
    expect((await all({ from: 'kemarin', to: '2026-13-45x' })).length).toBe(130);
    expect((await all({ from: '2026-02-31', to: '2026-13-01' })).length).toBe(130);
    const page = await createWorkspaceRepo(db).page({}, 'not-a-cursor', 5);
    expect(page.rows).toHaveLength(5);
  });

  it('lists the values present for the filter menus', async () => {
    const facets = await createWorkspaceRepo(db).facets();
    expect(facets.channels).toEqual(['cli', 'telegram']);
    expect(facets.topics).toEqual(['kemasan', 'keuangan']);
    expect(facets.outcomes).toEqual(['answered', 'declined']);
  });
});
