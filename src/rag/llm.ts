import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { LlmComposer } from './answer-service.ts';
import type { Extract } from './extractive.ts';
import { instructionRules } from '../ingest/flags.ts';
import { figures, type GuardContext, guardAnswer } from './answer-guard.ts';
import { loadChatPrompt } from './prompts.ts';
import type { QuestionKind } from './question-kind.ts';
import type { RetrievedChunk } from './types.ts';

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
  status: 'di mana status pengajuan itu bisa dicek, di kalimat pertama',
  general: 'jawaban langsung di kalimat pertama, lalu hanya yang perlu',
};

/** A fresh fence token for one request: sources cannot close a fence whose token they cannot know. */
export function newFence(): string {
  return randomBytes(8).toString('hex');
}

/** Untrusted text made safe to put between fence markers: no fence token, no marker brackets. */
export function fenced(text: string, fence: string): string {
  return text.replaceAll(fence, '').replace(/<{3,}/g, '< < <').replace(/>{3,}/g, '> > >');
}

/**
 * Retrieved text is quoted as untrusted material: each source, heading included, sits between markers
 * that carry the request's fence token, and nothing inside can forge them.
 */
export function formatSources(chunks: RetrievedChunk[], fence: string): string {
  return chunks
    .map((chunk, i) => {
      const n = i + 1;
      const heading = `[${n}] ${chunk.title} — ${chunk.section} (sumber: ${chunk.source}; per ${chunk.asOf})`;
      return `<<<SUMBER ${n} ${fence}>>>\n${fenced(`${heading}\n${chunk.content}`, fence)}\n<<<AKHIR SUMBER ${n} ${fence}>>>`;
    })
    .join('\n\n');
}

export { figures };

/** The guard's verdict without its trace (see answer-guard.ts). */
export function checkAnswer(text: string, chunks: RetrievedChunk[], context?: GuardContext): Extract | null {
  return guardAnswer(text, chunks, context).extract;
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
      // A question that tries to steer the model is answered from the sources alone.
      const steering = instructionRules(question);
      if (steering.length > 0) {
        log.warn(
          { code: 'LLM_SKIPPED', rules: steering },
          'the question carries an instruction to the model; using extractive',
        );
        return null;
      }
      const fence = newFence();
      const messages = await prompt.formatMessages({
        language: language === 'en' ? 'Inggris' : 'Indonesia',
        sources: formatSources(chunks, fence),
        question: fenced(question, fence),
        shape: ANSWER_SHAPES[kind ?? 'general'],
        fence,
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
      const verdict = guardAnswer(text, chunks, { systemPrompt: String(messages[0]?.content ?? ''), fence });
      if (!verdict.extract)
        log.warn(
          { code: 'LLM_FAILED', length: text.length, rules: verdict.fired },
          'LLM answer failed the source check; using extractive',
        );
      else if (verdict.fired.length > 0)
        log.info({ code: 'LLM_GUARDED', rules: verdict.fired }, 'sentences dropped from the LLM answer');
      return verdict.extract;
    },
  };
}
