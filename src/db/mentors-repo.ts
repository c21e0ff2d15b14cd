import type { Database } from './port.ts';

export const ROLES = ['admin', 'mentor', 'official'] as const;
export type Role = (typeof ROLES)[number];

export interface Mentor {
  id: number;
  telegramId: number;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
}

interface MentorRow {
  id: string;
  telegram_id: string;
  name: string;
  role: Role;
  active: boolean;
  created_at: Date;
}

const COLUMNS = 'id, telegram_id, name, role, active, created_at';

export function toMentor(row: MentorRow): Mentor {
  return {
    id: Number(row.id),
    telegramId: Number(row.telegram_id),
    name: row.name,
    role: row.role,
    active: row.active,
    createdAt: new Date(row.created_at),
  };
}

/** The workspace's allow-list: who may sign in, with which role. */
export function createMentorsRepo(db: Database) {
  return {
    /** Adds a person, or updates the name and role of the one with this Telegram id (and re-activates them). */
    async upsert(input: { telegramId: number; name: string; role: Role }): Promise<Mentor> {
      const { rows } = await db.query<MentorRow>(
        `insert into mentors (telegram_id, name, role) values ($1, $2, $3)
         on conflict (telegram_id) do update set name = excluded.name, role = excluded.role, active = true
         returning ${COLUMNS}`,
        [input.telegramId, input.name, input.role],
      );
      return toMentor(rows[0]!);
    },

    async byTelegramId(telegramId: number): Promise<Mentor | null> {
      const { rows } = await db.query<MentorRow>(`select ${COLUMNS} from mentors where telegram_id = $1`, [
        telegramId,
      ]);
      return rows[0] ? toMentor(rows[0]) : null;
    },

    async get(id: number): Promise<Mentor | null> {
      const { rows } = await db.query<MentorRow>(`select ${COLUMNS} from mentors where id = $1`, [id]);
      return rows[0] ? toMentor(rows[0]) : null;
    },

    async list(): Promise<Mentor[]> {
      const { rows } = await db.query<MentorRow>(`select ${COLUMNS} from mentors order by name, id`);
      return rows.map(toMentor);
    },

    /** Changes a role or access; a person switched off loses their sessions at once. */
    async update(id: number, change: { role?: Role; active?: boolean }): Promise<Mentor | null> {
      const { rows } = await db.query<MentorRow>(
        `update mentors set role = coalesce($2, role), active = coalesce($3, active) where id = $1
         returning ${COLUMNS}`,
        [id, change.role ?? null, change.active ?? null],
      );
      if (change.active === false) await db.query('delete from sessions where mentor_id = $1', [id]);
      return rows[0] ? toMentor(rows[0]) : null;
    },
  };
}

export type MentorsRepo = ReturnType<typeof createMentorsRepo>;
