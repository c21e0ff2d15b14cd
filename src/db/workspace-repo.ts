import type { Queryable } from './port.ts';

/** Filters of the conversation list; every one is optional and they combine with AND. */
export interface ConversationFilter {
  /** Inclusive dates, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
  outcome?: string;
  feedback?: 'up' | 'down' | 'none';
  topic?: string;
  channel?: string;
  /** Full-text search over question and answer (web-search syntax: words, "phrases", -not). */
  q?: string;
}

export interface ConversationRow {
  id: number;
  createdAt: Date;
  channel: string;
  userRef: string | null;
  chatRef: string | null;
  question: string;
  answer: string;
  answered: boolean;
  confidence: number;
  outcome: string;
  mode: string | null;
  topic: string | null;
  language: string;
  feedback: -1 | 1 | null;
}

export interface ConversationDetail extends ConversationRow {
  sources: {
    n?: number;
    title?: string;
    path?: string;
    section?: string;
    score?: number;
    source?: string;
    asOf?: string;
  }[];
  timings: Record<string, number>;
  /** What the answering step understood and decided (asking sentence, cards, rules, choices). */
  trace: {
    asking?: string;
    context?: string;
    cards?: { id: string; section: string; score: number; matched: string }[];
    card?: string;
    rules?: { rule: string; effect: string }[];
    choices?: { cardId: string; label: string }[];
    chosenFrom?: number;
  } | null;
  error: string | null;
}

/** A document shipped with the product (from knowledge/, as ingested), for mentors to browse read-only. */
export interface ShippedDocument {
  id: number;
  path: string;
  title: string;
  topic: string;
  source: string;
  /** YYYY-MM-DD, or null when the document gives no date. */
  asOf: string | null;
  /** Its answer cards. */
  cards: number;
}

/** Documents made in the workspace live under this folder of the index; everything else was shipped. */
const CURATED_PREFIX = 'kurasi/';

export interface Page<T> {
  rows: T[];
  /** Opaque cursor of the next page (keyset: created_at and id of the last row), null on the last page. */
  next: string | null;
}

const LIST_COLUMNS = `i.id, i.created_at, i.channel, i.user_ref, i.chat_ref, left(i.question, 2000) as question,
  left(i.answer, 2000) as answer, i.answered, i.confidence, i.outcome, i.mode, i.topic, i.language,
  (select f.value from feedback f where f.interaction_id = i.id) as feedback`;

/** The stored search vector of question and answer (simple configuration: no stemming, any language). */
export const FTS_DOCUMENT = 'i.search';

/** A real calendar date YYYY-MM-DD (2026-02-31 is not one, and would fail in SQL). */
function isDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function toRow(row: Record<string, unknown>): ConversationRow {
  return {
    id: Number(row.id),
    createdAt: new Date(row.created_at as string),
    channel: String(row.channel),
    userRef: (row.user_ref as string | null) ?? null,
    chatRef: (row.chat_ref as string | null) ?? null,
    question: String(row.question),
    answer: String(row.answer),
    answered: Boolean(row.answered),
    confidence: Number(row.confidence),
    outcome: String(row.outcome),
    mode: (row.mode as string | null) ?? null,
    topic: (row.topic as string | null) ?? null,
    language: String(row.language),
    feedback: row.feedback === null || row.feedback === undefined ? null : (Number(row.feedback) as -1 | 1),
  };
}

/** Builds the WHERE clause of a filter; values always travel as parameters. */
export function whereOf(filter: ConversationFilter, params: unknown[]): string[] {
  const clauses: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (isDate(filter.from)) clauses.push(`i.created_at >= ${add(filter.from)}::date`);
  if (isDate(filter.to)) clauses.push(`i.created_at < ${add(filter.to)}::date + interval '1 day'`);
  if (filter.outcome) clauses.push(`i.outcome = ${add(filter.outcome)}`);
  if (filter.channel) clauses.push(`i.channel = ${add(filter.channel)}`);
  if (filter.topic) clauses.push(`i.topic = ${add(filter.topic)}`);
  if (filter.feedback === 'up' || filter.feedback === 'down')
    clauses.push(
      `exists (select 1 from feedback f where f.interaction_id = i.id and f.value = ${filter.feedback === 'up' ? 1 : -1})`,
    );
  if (filter.feedback === 'none')
    clauses.push('not exists (select 1 from feedback f where f.interaction_id = i.id)');
  const q = filter.q?.trim();
  if (q) clauses.push(`${FTS_DOCUMENT} @@ websearch_to_tsquery('simple', ${add(q.slice(0, 500))})`);
  return clauses;
}

function decodeCursor(cursor: string | undefined): { at: string; id: number } | null {
  if (!cursor) return null;
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_(\d{1,18})$/.exec(cursor);
  return match ? { at: match[1]!, id: Number(match[2]) } : null;
}

/** Read side of the interaction log for the workspace: list, one conversation, export. */
export function createWorkspaceRepo(db: Queryable) {
  async function page(
    filter: ConversationFilter,
    cursor?: string,
    limit = 50,
  ): Promise<Page<ConversationRow>> {
    const params: unknown[] = [];
    const clauses = whereOf(filter, params);
    const after = decodeCursor(cursor);
    if (after) {
      params.push(after.at, after.id);
      clauses.push(`(i.created_at, i.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    params.push(limit + 1);
    const { rows } = await db.query<Record<string, unknown>>(
      `select ${LIST_COLUMNS} from interactions i
       ${clauses.length ? `where ${clauses.join(' and ')}` : ''}
       order by i.created_at desc, i.id desc limit $${params.length}`,
      params,
    );
    const list = rows.slice(0, limit).map(toRow);
    const last = list.at(-1);
    return {
      rows: list,
      next: rows.length > limit && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
    };
  }

  /** Shipped documents (not under the curated folder) that also meet `where` (its one parameter is $2). */
  async function shipped(where: string, value: unknown): Promise<ShippedDocument[]> {
    const { rows } = await db.query<Record<string, unknown>>(
      `select d.id, d.path, d.title, d.topic, d.source, to_char(d.as_of, 'YYYY-MM-DD') as as_of,
         (select count(*) from answer_cards c where c.origin = 'knowledge' and c.path = d.path) as cards
       from documents d
       where left(d.path, length($1)) <> $1 and ${where}
       order by d.topic, d.title`,
      [CURATED_PREFIX, value],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      path: String(row.path),
      title: String(row.title),
      topic: String(row.topic),
      source: String(row.source),
      asOf: (row.as_of as string | null) ?? null,
      cards: Number(row.cards),
    }));
  }

  return {
    page,

    async get(id: number): Promise<ConversationDetail | null> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${LIST_COLUMNS}, i.sources, i.timings, i.error, i.trace from interactions i where i.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
      return {
        ...toRow(row),
        question: String(row.question),
        sources: (json(row.sources) ?? []) as ConversationDetail['sources'],
        timings: (json(row.timings) ?? {}) as Record<string, number>,
        error: (row.error as string | null) ?? null,
        trace: (json(row.trace) ?? null) as ConversationDetail['trace'],
      };
    },

    /** The same chat's turns around one interaction, oldest first: the conversation it belongs to. */
    async thread(chatRef: string, aroundId: number, size = 10): Promise<ConversationRow[]> {
      const { rows } = await db.query<Record<string, unknown>>(
        `(select ${LIST_COLUMNS} from interactions i where i.chat_ref = $1 and i.id <= $2 order by i.id desc limit $3)
         union all
         (select ${LIST_COLUMNS} from interactions i where i.chat_ref = $1 and i.id > $2 order by i.id limit $3)`,
        [chatRef, aroundId, size],
      );
      return rows.map(toRow).sort((a, b) => a.id - b.id);
    },

    /** Every row of a filter, page by page (keyset), for export without holding it all in memory. */
    async *all(filter: ConversationFilter, pageSize = 1_000): AsyncGenerator<ConversationRow> {
      let cursor: string | undefined;
      for (;;) {
        const result = await page(filter, cursor, pageSize);
        yield* result.rows;
        if (!result.next) return;
        cursor = result.next;
      }
    },

    /** Values present in the log, for the filter menus. */
    /**
     * The shipped documents, by topic and title, with their card counts; with `word`, those whose title,
     * topic or source holds it (any case).
     */
    async shippedDocuments(word?: string): Promise<ShippedDocument[]> {
      return shipped(
        "($2::text is null or position($2 in lower(d.title || ' ' || d.topic || ' ' || d.source)) > 0)",
        word ? word.toLowerCase() : null,
      );
    },

    async shippedDocument(id: number): Promise<ShippedDocument | null> {
      if (!Number.isSafeInteger(id)) return null;
      return (await shipped('d.id = $2', id))[0] ?? null;
    },

    /**
     * For each (document path, section): the document's title and the stems of the section's first indexed
     * part, keyed `path\u0000section` (a part no longer indexed is absent).
     */
    async sectionTerms(
      parts: { path: string; section: string }[],
    ): Promise<Map<string, { title: string; terms: string[] }>> {
      if (parts.length === 0) return new Map();
      const { rows } = await db.query<{ path: string; section: string; title: string; terms: string[] }>(
        `select distinct on (d.path, c.section) d.path, c.section, d.title, c.terms
           from chunks c join documents d on d.id = c.document_id
          where (d.path, c.section) in (select * from unnest($1::text[], $2::text[]))
          order by d.path, c.section, c.ord`,
        [parts.map((part) => part.path), parts.map((part) => part.section)],
      );
      return new Map(
        rows.map((row) => [`${row.path}\u0000${row.section}`, { title: row.title, terms: row.terms }]),
      );
    },

    async facets(): Promise<{ channels: string[]; topics: string[]; outcomes: string[] }> {
      // A loose index scan (one index probe per distinct value) stays instant at a million rows.
      const distinct = async (column: 'channel' | 'topic' | 'outcome') => {
        const { rows } = await db.query<{ v: string | null }>(
          `with recursive t(v) as (
             select min(${column}) from interactions
             union all
             select (select min(${column}) from interactions where ${column} > t.v) from t where t.v is not null)
           select v from t where v is not null limit 50`,
        );
        return rows.map((row) => String(row.v));
      };
      return {
        channels: await distinct('channel'),
        topics: await distinct('topic'),
        outcomes: await distinct('outcome'),
      };
    },
  };
}

export type WorkspaceRepo = ReturnType<typeof createWorkspaceRepo>;
