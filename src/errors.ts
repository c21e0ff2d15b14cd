/**
 * Stable error codes for everything that crosses a boundary (files, database, OpenAI, user input).
 * The CLI and the bot turn them into a friendly Indonesian message; the log keeps the code and cause.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'USAGE'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LONG'
  | 'INPUT_BINARY'
  | 'DB_UNAVAILABLE'
  | 'DB_QUERY_FAILED'
  | 'KNOWLEDGE_INVALID'
  | 'LLM_FAILED'
  | 'TELEGRAM_UNREACHABLE'
  | 'EMBEDDING_FAILED';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** A message safe to show to an end user, in Indonesian. */
  readonly userMessage: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; userMessage?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? message;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A short, single-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
