import OpenAI from 'openai';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { LlmComposer } from './answer-service.ts';
import type { Extract } from './extractive.ts';
import { loadChatPrompt } from './prompts.ts';
import type { QuestionKind } from './question-kind.ts';
import type { RetrievedChunk } from './types.ts';

const ABSTAIN = 'BELUM_TAHU';

/** What the first sentence must state, by the kind of question (the same rule the extractive answer follows). */
export const ANSWER_SHAPES: Record<QuestionKind, string> = {
  amount: 'angka yang ditanyakan, di kalimat pertama',
  time: 'tanggal atau tahun yang ditanyakan, di kalimat pertama',
  person: 'nama orang atau lembaga yang ditanyakan, di kalimat pertama',
  place: 'tempat yang ditanyakan, di kalimat pertama',
  list: 'daftar lengkap yang ditanyakan, dibuka satu kalimat pengantar',
  steps: 'langkah-langkahnya, berurutan',
  definition: 'definisi atau kepanjangannya, di kalimat pertama',
  reason: 'alasannya, di kalimat pertama',
  general: 'jawaban langsung di kalimat pertama, lalu hanya yang perlu',
};

/** Retrieved text is quoted as untrusted material: fenced, with fence characters removed from inside. */
export function formatSources(chunks: RetrievedChunk[]): string {
  return chunks
    .map((chunk, i) => {
      const body = chunk.content.replaceAll('"""', '"');
      return `[${i + 1}] ${chunk.title} — ${chunk.section} (sumber: ${chunk.source}; per ${chunk.asOf})\n"""\n${body}\n"""`;
    })
    .join('\n\n');
}

/** Digit groups of a text in a comparable form: "13.762" -> "13762", "4,2" -> "4,2". */
export function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => {
    const raw = match[0];
    return /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replaceAll('.', '') : raw;
  });
}

/**
 * Checks a model's answer against its sources: keeps only citations to sources that exist, and
 * rejects the answer (null) when it has no citation or states a figure that no source contains.
 */
export function checkAnswer(text: string, chunks: RetrievedChunk[]): Extract | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.includes(ABSTAIN)) return null;
  const cited = new Set<number>();
  const cleaned = trimmed.replace(/\[(\d+)\]/g, (marker, digits: string) => {
    const n = Number(digits);
    if (n >= 1 && n <= chunks.length) {
      cited.add(n);
      return marker;
    }
    return '';
  });
  if (cited.size === 0) return null;
  const known = new Set(
    figures(
      chunks.map((chunk) => `${chunk.title} ${chunk.section} ${chunk.content} ${chunk.asOf}`).join(' '),
    ),
  );
  const withoutMarkers = cleaned.replace(/\[\d+\]/g, '');
  if (figures(withoutMarkers).some((figure) => !known.has(figure))) return null;
  const order = [...cited].sort((a, b) => a - b);
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  return {
    text: cleaned.replace(/\[(\d+)\]/g, (_, digits: string) => `[${renumber.get(Number(digits))}]`),
    citations: order.map((n) => ({ n: renumber.get(n)!, chunk: chunks[n - 1]! })),
  };
}

/** An LLM composer on any OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, Azure-compatible). */
export function createLlmComposer(config: Config, log: Logger, client?: OpenAI): LlmComposer {
  const openai =
    client ??
    new OpenAI({
      apiKey: config.openai.apiKey ?? 'not-needed',
      baseURL: config.openai.baseURL,
      timeout: config.openai.timeoutMs,
      maxRetries: config.openai.maxRetries,
    });
  const prompt = loadChatPrompt('answer');
  return {
    async compose({ question, language, chunks, kind }) {
      const messages = await prompt.formatMessages({
        language: language === 'en' ? 'Inggris' : 'Indonesia',
        sources: formatSources(chunks),
        question,
        shape: ANSWER_SHAPES[kind ?? 'general'],
      });
      const completion = await openai.chat.completions.create({
        model: config.openai.chatModel,
        temperature: 0.1,
        max_tokens: 500,
        messages: messages.map((message) => ({
          role: message.getType() === 'system' ? ('system' as const) : ('user' as const),
          content: String(message.content),
        })),
      });
      const text = completion.choices[0]?.message?.content ?? '';
      const checked = checkAnswer(text, chunks);
      if (!checked)
        log.warn(
          { code: 'LLM_FAILED', length: text.length },
          'LLM answer failed the source check; using extractive',
        );
      return checked;
    },
  };
}
