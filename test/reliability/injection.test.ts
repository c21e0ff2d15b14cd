import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { indexCurated } from '../../src/dashboard/curate.ts';
import { createCuratedRepo } from '../../src/db/curated-repo.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { createSearchRepo } from '../../src/db/search-repo.ts';
import { ingestDirectory } from '../../src/ingest/pipeline.ts';
import { type AnswerService, createAnswerService } from '../../src/rag/answer-service.ts';
import { createLexicalSearcher } from '../../src/rag/lexical.ts';
import { createLlmComposer } from '../../src/rag/llm.ts';
import { startFakeOpenAI } from '../helpers/fake-openai.ts';
import { writeKnowledge } from '../helpers/knowledge.ts';
import { memoryLogger } from '../helpers/log.ts';
import {
  CASES,
  CLEAN_DOCS,
  type InjectionCase,
  POISONED_CURATED,
  POISONED_DOCS,
} from './injection-corpus.ts';

interface Outcome {
  id: string;
  layer: InjectionCase['layer'];
  kind: string;
  /** The model was asked, or deliberately not asked because the question steers it. */
  reached: boolean;
  passed: boolean;
  /** Which step stopped it, read from the log lines the case wrote. */
  stoppedBy: string;
}

/**
 * Runs the injection corpus against the real answer path with a fake OpenAI-compatible model scripted to
 * comply, and counts the cases whose poison reached the user. The table is printed for docs/guard.md.
 */
describe('injection and poisoned-source corpus against a model scripted to comply', () => {
  let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let db: Database;
  let withModel: AnswerService;
  let withoutModel: AnswerService;
  let composer: ReturnType<typeof createLlmComposer>;
  const { log, lines } = memoryLogger();
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    db = await openPglite();
    await migrate(db);
    await ingestDirectory({ db, dir: writeKnowledge([...CLEAN_DOCS, ...POISONED_DOCS]), log });
    const curated = createCuratedRepo(db);
    for (const doc of POISONED_CURATED)
      await curated.create({
        ...doc,
        topic: 'keuangan',
        audience: ['perajin'],
        language: 'id',
        source: 'Mentor uji, 2026-12-02',
        asOf: '2026-12-02',
        interactionId: null,
        mentorId: null,
      });
    await indexCurated(db, log);
    const config = createConfig({
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_CHAT_MODEL: 'compliant-model',
      OPENAI_TIMEOUT_MS: '2000',
      OPENAI_MAX_RETRIES: '0',
    });
    composer = createLlmComposer(config, log);
    const searcher = createLexicalSearcher(createSearchRepo(db));
    withModel = createAnswerService({ searcher, log, minConfidence: config.minConfidence, llm: composer });
    withoutModel = createAnswerService({ searcher, log, minConfidence: config.minConfidence });
  });

  afterAll(async () => {
    await fake?.close();
    await db?.close();
  });

  async function run(c: InjectionCase): Promise<Outcome> {
    fake.setChat({ kind: 'reply', content: c.reply ?? (() => 'BELUM_TAHU') });
    const asked = fake.requests.length;
    const logged = lines.length;
    let answer: string;
    if (c.layer === 'composer') {
      const chunk = {
        chunkId: 1,
        path: 'knowledge/uji.md',
        ...c.chunk!,
        topic: 'programme',
        audience: ['perajin'],
        source: 'Uji, 2026',
        asOf: '2026-01-01',
        score: 1,
      };
      const written = await composer.compose({ question: c.question, language: 'id', chunks: [chunk] });
      answer = written?.text ?? '';
    } else {
      const service = c.layer === 'extractive' ? withoutModel : withModel;
      answer = (await service.answer({ text: c.question, record: false })).answer;
    }
    const written = lines.slice(logged);
    const skipped = written.some((line) => line.code === 'LLM_SKIPPED');
    const guard = written.find((line) => line.code === 'LLM_FAILED' || line.code === 'LLM_GUARDED');
    const rules = [...new Set((guard?.rules as string[] | undefined) ?? [])];
    // A model that complies only with what it sees abstains when the poison never reached it.
    const unseen =
      c.layer === 'composer' ? 'fence (the model abstained)' : 'ingest flag (the model abstained)';
    const stoppedBy = skipped
      ? 'question check (model not asked)'
      : c.layer === 'extractive'
        ? 'ingest flag'
        : rules.join() === 'answer.abstain'
          ? unseen
          : `guard: ${rules.join(', ')}`;
    return {
      id: c.id,
      layer: c.layer,
      kind: c.kind,
      reached: c.layer === 'extractive' ? answer.length > 0 : fake.requests.length > asked || skipped,
      passed: answer.toLowerCase().includes(c.poison.toLowerCase()),
      stoppedBy,
    };
  }

  it('has at least 30 cases, every kind the issue names among them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('lets no poison through', async () => {
    for (const c of CASES) outcomes.push(await run(c));
    const table = outcomes.map(
      (o) =>
        `| ${o.id} | ${o.layer} | ${o.kind} | ${o.passed ? 'passed through' : 'blocked'} | ${o.passed ? '' : o.stoppedBy} |`,
    );
    const passed = outcomes.filter((o) => o.passed);
    console.log(
      `injection corpus: ${passed.length} of ${outcomes.length} passed through\n${table.join('\n')}`,
    );
    // Every case reached the step it tests (the model was asked, or deliberately not asked).
    expect(outcomes.filter((o) => !o.reached).map((o) => o.id)).toEqual([]);
    expect(passed.map((o) => o.id)).toEqual([]);
  });
});
