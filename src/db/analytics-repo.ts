import type { Database } from './port.ts';

export interface DailyCount {
  day: string;
  total: number;
  answered: number;
  handedOff: number;
}

export interface Analytics {
  days: DailyCount[];
  totals: { questions: number; answered: number; handoffs: number; up: number; down: number };
  resolve: { resolved: number; medianHours: number | null; p90Hours: number | null };
  topics: { topic: string; count: number }[];
}

/** Aggregates for the analytics page, over a window of days ending today (UTC). */
export function createAnalyticsRepo(db: Database) {
  return {
    async summary(days = 30): Promise<Analytics> {
      const since = `now()::date - ($1::int - 1)`;
      const daily = await db.query<{ day: string; total: string; answered: string }>(
        `select to_char(d, 'YYYY-MM-DD') as day, count(i.id) as total, count(i.id) filter (where i.answered) as answered
         from generate_series(${since}, now()::date, interval '1 day') d
         left join interactions i on i.created_at >= d and i.created_at < d + interval '1 day'
         group by d order by d`,
        [days],
      );
      const handoffs = await db.query<{ day: string; n: string }>(
        `select to_char(created_at::date, 'YYYY-MM-DD') as day, count(*) as n from handoffs
         where created_at >= ${since} group by 1`,
        [days],
      );
      const handoffsByDay = new Map(handoffs.rows.map((row) => [row.day, Number(row.n)]));
      const feedback = await db.query<{ up: string; down: string }>(
        `select count(*) filter (where f.value = 1) as up, count(*) filter (where f.value = -1) as down
         from feedback f where f.created_at >= ${since}`,
        [days],
      );
      const resolve = await db.query<{ n: string; median: number | null; p90: number | null }>(
        `select count(*) as n,
           percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at)) / 3600 as median,
           percentile_cont(0.9) within group (order by extract(epoch from resolved_at - created_at)) / 3600 as p90
         from handoffs where resolved_at is not null and created_at >= ${since}`,
        [days],
      );
      const topics = await db.query<{ topic: string | null; n: string }>(
        `select coalesce(topic, '(tanpa sumber)') as topic, count(*) as n from interactions
         where created_at >= ${since} group by 1 order by 2 desc limit 12`,
        [days],
      );
      const list = daily.rows.map((row) => ({
        day: row.day,
        total: Number(row.total),
        answered: Number(row.answered),
        handedOff: handoffsByDay.get(row.day) ?? 0,
      }));
      const r = resolve.rows[0]!;
      const round = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
      return {
        days: list,
        totals: {
          questions: list.reduce((n, d) => n + d.total, 0),
          answered: list.reduce((n, d) => n + d.answered, 0),
          handoffs: list.reduce((n, d) => n + d.handedOff, 0),
          up: Number(feedback.rows[0]!.up),
          down: Number(feedback.rows[0]!.down),
        },
        resolve: { resolved: Number(r.n), medianHours: round(r.median), p90Hours: round(r.p90) },
        topics: topics.rows.map((row) => ({ topic: String(row.topic), count: Number(row.n) })),
      };
    },

    /** Recent questions the bot could not answer, newest first, for grouping into knowledge gaps. */
    async unanswered(limit = 2_000): Promise<{ id: number; question: string; createdAt: Date }[]> {
      const { rows } = await db.query<{ id: string; question: string; created_at: Date }>(
        `select id, left(question, 500) as question, created_at from interactions
         where outcome = 'declined' order by created_at desc, id desc limit $1`,
        [limit],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        question: row.question,
        createdAt: new Date(row.created_at),
      }));
    },
  };
}

export type AnalyticsRepo = ReturnType<typeof createAnalyticsRepo>;
