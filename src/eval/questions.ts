import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const common = {
  id: z.string(),
  question: z.string().min(1),
  lang: z.enum(['id', 'en']),
  style: z.enum(['formal', 'informal', 'typo', 'english']),
  topic: z.string(),
  /** Earlier user questions of the same conversation, oldest first: this question is a follow-up. */
  turns: z.array(z.string().min(1)).optional(),
};

export const evalQuestionSchema = z.discriminatedUnion('answerable', [
  z.object({ ...common, answerable: z.literal(true), fact: z.string().min(1), source: z.string().min(1) }),
  z.object({ ...common, answerable: z.literal(false) }),
]);

/** A question as read from its file (the file name tells which set it belongs to). */
export type EvalQuestion = z.infer<typeof evalQuestionSchema> & { file?: string };

/** Reads every *.jsonl file of a folder; a malformed line stops the run with its file and line. */
export function loadQuestions(dir: string): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      const parsed = evalQuestionSchema.safeParse(value);
      if (!parsed.success) {
        const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
        throw new Error(`${file}:${i + 1}: ${reasons.join('; ')}`);
      }
      out.push({ ...parsed.data, file });
    });
  }
  return out;
}

/** Lower case, Markdown emphasis removed, white space folded: how facts are compared with answers. */
export function normaliseForMatch(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      // Spelling variants a reader takes as the same word: a quoted "10 milyar" states "10 miliar".
      .replace(/\bmilyar\b/g, 'miliar')
      .replace(/\btrilyun\b/g, 'triliun')
      .trim()
  );
}
