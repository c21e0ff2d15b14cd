import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { engines, freshDatabases } from '../helpers/db.ts';

/** The database, with every statement sent through query() or exec() outside a transaction recorded. */
function recording(db: Database): { db: Database; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    db: {
      ...db,
      query: (sql, params) => {
        sent.push(sql);
        return db.query(sql, params);
      },
      exec: (sql) => {
        sent.push(sql);
        return db.exec(sql);
      },
    },
  };
}

describe('embedded database start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a data directory with 16 MB of shared buffers, not PostgreSQL default 128 MB', async () => {
    const db = await openPglite(dir);
    try {
      const { rows } = await db.query<{ shared_buffers: string }>('show shared_buffers');
      expect(rows).toEqual([{ shared_buffers: '16MB' }]);
      // PGlite's own start parameters still hold.
      const { rows: path } = await db.query<{ search_path: string }>('show search_path');
      expect(path).toEqual([{ search_path: 'public' }]);
    } finally {
      await db.close();
    }
  });
});

for (const engine of engines()) {
  describe(`migrate on a warm database (${engine.name})`, () => {
    const open = freshDatabases(engine);

    it('sends one statement when nothing is pending', async () => {
      const { db, sent } = recording(await open());
      expect(await migrate(db)).toEqual([]);
      expect(sent).toEqual(['select version from schema_migrations']);
    });

    it('creates its table on an empty database, and still reports other failures', async () => {
      const db = await open();
      await db.exec('drop table schema_migrations');
      expect(await migrate(db, [{ version: 1, name: '001_x', sql: 'create table x (id int)' }])).toEqual([
        '001_x',
      ]);
      const broken: Database = {
        ...db,
        query: () => Promise.reject(Object.assign(new Error('boom'), { cause: { code: '57P01' } })),
      };
      await expect(migrate(broken, [])).rejects.toThrow('boom');
    });
  });
}
