import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { z } from 'zod';
import { ANALYZER_VERSION } from '../text/analyze.ts';
import { saysNotHeld } from '../rag/cards/not-held.ts';
import { type AnswerCard, CardError, extractCards } from './cards.ts';
import { citedHosts, type Flag, FLAGS_VERSION, flagLine, quotableBody } from './flags.ts';

export const TOPICS = [
  'programme',
  'keuangan',
  'branding',
  'kemasan',
  'pemasaran',
  'sentra',
  'glosarium',
  'direktori',
  'cakupan',
] as const;

/**
 * A document of topic `cakupan` lives in a `cakupan/` folder and holds only decline cards: the questions
 * Pendamping IKM does not answer (live prices, a person's own case, politics, health, ...), each answered
 * with what it does not hold and where to ask. Its text is not searched; its cards compete with the others.
 */
export const isOutOfScopePath = (path: string) => /(^|\/)cakupan\//.test(path);
export const AUDIENCES = ['perajin', 'pejabat', 'mentor', 'semua'] as const;

const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' }),
);

/** Front matter every knowledge document carries; see knowledge/CONTRIBUTING.md. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(3, { message: 'title is required' }).max(200),
    topic: z.enum(TOPICS, { message: `topic must be one of ${TOPICS.join(', ')}` }),
    audience: z
      .union([z.enum(AUDIENCES), z.array(z.enum(AUDIENCES)).min(1)], {
        message: `audience must be one of (or a list of) ${AUDIENCES.join(', ')}`,
      })
      .transform((value) => (Array.isArray(value) ? value : [value])),
    language: z.enum(['id', 'en'], { message: 'language must be id or en' }),
    source: z.string().trim().min(3, { message: 'source is required' }),
    as_of: isoDate,
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface KnowledgeDocument extends FrontMatter {
  /** Repository-relative path with forward slashes, e.g. knowledge/program/kriteria-sentra.md. */
  path: string;
  body: string;
  contentHash: string;
  /** The answer cards written in the body (taken out of `body`). */
  cards?: AnswerCard[];
  /** Lines kept out of `body` and cards left out of `cards` because they carry a link, a request for
   * secrets or money, or an instruction to a model (see flags.ts). */
  flags?: Flag[];
}

export class DocumentError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'DocumentError';
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parses one Markdown file; throws DocumentError with a reason a writer can act on. */
export function parseDocument(path: string, raw: string | Buffer): KnowledgeDocument {
  const buffer = typeof raw === 'string' ? Buffer.from(raw) : raw;
  if (buffer.includes(0)) throw new DocumentError(path, 'binary content (NUL byte); expected UTF-8 Markdown');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (text.includes('\uFFFD')) throw new DocumentError(path, 'not valid UTF-8');
  if (!text.startsWith('---'))
    throw new DocumentError(path, 'missing YAML front matter (the file must start with ---)');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {});
  } catch (error) {
    throw new DocumentError(
      path,
      `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const front = frontMatterSchema.safeParse(parsed.data);
  if (!front.success) {
    const reasons = front.error.issues.map((issue) => {
      const where = issue.path.join('.') || 'front matter';
      return issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}`
        : `${where}: ${issue.message}`;
    });
    throw new DocumentError(path, reasons.join('; '));
  }
  let extracted: { body: string; cards: AnswerCard[] };
  try {
    extracted = extractCards(parsed.content.replace(/\r\n/g, '\n').trim(), front.data.title);
  } catch (error) {
    if (error instanceof CardError) throw new DocumentError(path, error.message);
    throw error;
  }
  if (extracted.body.length < 20) throw new DocumentError(path, 'the document has no body');
  const { body, flags } = quotableBody(extracted.body, front.data.source);
  const cards = quotableCards(extracted.cards, front.data.source, flags);
  if ((front.data.topic === 'cakupan') !== isOutOfScopePath(path))
    throw new DocumentError(path, 'topic cakupan belongs in a cakupan/ folder, and only there');
  if (front.data.topic === 'cakupan') {
    const answering = cards.filter((card) => !saysNotHeld(card)).map((card) => card.id);
    if (answering.length > 0)
      throw new DocumentError(
        path,
        `a cakupan card must say what Pendamping IKM does not hold ("Pendamping IKM tidak memuat ..."): ${answering.join(', ')}`,
      );
  }
  return {
    ...front.data,
    path,
    body,
    cards,
    flags,
    contentHash: sha256(`${ANALYZER_VERSION}\n${FLAGS_VERSION}\n${text}`),
  };
}

/**
 * Cards are quoted word for word, so a card whose answer is flagged is left out whole; a flagged way of
 * asking is dropped from its card. Each is recorded in `flags`.
 */
function quotableCards(cards: AnswerCard[], source: string, flags: Flag[]): AnswerCard[] {
  const allowed = citedHosts(source);
  const record = (card: AnswerCard, text: string) => {
    const fired = flagLine(text, allowed);
    for (const rule of fired)
      flags.push({
        rule: rule.name,
        kind: rule.kind,
        line: 0,
        card: card.id,
        text: text.trim().slice(0, 200),
      });
    return fired.length > 0;
  };
  const kept: AnswerCard[] = [];
  for (const card of cards) {
    const answerFlagged = [record(card, card.jawab), record(card, card.answer)].some(Boolean);
    const variants = card.variants.filter((variant) => !record(card, variant.text));
    if (!answerFlagged && variants.length > 0) kept.push({ ...card, variants });
  }
  return kept;
}
