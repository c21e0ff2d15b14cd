import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { engines, freshDatabases } from '../helpers/db.ts';

// Each file runs whole (PGlite's exec, pg's simple query protocol): semicolons inside a function body or a
// string, which a hand-written splitter cut apart, are the database's business.
const script = `
-- a comment; with a semicolon
create table notes (id integer primary key, body text not null default 'a; b;
c');
create function shout(text) returns text language plpgsql as $$
begin
  return upper($1) || '!';
end;
$$;
insert into notes (id) values (1);
`;

for (const engine of engines()) {
  describe(`migrations run as whole scripts (${engine.name})`, () => {
    const open = freshDatabases(engine);

    it('applies the shipped migrations once, in order', async () => {
      const db = await open();
      const { rows } = await db.query<{ version: number }>(
        'select version from schema_migrations order by 1',
      );
      expect(rows.map((row) => row.version)).toEqual(loadMigrations().map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
    });

    it('runs a script with semicolons inside strings and function bodies', async () => {
      const db = await open();
      expect(await migrate(db, [{ version: 9001, name: '9001_script', sql: script }])).toEqual([
        '9001_script',
      ]);
      const { rows } = await db.query<{ body: string; loud: string }>(
        `select body, shout('halo') as loud from notes`,
      );
      expect(rows).toEqual([{ body: 'a; b;\nc', loud: 'HALO!' }]);
    });

    it('rolls a failing script back whole, and records no version', async () => {
      const db = await open();
      const broken = `create table half (id integer);\nselect * from no_such_table;`;
      await expect(migrate(db, [{ version: 9002, name: '9002_broken', sql: broken }])).rejects.toThrow(
        /no_such_table/,
      );
      const { rows } = await db.query(
        `select (select count(*) from schema_migrations where version = 9002)::int as recorded,
                to_regclass('half') is null as rolled_back`,
      );
      expect(rows).toEqual([{ recorded: 0, rolled_back: true }]);
    });
  });
}
