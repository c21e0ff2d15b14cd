import { z } from 'zod';
import { AppError } from './errors.ts';

const optionalString = z
  .string()
  .transform((value) => value.trim())
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: 'expected a PostgreSQL URL such as postgres://user:password@host:5432/dbname',
  });

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'expected an http:// or https:// URL',
  });

const positiveInt = (fallback: number, max: number) =>
  z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .positive({ message: 'expected a positive whole number' })
    .max(max, { message: `expected at most ${max}` })
    .default(fallback);

const probability = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a number between 0 and 1' })
    .min(0, { message: 'expected a number between 0 and 1' })
    .max(1, { message: 'expected a number between 0 and 1' })
    .default(fallback);

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const envSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  PENDAMPING_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  KNOWLEDGE_DIR: z.preprocess(emptyAsUndefined, z.string().default('./knowledge')),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  OPENAI_CHAT_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-4o-mini')),
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_EMBEDDING_DIMENSIONS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'expected a whole number' })
      .int({ message: 'expected a whole number' })
      .positive({ message: 'expected a positive whole number' })
      .max(4000, { message: 'expected at most 4000' })
      .optional(),
  ),
  OPENAI_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(20_000, 600_000)),
  OPENAI_MAX_RETRIES: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ message: 'expected a whole number' }).int().min(0).max(10).default(2),
  ),
  RETRIEVAL_MODE: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['lexical', 'dense', 'hybrid'], { message: 'expected one of lexical, dense, hybrid' })
      .default('lexical'),
  ),
  ANSWER_MIN_CONFIDENCE: z.preprocess(emptyAsUndefined, probability(0.5)),
  DB_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(15_000, 600_000)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('warn'),
  ),
  LOG_FILE: optionalString,
  TELEGRAM_BOT_TOKEN: optionalString,
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'expected a port number' })
      .int({ message: 'expected a port number' })
      .min(0, { message: 'expected a port number from 0 to 65535' })
      .max(65_535, { message: 'expected a port number from 0 to 65535' })
      .default(8080),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().trim().default('127.0.0.1')),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  SIGNIN_LINK_MINUTES: z.preprocess(emptyAsUndefined, positiveInt(15, 1_440)),
  SESSION_HOURS: z.preprocess(emptyAsUndefined, positiveInt(12, 24 * 30)),
  WORKSPACE_TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .default('Asia/Jakarta')
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('id-ID', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { message: 'expected an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura' },
      ),
  ),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  BOT_MODE: z.preprocess(
    emptyAsUndefined,
    z.enum(['polling', 'webhook'], { message: 'expected polling or webhook' }).default('polling'),
  ),
  WEBHOOK_HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  WEBHOOK_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, { message: 'expected 1-256 characters of A-Z, a-z, 0-9, _ and -' })
      .optional(),
  ),
  PSEUDONYM_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, { message: 'expected at least 16 characters' }).optional(),
  ),
  BOT_CONCURRENCY: z.preprocess(emptyAsUndefined, positiveInt(32, 10_000)),
  BOT_RATE_LIMIT: z.preprocess(emptyAsUndefined, positiveInt(6, 10_000)),
  BOT_RATE_WINDOW_MS: z.preprocess(emptyAsUndefined, positiveInt(30_000, 3_600_000)),
  BOT_GLOBAL_SEND_RATE: z.preprocess(emptyAsUndefined, positiveInt(30, 100_000)),
  TRANSCRIBE_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  TRANSCRIBE_API_KEY: optionalString,
  TRANSCRIBE_MODEL: z.preprocess(emptyAsUndefined, z.string().trim().default('whisper-1')),
  TRANSCRIBE_MAX_SECONDS: z.preprocess(emptyAsUndefined, positiveInt(120, 3_600)),
  TRANSCRIBE_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(30_000, 600_000)),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  statementTimeoutMs: number;
  knowledgeDir: string;
  dataDir: string;
  openai: {
    apiKey?: string;
    baseURL?: string;
    chatModel: string;
    embeddingModel?: string;
    embeddingDimensions?: number;
    timeoutMs: number;
    maxRetries: number;
  };
  /** True when a chat model can be called: a key, or a base URL of a local server that needs none. */
  llmEnabled: boolean;
  embeddingsEnabled: boolean;
  retrievalMode: 'lexical' | 'dense' | 'hybrid';
  minConfidence: number;
  log: { level: Env['LOG_LEVEL']; file?: string };
  telegramToken?: string;
  /** The mentor workspace (web) and anything else listening on PORT. */
  port: number;
  host: string;
  dashboard: {
    /** Where mentors reach the workspace; sign-in links start with it. Default http://HOST:PORT. */
    publicUrl?: string;
    signInTtlMs: number;
    sessionTtlMs: number;
    /** The zone the workspace shows times in (IANA name). */
    timeZone: string;
  };
  bot: BotSettings;
  /** Voice notes are transcribed only when this is set (TRANSCRIBE_BASE_URL or TRANSCRIBE_API_KEY). */
  transcribe?: TranscribeSettings;
}

/**
 * An OpenAI-compatible transcription endpoint (POST {baseURL}/audio/transcriptions). Its own settings, not
 * OPENAI_*: a chat server (Ollama, vLLM) often has no transcription, and audio is personal data that an
 * operator turns on deliberately.
 */
export interface TranscribeSettings {
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** Longer voice notes are declined politely before anything is downloaded. */
  maxSeconds: number;
  /** Larger files are declined politely (checked before and during the download). */
  maxBytes: number;
  timeoutMs: number;
}

/** How the bot receives updates: long polling (one instance) or a webhook (several instances). */
export type BotMode =
  | { kind: 'polling'; concurrency: number }
  | { kind: 'webhook'; port: number; host: string; url?: string; secret: string };

export interface BotSettings {
  apiRoot?: string;
  mode: BotMode;
  /** Key of the HMAC that turns Telegram ids into pseudonymous refs; without it one is derived from the token. */
  pseudonymSecret?: string;
  /** Per-user messages allowed in one window before the polite "slow down" message. */
  rateLimit: { max: number; windowMs: number };
  /** Messages per second across all chats (Telegram's broadcast limit is about 30). */
  globalSendRate: number;
}

const botModeSchema = z.discriminatedUnion('BOT_MODE', [
  z.object({ BOT_MODE: z.literal('polling') }),
  z.object({
    BOT_MODE: z.literal('webhook'),
    TELEGRAM_WEBHOOK_SECRET: z.string({
      message: 'required with BOT_MODE=webhook (Telegram sends it in X-Telegram-Bot-Api-Secret-Token)',
    }),
  }),
]);

/**
 * Parses configuration from an environment map. The only place that reads environment variables;
 * an invalid value throws an AppError naming the variable and what was expected.
 */
export function createConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const raw = env[name];
      const shown =
        raw === undefined ? '' : ` (got ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)})`;
      return `${name}: ${issue.message}${name.includes('KEY') || name.includes('TOKEN') ? '' : shown}`;
    });
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n  ${lines.join('\n  ')}`, {
      userMessage: `Konfigurasi tidak valid:\n  ${lines.join('\n  ')}`,
    });
  }
  const e = parsed.data;
  const embeddingsEnabled = Boolean(e.OPENAI_EMBEDDING_MODEL && (e.OPENAI_API_KEY || e.OPENAI_BASE_URL));
  if (e.RETRIEVAL_MODE !== 'lexical' && !embeddingsEnabled) {
    throw new AppError(
      'CONFIG_INVALID',
      `RETRIEVAL_MODE: ${e.RETRIEVAL_MODE} needs OPENAI_EMBEDDING_MODEL and OPENAI_API_KEY or OPENAI_BASE_URL`,
    );
  }
  const mode = botModeSchema.safeParse(e);
  if (!mode.success) {
    throw new AppError(
      'CONFIG_INVALID',
      `Invalid configuration:\n  ${mode.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`,
    );
  }
  return {
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: e.PENDAMPING_DATA_DIR },
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.PENDAMPING_DATA_DIR,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      chatModel: e.OPENAI_CHAT_MODEL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      embeddingDimensions: e.OPENAI_EMBEDDING_DIMENSIONS,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
    },
    llmEnabled: Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL),
    embeddingsEnabled,
    retrievalMode: e.RETRIEVAL_MODE,
    minConfidence: e.ANSWER_MIN_CONFIDENCE,
    log: { level: e.LOG_LEVEL, file: e.LOG_FILE },
    telegramToken: e.TELEGRAM_BOT_TOKEN,
    port: e.PORT,
    host: e.HOST,
    dashboard: {
      publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
      signInTtlMs: e.SIGNIN_LINK_MINUTES * 60_000,
      sessionTtlMs: e.SESSION_HOURS * 3_600_000,
      timeZone: e.WORKSPACE_TIMEZONE,
    },
    bot: {
      apiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ''),
      mode:
        mode.data.BOT_MODE === 'webhook'
          ? {
              kind: 'webhook',
              port: e.PORT,
              host: e.WEBHOOK_HOST,
              url: e.WEBHOOK_URL,
              secret: mode.data.TELEGRAM_WEBHOOK_SECRET,
            }
          : { kind: 'polling', concurrency: e.BOT_CONCURRENCY },
      pseudonymSecret: e.PSEUDONYM_SECRET,
      rateLimit: { max: e.BOT_RATE_LIMIT, windowMs: e.BOT_RATE_WINDOW_MS },
      globalSendRate: e.BOT_GLOBAL_SEND_RATE,
    },
    ...(e.TRANSCRIBE_BASE_URL || e.TRANSCRIBE_API_KEY
      ? {
          transcribe: {
            baseURL: e.TRANSCRIBE_BASE_URL?.replace(/\/+$/, ''),
            apiKey: e.TRANSCRIBE_API_KEY,
            model: e.TRANSCRIBE_MODEL,
            maxSeconds: e.TRANSCRIBE_MAX_SECONDS,
            // Telegram's voice notes are Opus at about 16-32 kbit/s: 2 minutes is well under 1 MB.
            maxBytes: 5 * 1024 * 1024,
            timeoutMs: e.TRANSCRIBE_TIMEOUT_MS,
          },
        }
      : {}),
  };
}
