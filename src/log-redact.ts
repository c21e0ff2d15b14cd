/**
 * Deep redaction for log objects. pino's path-based `redact` reaches only the paths it is given; grammY's
 * BotError carries `ctx` (the whole update, and `ctx.api` with the token) and an HttpError's cause holds the
 * request URL `https://api.telegram.org/bot<token>/sendMessage` in its message and stack. So every object
 * handed to the logger is copied here first, at any depth: fields that hold a person's words or a secret are
 * replaced, errors become plain objects (type, message, stack, code, cause), and every string is scrubbed of
 * the known secrets and of anything shaped like a bot token.
 */

export const REDACTED = '[redacted]';

/** Keys whose values are never logged (compared lower-case): message text, names, secrets, whole updates. */
const HIDDEN_KEYS = new Set([
  // A person's words and identity.
  'text',
  'caption',
  'question',
  'answer',
  'query',
  'first_name',
  'last_name',
  'username',
  'phone',
  'phone_number',
  'email',
  'contact',
  'location',
  // A Telegram error's request, a grammY context, an update, the Bot API client (holds the token).
  'payload',
  'update',
  'ctx',
  'api',
  'raw',
  'body',
  // Secrets.
  'token',
  'apikey',
  'api_key',
  'password',
  'secret',
  'secret_token',
  'secrettoken',
  'authorization',
  'cookie',
  'databaseurl',
  'database_url',
  'x-telegram-bot-api-secret-token',
]);

const MAX_DEPTH = 8;
const MAX_ITEMS = 50;
/** `bot<id>:<secret>` in a Bot API URL, and a token standing alone (Telegram's are 8-10 digits, ':' and 35). */
const TOKEN_IN_URL = /\/bot\d+:[^/\s"'?#]+/g;
const BARE_TOKEN = /\b\d{5,}:[A-Za-z0-9_-]{20,}\b/g;

export interface Redactor {
  /** A copy of `value` that is safe to log. */
  value(value: unknown): unknown;
  /** `text` without secrets. */
  string(text: string): string;
}

/** `secrets`: literal values (the bot token, API keys, the webhook secret) never to appear in any string. */
export function createRedactor(secrets: (string | undefined)[] = []): Redactor {
  // Longest first, so that a secret containing another is replaced whole; very short values would censor noise.
  const literals = [
    ...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6)),
  ].sort((a, b) => b.length - a.length);

  function string(text: string): string {
    let out = text.replace(TOKEN_IN_URL, `/bot${REDACTED}`).replace(BARE_TOKEN, REDACTED);
    for (const secret of literals) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return string(value);
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[too deep]';
    seen.add(value);
    try {
      if (value instanceof Error) return error(value, depth, seen);
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (value instanceof URL) return string(value.href);
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
      if (value instanceof Map || value instanceof Set) return `[${value.constructor.name} of ${value.size}]`;
      if (Array.isArray(value)) {
        const items = value.slice(0, MAX_ITEMS).map((item) => walk(item, depth + 1, seen));
        if (value.length > MAX_ITEMS) items.push(`[${value.length - MAX_ITEMS} more]`);
        return items;
      }
      return fields(value as Record<string, unknown>, {}, depth, seen);
    } finally {
      seen.delete(value);
    }
  }

  function fields(
    source: Record<string, unknown>,
    into: Record<string, unknown>,
    depth: number,
    seen: WeakSet<object>,
  ): Record<string, unknown> {
    let count = 0;
    for (const key of Object.keys(source)) {
      if (++count > MAX_ITEMS) {
        into['…'] = `${Object.keys(source).length - MAX_ITEMS} more fields`;
        break;
      }
      let item: unknown;
      try {
        item = source[key];
      } catch {
        item = '[unreadable]';
      }
      into[key] = HIDDEN_KEYS.has(key.toLowerCase()) && item != null ? REDACTED : walk(item, depth + 1, seen);
    }
    return into;
  }

  function error(err: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
    const out = fields(err as unknown as Record<string, unknown>, {}, depth, seen);
    out.type = err.constructor?.name && err.constructor.name !== 'Object' ? err.constructor.name : err.name;
    out.message = string(String(err.message));
    if (typeof err.stack === 'string') out.stack = string(err.stack);
    // Own but not enumerable on some errors (Error's `cause` option); the root of most failures.
    if (err.cause !== undefined && out.cause === undefined) out.cause = walk(err.cause, depth + 1, seen);
    if (err instanceof AggregateError && out.errors === undefined)
      out.errors = walk(err.errors, depth + 1, seen);
    return out;
  }

  return { value: (value) => walk(value, 0, new WeakSet()), string };
}
