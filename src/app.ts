import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { type Config, createConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openPglite } from './db/pglite.ts';
import type { Database } from './db/port.ts';
import { createCardsRepo } from './db/cards-repo.ts';
import { createEmbeddingsRepo } from './db/embeddings-repo.ts';
import { createSearchRepo } from './db/search-repo.ts';
import { createSentraRepo } from './db/sentra-repo.ts';
import { type AreaIndex, createAreaIndex } from './directory/areas.ts';
import { folderFingerprint } from './ingest/fingerprint.ts';
import type { IngestReport } from './ingest/pipeline.ts';
import { createLogger, type Logger } from './logger.ts';
import { type AnswerService, createAnswerService } from './rag/answer-service.ts';
import { type CardStore, createCardStore } from './rag/cards/store.ts';
import { createInteractionLog, type FallbackJournal } from './rag/interaction-log.ts';
import { withRecordTime } from './db/interactions-repo.ts';
import { type RuleSet, ruleSet } from './rag/rules.ts';
import { placeTerms } from './text/places.ts';
import { createDenseSearcher, createHybridSearcher } from './rag/dense.ts';
import { createLexicalSearcher } from './rag/lexical.ts';
import { createTools } from './rag/tools.ts';
import type { Searcher } from './rag/types.ts';

export interface App {
  config: Config;
  log: Logger;
  db: Database;
  /** The searcher RETRIEVAL_MODE selects. */
  searcher: Searcher;
  /** Every retrieval mode available with this configuration, for side-by-side evaluation. */
  searchers: Partial<Record<'lexical' | 'dense' | 'hybrid', Searcher>>;
  /** The official area list (idn-area-data), loaded on first use. */
  areas: () => AreaIndex;
  answers: AnswerService;
  /** The answer cards' matcher, rebuilt when mentors change a card. */
  cards: CardStore;
  /** Where every write waits during a database outage (the bot's taps too), written back in order. */
  fallback: FallbackJournal;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const db =
    config.database.kind === 'postgres'
      ? await (await import('./db/postgres.ts')).openPostgres(config.database.url, {
          statementTimeoutMs: config.statementTimeoutMs,
          log,
        })
      : await openPglite(resolve(config.database.dataDir));
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied, engine: db.engine }, 'migrations applied');
  return db;
}

export interface OpenAppOptions {
  /** Named answering weights other than the RULES table's (an evaluation sweep). */
  rules?: RuleSet;
  /**
   * Bring the knowledge base in line with KNOWLEDGE_DIR before answering: 'sync' always (cheap when
   * nothing changed), 'if-empty' only on a fresh database, 'never' to leave it as it is.
   */
  ingest?: 'sync' | 'if-empty' | 'never';
  onIngest?: (report: IngestReport) => void;
  onIngestProgress?: (done: number, total: number, path: string) => void;
  onEmbedProgress?: (done: number, total: number) => void;
  db?: Database;
}

/** Composition root: config -> database -> retrieval -> answering. */
export async function openApp(config: Config, log: Logger, options: OpenAppOptions = {}): Promise<App> {
  const db = options.db ?? (await openDatabase(config, log));
  // The official area list loads on first use only: most questions never need it.
  let areaIndex: AreaIndex | undefined;
  const areas = () => (areaIndex ??= createAreaIndex());
  try {
    const mode = options.ingest ?? 'sync';
    if (mode !== 'never') {
      const { rows } = await db.query<{ n: string }>('select count(*) as n from documents');
      const empty = Number(rows[0]!.n) === 0;
      if (empty || mode === 'sync') {
        // A folder unchanged since its last clean sync (same files, same ingest versions) is not read again.
        const scope = resolve(config.knowledgeDir);
        const fingerprint = folderFingerprint(config.knowledgeDir);
        const stored = empty
          ? undefined
          : (
              await db.query<{ fingerprint: string }>(
                'select fingerprint from ingest_state where scope = $1',
                [scope],
              )
            ).rows[0]?.fingerprint;
        if (stored === fingerprint) log.debug({ scope }, 'knowledge folder unchanged since its last sync');
        else {
          // The pipeline (document parser, chunker, directory import) is loaded only when there is work.
          const { ingestDirectory } = await import('./ingest/pipeline.ts');
          const { syncShippedDirectory } = await import('./directory/index-docs.ts');
          const report = await ingestDirectory({
            db,
            dir: config.knowledgeDir,
            log,
            onProgress: options.onIngestProgress,
          });
          options.onIngest?.(report);
          await syncShippedDirectory(db, config.knowledgeDir, areas, log);
          // Only a clean sync is remembered: a folder with a failing file is read again next time.
          if (report.failed.length === 0)
            await db.query(
              `insert into ingest_state (scope, fingerprint) values ($1, $2)
               on conflict (scope) do update set fingerprint = excluded.fingerprint, updated_at = now()`,
              [scope, fingerprint],
            );
        }
      }
    }
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
  const searchRepo = createSearchRepo(db);
  const lexical = createLexicalSearcher(searchRepo);
  const searchers: App['searchers'] = { lexical };
  if (config.embeddingsEnabled) {
    // Loaded only when used: the OpenAI SDK and LangChain are most of the modules a start would load.
    const { OpenAICompatibleEmbeddings } = await import('./rag/embedder.ts');
    const { embedPending } = await import('./ingest/embed.ts');
    const embedder = OpenAICompatibleEmbeddings.fromConfig(config);
    const model = embedder.model;
    if ((options.ingest ?? 'sync') !== 'never') {
      // An unreachable embedding server must not stop the product: lexical retrieval still answers.
      await embedPending({ db, embedder, model, log, onProgress: options.onEmbedProgress }).catch((error) =>
        log.warn(
          { err: error, code: 'EMBEDDING_FAILED', model },
          'embedding failed; dense retrieval may be incomplete',
        ),
      );
    }
    const dense = createDenseSearcher({
      repo: searchRepo,
      embeddings: createEmbeddingsRepo(db),
      embedder,
      model,
      analyse: lexical.analyse,
    });
    searchers.dense = dense;
    searchers.hybrid = createHybridSearcher(lexical, dense);
  }
  const searcher = searchers[config.retrievalMode] ?? lexical;
  const cardsRepo = createCardsRepo(db);
  const rules = options.rules ?? ruleSet();
  // One cache file per database, beside the embedded one (or named after the server's URL).
  const databaseKey = createHash('sha256')
    .update(config.database.kind === 'postgres' ? config.database.url : resolve(config.database.dataDir))
    .digest('hex')
    .slice(0, 12);
  const cards = createCardStore(cardsRepo, {
    places: placeTerms,
    rules,
    log,
    cacheFile: join(config.dataDir, `card-index-${databaseKey}.json`),
  });
  const interactions = createInteractionLog(db, {
    fallbackFile: join(config.dataDir, 'interactions-fallback.jsonl'),
    log,
  });
  const answers = createAnswerService({
    searcher,
    log,
    cards,
    cardsRepo,
    rules,
    minConfidence: config.minConfidence,
    llm: config.llmEnabled ? (await import('./rag/llm.ts')).createLlmComposer(config, log) : undefined,
    tools: createTools({ sentra: createSentraRepo(db), areas }),
    interactions: withRecordTime(interactions),
  });
  return {
    config,
    log,
    db,
    searcher,
    searchers,
    areas,
    answers,
    cards,
    fallback: interactions.journal,
    async close() {
      if (!options.db) await db.close();
    },
  };
}

/**
 * The one way every entry point (terminal, bot, workspace, evaluation) opens the product: environment ->
 * config -> logger -> database -> answering. A bad setting throws CONFIG_INVALID before anything starts.
 */
export async function openAppFromEnv(
  env: Record<string, string | undefined>,
  options: OpenAppOptions = {},
): Promise<App> {
  const config = createConfig(env);
  return openApp(config, createLogger(config), options);
}
