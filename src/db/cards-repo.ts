import type { AnswerCard, VariantKind } from '../ingest/cards.ts';
import { maskPersonal } from '../text/personal-data.ts';
import type { Queryable } from './port.ts';

/** A card as the matcher and the workspace read it: its source section and every active variant. */
export interface StoredCard {
  id: string;
  origin: 'knowledge' | 'mentor';
  path: string;
  title: string;
  section: string;
  jawab: string;
  answer: string | null;
  source: string;
  asOf: string;
  variants: { id: number; kind: VariantKind; text: string; origin: string }[];
}

/** A topic a user picked from the clarifying choices, waiting for a mentor to accept it as a variant. */
export interface CandidateVariant {
  id: number;
  cardId: string;
  text: string;
  section: string;
  createdAt: string;
}

export interface DocumentCards {
  path: string;
  title: string;
  source: string;
  asOf: string;
  cards: AnswerCard[];
}

/** A shipped card as mentors browse it: its ways of asking, its direct answers, and the section it cites. */
export interface BrowsedCard {
  id: string;
  path: string;
  title: string;
  section: string;
  jawab: string;
  answer: string | null;
  variants: { kind: VariantKind; text: string; origin: string }[];
  /** The text of the cited section (its chunks in order), '' when the section is not indexed. */
  sectionText: string;
}

/** SQL for answer cards and their variants. */
export function createCardsRepo(db: Queryable) {
  return {
    /**
     * Replaces the knowledge cards of these documents (and removes those of `removedPaths`). Variants
     * that mentors added stay with their card id, so a re-ingest keeps them.
     */
    async replaceKnowledgeCards(tx: Queryable, docs: DocumentCards[], removedPaths: string[]): Promise<void> {
      const paths = [...docs.map((doc) => doc.path), ...removedPaths];
      if (paths.length === 0) return;
      await tx.query(
        `delete from card_variants where origin = 'knowledge'
           and card_id in (select id from answer_cards where origin = 'knowledge' and path = any($1))`,
        [paths],
      );
      await tx.query(`delete from answer_cards where origin = 'knowledge' and path = any($1)`, [paths]);
      for (const doc of docs)
        for (const card of doc.cards) {
          await tx.query(
            `insert into answer_cards (id, origin, path, title, section, jawab, answer, source, as_of)
             values ($1, 'knowledge', $2, $3, $4, $5, $6, $7, $8)
             on conflict (id) do update set path = excluded.path, title = excluded.title, section = excluded.section,
               jawab = excluded.jawab, answer = excluded.answer, source = excluded.source, as_of = excluded.as_of`,
            [card.id, doc.path, doc.title, card.section, card.jawab, card.answer, doc.source, doc.asOf],
          );
          await tx.query(
            `insert into card_variants (card_id, kind, text)
             select $1, kind, text from unnest($2::text[], $3::text[]) as v(kind, text)`,
            [card.id, card.variants.map((v) => v.kind), card.variants.map((v) => v.text)],
          );
        }
    },

    /** Every card with its active variants, for the in-memory matcher. */
    async list(): Promise<StoredCard[]> {
      const { rows: cards } = await db.query<{
        id: string;
        origin: 'knowledge' | 'mentor';
        path: string;
        title: string;
        section: string;
        jawab: string;
        answer: string | null;
        source: string;
        as_of: string;
      }>(
        'select id, origin, path, title, section, jawab, answer, source, as_of from answer_cards order by id',
      );
      const { rows: variants } = await db.query<{
        id: string;
        card_id: string;
        kind: VariantKind;
        text: string;
        origin: string;
      }>('select id, card_id, kind, text, origin from card_variants where active order by id');
      const byCard = new Map<string, StoredCard['variants']>();
      for (const v of variants) {
        const list = byCard.get(v.card_id) ?? [];
        list.push({ id: Number(v.id), kind: v.kind, text: v.text, origin: v.origin });
        byCard.set(v.card_id, list);
      }
      return cards.map((c) => ({
        id: c.id,
        origin: c.origin,
        path: c.path,
        title: c.title,
        section: c.section,
        jawab: c.jawab,
        answer: c.answer,
        source: c.source,
        asOf: c.as_of,
        variants: byCard.get(c.id) ?? [],
      }));
    },

    /** The text of a card's section (its chunks in order), for a sentence of support. */
    async sectionText(path: string, section: string): Promise<string> {
      const { rows } = await db.query<{ content: string }>(
        `select c.content from chunks c join documents d on d.id = c.document_id
          where d.path = $1 and c.section = $2 order by c.ord`,
        [path, section],
      );
      return rows.map((r) => r.content).join('\n\n');
    },

    /**
     * Shipped (knowledge) cards for the workspace to read: of one document (`path`), or those whose
     * section, answers, document title or an active way of asking holds `word` (any case), in the order of
     * their documents and sections; at most `limit`, with the number that matched.
     */
    async browse(input: { path?: string; word?: string; limit?: number }): Promise<{
      cards: BrowsedCard[];
      total: number;
    }> {
      const word = input.word ? input.word.toLowerCase() : null;
      const { rows } = await db.query<{
        id: string;
        path: string;
        title: string;
        section: string;
        jawab: string;
        answer: string | null;
        total: string;
      }>(
        `select c.id, c.path, c.title, c.section, c.jawab, c.answer, count(*) over () as total
           from answer_cards c
          where c.origin = 'knowledge'
            and ($1::text is null or c.path = $1)
            and ($2::text is null
              or position($2 in lower(c.section || ' ' || c.jawab || ' ' || coalesce(c.answer, '') || ' ' || c.title)) > 0
              or exists (select 1 from card_variants v where v.card_id = c.id and v.active and position($2 in lower(v.text)) > 0))
          order by c.path,
            (select min(k.ord) from chunks k join documents d on d.id = k.document_id
              where d.path = c.path and k.section = c.section) nulls last,
            c.id
          limit $3`,
        [input.path ?? null, word, input.limit ?? 50],
      );
      if (rows.length === 0) return { cards: [], total: 0 };
      const ids = rows.map((row) => row.id);
      const [variants, sections] = await Promise.all([
        db.query<{ card_id: string; kind: VariantKind; text: string; origin: string }>(
          'select card_id, kind, text, origin from card_variants where active and card_id = any($1) order by id',
          [ids],
        ),
        db.query<{ path: string; section: string; content: string }>(
          `select d.path, k.section, string_agg(k.content, E'\\n\\n' order by k.ord) as content
             from chunks k join documents d on d.id = k.document_id
            where (d.path, k.section) in (select * from unnest($1::text[], $2::text[]))
            group by d.path, k.section`,
          [rows.map((row) => row.path), rows.map((row) => row.section)],
        ),
      ]);
      const texts = new Map(sections.rows.map((row) => [`${row.path}\u0000${row.section}`, row.content]));
      return {
        total: Number(rows[0]!.total),
        cards: rows.map((row) => ({
          id: row.id,
          path: row.path,
          title: row.title,
          section: row.section,
          jawab: row.jawab,
          answer: row.answer,
          variants: variants.rows
            .filter((v) => v.card_id === row.id)
            .map((v) => ({ kind: v.kind, text: v.text, origin: v.origin })),
          sectionText: texts.get(`${row.path}\u0000${row.section}`) ?? '',
        })),
      };
    },

    /** A count that changes whenever a card or variant does: the matcher reloads when it moves. */
    async version(): Promise<string> {
      const { rows } = await db.query<{ v: string }>(
        `select (select count(*) from answer_cards)::text || ':' || coalesce((select max(id) from card_variants), 0)::text
           || ':' || (select count(*) from card_variants where active)::text as v`,
      );
      return rows[0]?.v ?? '';
    },

    /** Adds a question as a variant of a card (a mentor's, active at once; a user's choice, as a candidate). */
    async addVariant(input: {
      cardId: string;
      text: string;
      origin: 'mentor' | 'chosen';
      createdBy?: string;
      interactionId?: number;
    }): Promise<number | null> {
      const { rows } = await db.query<{ id: string }>(
        `insert into card_variants (card_id, kind, text, origin, active, created_by, interaction_id)
         select $1, $2, $3, $2, $4, $5, $6 where exists (select 1 from answer_cards where id = $1)
         returning id`,
        [
          input.cardId,
          input.origin,
          // A user's words kept as a way of asking: personal data in them is masked.
          maskPersonal(input.text).text.slice(0, 1_000),
          input.origin === 'mentor',
          input.createdBy ?? null,
          input.interactionId ?? null,
        ],
      );
      return rows[0] ? Number(rows[0].id) : null;
    },

    /** A mentor accepts a user's chosen topic as a variant (accepting it twice changes nothing). */
    async acceptVariant(id: number, mentor: string): Promise<boolean> {
      const { rows } = await db.query(
        `update card_variants set active = true, kind = 'mentor', created_by = coalesce(created_by, $2)
          where id = $1 and origin in ('chosen', 'mentor') returning id`,
        [id, mentor],
      );
      return rows.length > 0;
    },

    async candidates(limit = 50): Promise<CandidateVariant[]> {
      const { rows } = await db.query<{
        id: string;
        card_id: string;
        text: string;
        section: string;
        created_at: Date | string;
      }>(
        `select v.id, v.card_id, v.text, c.section, v.created_at from card_variants v join answer_cards c on c.id = v.card_id
          where not v.active order by v.id desc limit $1`,
        [limit],
      );
      return rows.map((r) => ({
        id: Number(r.id),
        cardId: r.card_id,
        text: r.text,
        section: r.section,
        createdAt: new Date(r.created_at).toISOString(),
      }));
    },

    /** A mentor's own card from a hand-off reply: its first variant is the artisan's question. */
    async createMentorCard(input: {
      question: string;
      jawab: string;
      mentor: string;
      title?: string;
    }): Promise<string> {
      // The artisan's question becomes the card's section and first variant: personal data is masked.
      const question = maskPersonal(input.question).text;
      const { rows } = await db.query<{ n: string }>(
        `select count(*) + 1 as n from answer_cards where origin = 'mentor'`,
      );
      const id = `mentor-${Date.now().toString(36)}-${rows[0]?.n ?? 1}`;
      const today = new Date().toISOString().slice(0, 10);
      await db.query(
        `insert into answer_cards (id, origin, path, title, section, jawab, answer, source, as_of, created_by)
         values ($1, 'mentor', $2, $3, $4, $5, null, $6, $7, $8)`,
        [
          id,
          `mentor:${id}`,
          input.title ?? 'Jawaban mentor Pendamping IKM',
          question.slice(0, 200),
          input.jawab,
          `Jawaban mentor (${input.mentor}), ${today}`,
          today,
          input.mentor,
        ],
      );
      await db.query(
        `insert into card_variants (card_id, kind, text, origin, created_by) values ($1, 'mentor', $2, 'mentor', $3)`,
        [id, question.slice(0, 1_000), input.mentor],
      );
      return id;
    },

    /**
     * /hapus: a user's words kept in cards that mentors made (not knowledge cards). A variant that is one
     * of the texts goes; a mentor card's section that holds one is replaced with `marker`. Returns the count.
     */
    async forgetTexts(tx: Queryable, texts: string[], marker: string): Promise<number> {
      if (texts.length === 0) return 0;
      const variants = await tx.query(
        `delete from card_variants where origin <> 'knowledge'
            and exists (select 1 from unnest($1::text[]) t where position(t in text) > 0) returning id`,
        [texts],
      );
      const { rows } = await tx.query<{ id: string; section: string }>(
        `select id, section from answer_cards where origin = 'mentor'
            and exists (select 1 from unnest($1::text[]) t where position(t in section) > 0)`,
        [texts],
      );
      for (const row of rows) {
        const section = texts.reduce((out, text) => out.replaceAll(text, marker), row.section);
        await tx.query('update answer_cards set section = $2 where id = $1', [row.id, section]);
      }
      return variants.rows.length + rows.length;
    },
  };
}

export type CardsRepo = ReturnType<typeof createCardsRepo>;
