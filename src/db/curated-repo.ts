import { maskPersonal } from '../text/personal-data.ts';
import type { Database, Queryable } from './port.ts';

export type Verdict = 'correct' | 'wrong' | 'incomplete';
export const VERDICTS: readonly Verdict[] = ['correct', 'wrong', 'incomplete'];

export interface Annotation {
  id: number;
  interactionId: number;
  mentorId: number | null;
  mentorName: string | null;
  verdict: Verdict;
  note: string;
  betterAnswer: string;
  createdAt: Date;
}

export interface CuratedDocument {
  id: number;
  path: string;
  title: string;
  topic: string;
  audience: string[];
  language: string;
  source: string;
  asOf: string;
  body: string;
  interactionId: number | null;
  mentorId: number | null;
  createdAt: Date;
}

const DOC_COLUMNS =
  'id, path, title, topic, audience, language, source, as_of, body, interaction_id, mentor_id, created_at';

function toDocument(row: Record<string, unknown>): CuratedDocument {
  const asOf =
    row.as_of instanceof Date ? row.as_of.toISOString().slice(0, 10) : String(row.as_of).slice(0, 10);
  return {
    id: Number(row.id),
    path: String(row.path),
    title: String(row.title),
    topic: String(row.topic),
    audience: row.audience as string[],
    language: String(row.language),
    source: String(row.source),
    asOf,
    body: String(row.body),
    interactionId: row.interaction_id === null ? null : Number(row.interaction_id),
    mentorId: row.mentor_id === null ? null : Number(row.mentor_id),
    createdAt: new Date(row.created_at as string),
  };
}

/** What stands where a user's words were, after /hapus. */
export const REMOVED = '[dihapus atas permintaan pengguna]';
const FORGOTTEN_TITLE = 'Jawaban mentor (pertanyaan pengguna telah dihapus)';

/** Texts worth looking for: long enough not to hit ordinary words, longest first (a question before its parts). */
export function usableTexts(texts: string[]): string[] {
  return [...new Set(texts.map((t) => t.trim()).filter((t) => t.length >= 6))].sort(
    (a, b) => b.length - a.length,
  );
}

/** Each text replaced with the marker, also where a copy folded its whitespace. */
export function removeTexts(value: string, texts: string[]): string {
  let out = value;
  for (const text of texts) {
    out = out.replaceAll(text, REMOVED);
    const folded = text.replace(/\s+/g, ' ');
    if (folded !== text) out = out.replaceAll(folded, REMOVED);
  }
  return out;
}

/** Mentors' annotations of answers and the knowledge documents they write from them. */
export function createCuratedRepo(db: Database) {
  return {
    async annotate(input: {
      interactionId: number;
      mentorId: number;
      verdict: Verdict;
      note: string;
      betterAnswer: string;
    }): Promise<number> {
      const { rows } = await db.query<{ id: string }>(
        `insert into annotations (interaction_id, mentor_id, verdict, note, better_answer)
         values ($1, $2, $3, $4, $5) returning id`,
        [input.interactionId, input.mentorId, input.verdict, input.note, input.betterAnswer],
      );
      return Number(rows[0]!.id);
    },

    async annotations(interactionId: number): Promise<Annotation[]> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select a.id, a.interaction_id, a.mentor_id, m.name, a.verdict, a.note, a.better_answer, a.created_at
         from annotations a left join mentors m on m.id = a.mentor_id where a.interaction_id = $1 order by a.id desc`,
        [interactionId],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        interactionId: Number(row.interaction_id),
        mentorId: row.mentor_id === null ? null : Number(row.mentor_id),
        mentorName: (row.name as string | null) ?? null,
        verdict: row.verdict as Verdict,
        note: String(row.note),
        betterAnswer: String(row.better_answer),
        createdAt: new Date(row.created_at as string),
      }));
    },

    /**
     * Stores a curated document; its path is derived from its id, so two documents never collide. Personal
     * data (NIK, phone, e-mail, street address) in the title, the body or the slug is masked: a curated
     * document is quoted to every user who asks something similar.
     */
    async create(
      input: Omit<CuratedDocument, 'id' | 'path' | 'createdAt'> & { slug: string },
    ): Promise<CuratedDocument> {
      const title = maskPersonal(input.title).text;
      const body = maskPersonal(input.body).text;
      // A slug is made of the title's words: a phone or NIK in it shows as a long run of digits.
      const slug = input.slug
        .replace(/(?:\d[-]?){9,}/g, '')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
      return db.transaction(async (tx) => {
        const { rows: ids } = await tx.query<{ id: string }>(
          `select nextval(pg_get_serial_sequence('curated_documents', 'id')) as id`,
        );
        const id = Number(ids[0]!.id);
        const { rows } = await tx.query<Record<string, unknown>>(
          `insert into curated_documents (id, path, title, topic, audience, language, source, as_of, body, interaction_id, mentor_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${DOC_COLUMNS}`,
          [
            id,
            `kurasi/${slug || 'dokumen'}-${id}.md`,
            title,
            input.topic,
            input.audience,
            input.language,
            input.source,
            input.asOf,
            body,
            input.interactionId,
            input.mentorId,
          ],
        );
        return toDocument(rows[0]!);
      });
    },

    async get(id: number): Promise<CuratedDocument | null> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${DOC_COLUMNS} from curated_documents where id = $1`,
        [id],
      );
      return rows[0] ? toDocument(rows[0]) : null;
    },

    async list(): Promise<CuratedDocument[]> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${DOC_COLUMNS} from curated_documents order by id`,
      );
      return rows.map(toDocument);
    },

    /**
     * /hapus: the user's words in curated documents. A document made from one of their interactions, or
     * holding one of the texts, keeps the mentor's answer; each text in its title and body is replaced with
     * a marker and the link to the interaction is dropped. Returns the paths changed (to be re-indexed).
     */
    async forgetTexts(
      tx: Queryable,
      input: { interactionIds: number[]; texts: string[] },
    ): Promise<string[]> {
      const texts = usableTexts(input.texts);
      const { rows } = await tx.query<Record<string, unknown>>(
        `select ${DOC_COLUMNS} from curated_documents
          where interaction_id = any($1::bigint[])
             or exists (select 1 from unnest($2::text[]) t where position(t in title) > 0 or position(t in body) > 0)`,
        [input.interactionIds, texts],
      );
      const changed: string[] = [];
      for (const doc of rows.map(toDocument)) {
        let title = removeTexts(doc.title, texts).replace(/\s+/g, ' ').trim();
        if (title.replaceAll(REMOVED, '').replace(/[\s\p{P}]+/gu, '').length < 3) title = FORGOTTEN_TITLE;
        const body = removeTexts(doc.body, texts);
        await tx.query(
          `update curated_documents set title = $2, body = $3, interaction_id = null, updated_at = now() where id = $1`,
          [doc.id, title, body],
        );
        if (title !== doc.title || body !== doc.body) changed.push(doc.path);
      }
      return changed;
    },

    async remove(id: number): Promise<boolean> {
      const { rows } = await db.query('delete from curated_documents where id = $1 returning id', [id]);
      return rows.length > 0;
    },
  };
}

export type CuratedRepo = ReturnType<typeof createCuratedRepo>;
