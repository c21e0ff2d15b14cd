import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { foldWorking } from '../bot/helpers/fold.ts';
import type { AnswerResult, AnswerService, ConversationTurn } from '../rag/answer-service.ts';
import type { Searcher } from '../rag/types.ts';
import { detectLanguage } from '../text/analyze.ts';
import { answerBody, containsFact, firstStatement, percentile } from './score.ts';

/**
 * Realistic-message sets (test/eval/realistic, test/eval/holdout/pesan-*): messages as artisans
 * write them, with a story, in chat spelling, in English, as follow-ups, or to be declined; written
 * from the sources and the users' side, never from the knowledge. A fact is a list of alternatives.
 */
export const messageSchema = z.object({
  id: z.string(),
  // "bare" is the 2026-12g writer's word for a plain formal question; read as "plain".
  kind: z
    .enum(['story', 'chat', 'english', 'followup', 'decline', 'plain', 'bare'])
    .transform((kind) => (kind === 'bare' ? 'plain' : kind)),
  question: z.string().min(1),
  // Writers leave "bare" empty (and "fact" empty or null) where a field does not apply.
  bare: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional()),
  turns: z.array(z.string().min(1)).optional(),
  lang: z.enum(['id', 'en']),
  style: z.string(),
  topic: z.string(),
  answerable: z.boolean(),
  fact: z.preprocess(
    (v) => (v === '' || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v),
    z.union([z.string(), z.array(z.string().min(1))]).optional(),
  ),
  expect: z.string().optional(),
});
export type EvalMessage = z.infer<typeof messageSchema> & { file: string };

export function loadMessages(paths: string[]): EvalMessage[] {
  const out: EvalMessage[] = [];
  for (const path of paths) {
    const files =
      existsSync(path) && !path.endsWith('.jsonl')
        ? readdirSync(path)
            .filter((f) => f.endsWith('.jsonl'))
            .sort()
            .map((f) => join(path, f))
        : [path];
    for (const file of files)
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim() === '') return;
          const parsed = messageSchema.safeParse(JSON.parse(line));
          if (!parsed.success)
            throw new Error(
              `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`,
            );
          out.push({ ...parsed.data, file: file.split('/').at(-1)! });
        });
  }
  return out;
}

/** What one system said to one message. */
export interface Said {
  answer: string;
  outcome: string;
  mode: string;
  card?: string;
  ms: number;
}

/** Anything that answers a message in a conversation: the product, or a naive peer. */
export type Answerer = (text: string, history: ConversationTurn[]) => Promise<Said>;

export function productAnswerer(answers: AnswerService): Answerer {
  return async (text, history) => {
    const started = performance.now();
    const r = await answers.answer({ text, channel: 'eval', history, record: false });
    return {
      answer: r.answer,
      outcome: r.outcome,
      mode: r.mode,
      card: r.trace?.card,
      ms: performance.now() - started,
    };
  };
}

/** The naive peer: the first paragraph of the best chunk of a plain BM25 search. Never declines. */
export function bm25PeerAnswerer(searcher: Searcher): Answerer {
  return async (text) => {
    const started = performance.now();
    const { chunks } = await searcher.search(text, { k: 1 });
    const paragraph =
      chunks[0]?.content
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .find((p) => p.length > 0 && !p.startsWith('#')) ?? '';
    return {
      answer: paragraph,
      outcome: paragraph ? 'answered' : 'declined',
      mode: 'bm25',
      card: chunks[0] ? `${chunks[0].path}#${chunks[0].section}` : undefined,
      ms: performance.now() - started,
    };
  };
}

export interface MessageRow {
  id: string;
  file: string;
  kind: EvalMessage['kind'];
  lang: 'id' | 'en';
  answerable: boolean;
  question: string;
  turns?: string[];
  expect?: string;
  fact: string[];
  said: Said;
  /** The bare question's answer, for a story message. */
  bare?: Said & { question: string };
  factFound: boolean;
  factFirst: boolean;
  answeredInEnglish: boolean;
}

const facts = (m: EvalMessage) => (m.fact === undefined ? [] : Array.isArray(m.fact) ? m.fact : [m.fact]);

export async function runMessages(
  answer: Answerer,
  messages: EvalMessage[],
  onProgress?: (done: number, total: number) => void,
): Promise<MessageRow[]> {
  const rows: MessageRow[] = [];
  for (const m of messages) {
    const history: ConversationTurn[] = [];
    for (const turn of m.turns ?? []) {
      const earlier = await answer(turn, [...history]);
      history.push({ question: turn, answer: earlier.answer });
    }
    const said = await answer(m.question, history);
    const bare = m.bare ? { ...(await answer(m.bare, [])), question: m.bare } : undefined;
    const alternatives = facts(m);
    const answered = said.outcome === 'answered';
    const body = answerBody(said.answer);
    rows.push({
      id: m.id,
      file: m.file,
      kind: m.kind,
      lang: m.lang,
      answerable: m.answerable,
      question: m.question,
      ...(m.turns ? { turns: m.turns } : {}),
      ...(m.expect ? { expect: m.expect } : {}),
      fact: alternatives,
      said,
      ...(bare ? { bare } : {}),
      factFound: answered && alternatives.some((f) => containsFact(body, f)),
      factFirst: answered && alternatives.some((f) => containsFact(firstStatement(said.answer), f)),
      answeredInEnglish: answered && detectLanguage(body) === 'en',
    });
    onProgress?.(rows.length, messages.length);
  }
  return rows;
}

/** A reader's grade of one answer (see test/eval/realistic/README.md). */
export type Grade =
  | 'correct'
  | 'partly'
  | 'wrong'
  | 'wrongly-declined'
  | 'declined-ok'
  | 'answered-unanswerable';

export interface MessageMetrics {
  messages: number;
  answerable: number;
  /** Answerable messages whose answer holds one of the expected facts (regex). */
  factRecall: number;
  factFirst: number;
  /** Answerable messages declined (a clarifying question is not a decline). */
  wronglyDeclined: number;
  /** Answerable messages answered with "maksudnya yang mana?". */
  clarified: number;
  /** Unanswerable messages not answered. */
  declinedRight: number;
  storyFactRecall: number;
  /** Story messages whose answer leads as their bare question's does (same card, or same first sentence). */
  pairedSame: number;
  englishInEnglish: number;
  medianLength: number;
  /** Median length a Telegram reader sees before opening a calculation's folded working (foldWorking). */
  medianShown: number;
  medianMs: number;
  /** From reading, when grades are given: correct share of all messages, and of story messages. */
  readCorrect?: number;
  readPartly?: number;
  readStoryCorrect?: number;
  readWronglyDeclined?: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export function summariseMessages(rows: MessageRow[], grades?: Map<string, Grade>): MessageMetrics {
  const answerable = rows.filter((r) => r.answerable);
  const stories = answerable.filter((r) => r.bare);
  const english = answerable.filter((r) => r.lang === 'en' && r.said.outcome === 'answered');
  const answered = rows.filter((r) => r.said.outcome === 'answered');
  const leads = (s: Said) => s.card ?? firstStatement(s.answer);
  const m: MessageMetrics = {
    messages: rows.length,
    answerable: answerable.length,
    factRecall: share(answerable.filter((r) => r.factFound).length, answerable.length),
    factFirst: share(answerable.filter((r) => r.factFirst).length, answerable.length),
    wronglyDeclined: share(answerable.filter((r) => r.said.outcome === 'declined').length, answerable.length),
    clarified: share(answerable.filter((r) => r.said.outcome === 'clarify').length, answerable.length),
    declinedRight: share(
      rows.filter((r) => !r.answerable && r.said.outcome !== 'answered').length,
      rows.filter((r) => !r.answerable).length,
    ),
    storyFactRecall: share(stories.filter((r) => r.factFound).length, stories.length),
    pairedSame: share(
      stories.filter((r) => r.said.outcome === r.bare!.outcome && leads(r.said) === leads(r.bare!)).length,
      stories.length,
    ),
    englishInEnglish: share(english.filter((r) => r.answeredInEnglish).length, english.length),
    medianLength: percentile(
      answered.map((r) => answerBody(r.said.answer).length),
      0.5,
    ),
    medianShown: percentile(
      answered.map((r) => {
        const fold = foldWorking({
          answer: r.said.answer,
          mode: r.said.mode as AnswerResult['mode'],
          outcome: 'answered',
        });
        return answerBody(fold.after ? `${fold.shown}\n${fold.after}` : fold.shown).length;
      }),
      0.5,
    ),
    medianMs:
      Math.round(
        percentile(
          rows.map((r) => r.said.ms),
          0.5,
        ) * 10,
      ) / 10,
  };
  if (grades && grades.size > 0) {
    const graded = rows.filter((r) => grades.has(r.id));
    const count = (list: MessageRow[], ok: Grade[]) =>
      list.filter((r) => ok.includes(grades.get(r.id)!)).length;
    m.readCorrect = share(count(graded, ['correct', 'declined-ok']), graded.length);
    m.readPartly = share(count(graded, ['partly']), graded.length);
    const gradedStories = graded.filter((r) => r.kind === 'story');
    m.readStoryCorrect = share(count(gradedStories, ['correct']), gradedStories.length);
    const gradedAnswerable = graded.filter((r) => r.answerable);
    m.readWronglyDeclined = share(count(gradedAnswerable, ['wrongly-declined']), gradedAnswerable.length);
  }
  return m;
}

export function loadGrades(file: string): Map<string, Grade> {
  const out = new Map<string, Grade>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, grade } = JSON.parse(line) as { id: string; grade: Grade };
    out.set(id, grade);
  }
  return out;
}
