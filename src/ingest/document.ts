import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { z } from 'zod';
import { ANALYZER_VERSION } from '../text/analyze.ts';
import { type AnswerCard, CardError, extractCards } from './cards.ts';

export const TOPICS = [
  'programme',
  'keuangan',
  'branding',
  'kemasan',
  'pemasaran',
  'sentra',
  'glosarium',
  'direktori',
] as const;
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
  const { body, cards } = extracted;
  if (body.length < 20) throw new DocumentError(path, 'the document has no body');
  return { ...front.data, path, body, cards, contentHash: sha256(`${ANALYZER_VERSION}\n${text}`) };
}
