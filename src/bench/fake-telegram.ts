import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkTelegramHtml } from './telegram-html.ts';

/** One Bot API call the fake received, in order. */
export interface RecordedCall {
  token: string;
  method: string;
  payload: Record<string, unknown>;
  at: number;
  /** The HTTP status the fake answered with. */
  status: number;
}

type Json = Record<string, unknown>;

interface Waiter {
  token: string;
  offset: number;
  limit: number;
  resolve: (updates: Json[]) => void;
  timer: NodeJS.Timeout;
}

const MAX_TEXT = 4096;
const MAX_CALLBACK_DATA = 64;

/**
 * A local Bot API server over real HTTP (127.0.0.1, random port) for end-to-end tests and the bench.
 * It follows the documented protocol closely enough that a real grammY bot cannot tell it from
 * api.telegram.org: `/bot<token>/<method>` with JSON, form or multipart bodies, `{ ok, result }` or
 * `{ ok: false, error_code, description, parameters }`, getUpdates long polling with offset/timeout/limit
 * (and 409 while a webhook is set), and Telegram's limits: 1-4096 characters after entity parsing,
 * well-formed HTML for parse_mode HTML, callback_data of at most 64 bytes, 403 for a user who blocked
 * the bot, and 429 with `parameters.retry_after` when a test asks for flood control.
 */
export async function startFakeTelegram(options: { botUsername?: string; botId?: number } = {}) {
  const botId = options.botId ?? 7_000_001;
  const username = options.botUsername ?? 'pendamping_test_bot';
  const calls: RecordedCall[] = [];
  const queues = new Map<string, Json[]>();
  const waiters: Waiter[] = [];
  const webhooks = new Map<string, { url: string; secret?: string }>();
  const blocked = new Set<number>();
  const validTokens = new Set<string>();
  const listeners = new Set<() => void>();
  const subscribers = new Set<(call: RecordedCall) => void>();
  let rejectAllTokens = false;
  let floodFor: { remaining: number; retryAfter: number; methods?: string[] } | undefined;
  let floodShare: { rate: number; retryAfter: number; methods: string[]; salt: string } | undefined;
  const floodTries = new Map<string, number>();
  let nextUpdateId = 100_000;
  let nextMessageId = 1;
  const lastConfirmed = new Map<string, number>();
  const redeliveries = new Map<string, Json[]>();
  /** Files users "sent" (see putFile), by file_id; getFile hands out their path, /file/bot<token>/ serves them. */
  const files = new Map<string, { bytes: Uint8Array; path: string; unique: string }>();
  const fileDownloads: { token: string; path: string }[] = [];

  const queueOf = (token: string) => {
    let queue = queues.get(token);
    if (!queue) {
      queue = [];
      queues.set(token, queue);
    }
    return queue;
  };

  function take(token: string, offset: number, limit: number): Json[] {
    const queue = queueOf(token);
    // Telegram forgets every update below the offset: that is how a bot confirms what it processed.
    while (queue.length > 0 && (queue[0]!.update_id as number) < offset) queue.shift();
    if (offset > 0) lastConfirmed.set(token, offset);
    // A re-delivery (see redeliver) comes regardless of the offset, as after a lost confirmation.
    const again = redeliveries.get(token)?.splice(0) ?? [];
    return [...again, ...queue.slice(0, limit)];
  }

  function wakeWaiters(token: string) {
    for (const waiter of [...waiters]) {
      if (waiter.token !== token) continue;
      const updates = take(token, waiter.offset, waiter.limit);
      if (updates.length === 0) continue;
      // (take() already handed out any re-deliveries)
      clearTimeout(waiter.timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(updates);
    }
  }

  function fail(code: number, description: string, parameters?: Json) {
    return {
      status: code,
      body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) },
    };
  }
  const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });

  function messageResult(payload: Json, text: string): Json {
    const chatId = Number(payload.chat_id);
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' },
      from: { id: botId, is_bot: true, first_name: 'Pendamping', username },
      text,
    };
  }

  function checkText(payload: Json, field: 'text' | 'caption' = 'text') {
    const raw = payload[field];
    if (typeof raw !== 'string') return fail(400, `Bad Request: ${field} is empty`);
    let visible = raw;
    if (payload.parse_mode === 'HTML') {
      const parsed = checkTelegramHtml(raw);
      if (!parsed.ok) return fail(400, `Bad Request: can't parse entities: ${parsed.error}`);
      visible = parsed.text;
    } else if (payload.parse_mode !== undefined && payload.parse_mode !== '') {
      return fail(400, 'Bad Request: unsupported parse_mode in the fake');
    }
    if (visible.trim().length === 0) return fail(400, `Bad Request: message ${field} is empty`);
    if (visible.length > MAX_TEXT) return fail(400, `Bad Request: message is too long`);
    return { text: visible };
  }

  function checkMarkup(payload: Json) {
    const markup = payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    for (const row of markup?.inline_keyboard ?? [])
      for (const button of row)
        if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > MAX_CALLBACK_DATA)
          return fail(400, 'Bad Request: BUTTON_DATA_INVALID');
    return undefined;
  }

  function handle(
    token: string,
    method: string,
    payload: Json,
  ): Promise<{ status: number; body: Json }> | { status: number; body: Json } {
    if (rejectAllTokens || (validTokens.size > 0 && !validTokens.has(token)))
      return fail(401, 'Unauthorized');
    const chatId = payload.chat_id === undefined ? undefined : Number(payload.chat_id);
    if (chatId !== undefined && blocked.has(chatId) && method !== 'getChat')
      return fail(403, 'Forbidden: bot was blocked by the user');
    if (floodFor && floodFor.remaining > 0 && (!floodFor.methods || floodFor.methods.includes(method))) {
      floodFor.remaining--;
      return fail(429, `Too Many Requests: retry after ${floodFor.retryAfter}`, {
        retry_after: floodFor.retryAfter,
      });
    }
    if (floodShare?.methods.includes(method)) {
      // The n-th try of the same message to the same chat: whether it is refused depends on nothing else,
      // so a run is repeatable however the bot's sends interleave.
      const key = `${method}\u0000${payload.chat_id}\u0000${String(payload.text ?? '')}`;
      const n = (floodTries.get(key) ?? 0) + 1;
      floodTries.set(key, n);
      if (unitHash(`${floodShare.salt}\u0000${key}\u0000${n}`) < floodShare.rate)
        return fail(429, `Too Many Requests: retry after ${floodShare.retryAfter}`, {
          retry_after: floodShare.retryAfter,
        });
    }
    switch (method) {
      case 'getMe':
        return ok({
          id: botId,
          is_bot: true,
          first_name: 'Pendamping IKM',
          username,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        });
      case 'getUpdates': {
        if (webhooks.has(token))
          return fail(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
          );
        const offset = Number(payload.offset ?? 0);
        const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100)));
        const timeout = Math.min(50, Math.max(0, Number(payload.timeout ?? 0)));
        const ready = take(token, offset, limit);
        if (ready.length > 0 || timeout === 0) return ok(ready);
        return new Promise((resolve) => {
          const waiter: Waiter = {
            token,
            offset,
            limit,
            resolve: (updates) => resolve(ok(updates)),
            timer: setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              resolve(ok([]));
            }, timeout * 1000),
          };
          waiters.push(waiter);
        });
      }
      case 'setWebhook': {
        const url = String(payload.url ?? '');
        if (url === '') {
          webhooks.delete(token);
          return ok(true);
        }
        if (!/^https?:\/\//.test(url))
          return fail(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = payload.secret_token as string | undefined;
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
          return fail(400, 'Bad Request: secret token contains unallowed characters');
        webhooks.set(token, { url, secret });
        return ok(true);
      }
      case 'deleteWebhook':
        webhooks.delete(token);
        if (payload.drop_pending_updates) queueOf(token).length = 0;
        return ok(true);
      case 'getWebhookInfo':
        return ok({
          url: webhooks.get(token)?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: queueOf(token).length,
        });
      case 'setMyCommands': {
        const commands = payload.commands as { command: string; description: string }[] | undefined;
        if (!Array.isArray(commands)) return fail(400, 'Bad Request: commands must be an array');
        for (const c of commands)
          if (!/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256)
            return fail(400, 'Bad Request: BOT_COMMAND_INVALID');
        return ok(true);
      }
      case 'deleteMyCommands':
        return ok(true);
      case 'sendChatAction':
        if (chatId === undefined || !payload.action)
          return fail(400, 'Bad Request: chat_id and action are required');
        return ok(true);
      case 'sendMessage': {
        if (chatId === undefined || Number.isNaN(chatId)) return fail(400, 'Bad Request: chat not found');
        const checked = checkText(payload);
        if ('status' in checked) return checked;
        const markup = checkMarkup(payload);
        if (markup) return markup;
        return ok(messageResult(payload, checked.text));
      }
      case 'editMessageText': {
        const checked = checkText(payload);
        if ('status' in checked) return checked;
        const markup = checkMarkup(payload);
        if (markup) return markup;
        if (payload.message_id === undefined && payload.inline_message_id === undefined)
          return fail(400, 'Bad Request: message identifier is not specified');
        return ok({ ...messageResult(payload, checked.text), message_id: Number(payload.message_id) });
      }
      case 'editMessageReplyMarkup': {
        const markup = checkMarkup(payload);
        if (markup) return markup;
        if (payload.message_id === undefined)
          return fail(400, 'Bad Request: message identifier is not specified');
        return ok({ ...messageResult(payload, ''), message_id: Number(payload.message_id) });
      }
      case 'answerCallbackQuery':
        if (!payload.callback_query_id) return fail(400, 'Bad Request: query id is required');
        if (typeof payload.text === 'string' && payload.text.length > 200)
          return fail(400, 'Bad Request: MESSAGE_TOO_LONG');
        return ok(true);
      case 'deleteMessage':
        return ok(true);
      case 'getFile': {
        const file = files.get(String(payload.file_id ?? ''));
        if (!file) return fail(400, 'Bad Request: invalid file_id');
        // The Bot API hands out files of up to 20 MB.
        if (file.bytes.byteLength > 20 * 1024 * 1024) return fail(400, 'Bad Request: file is too big');
        return ok({
          file_id: payload.file_id,
          file_unique_id: file.unique,
          file_size: file.bytes.byteLength,
          file_path: file.path,
        });
      }
      default:
        return fail(404, 'Not Found: method not found');
    }
  }

  async function readBody(req: IncomingMessage): Promise<Json> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const type = req.headers['content-type'] ?? '';
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams);
    if (raw === '') return query;
    if (type.includes('application/json')) return { ...query, ...JSON.parse(raw) };
    if (type.includes('multipart/form-data')) {
      const boundary = /boundary=(.+)$/.exec(type)?.[1];
      const out: Json = { ...query };
      for (const part of raw.split(`--${boundary}`)) {
        const name = /name="([^"]+)"/.exec(part)?.[1];
        if (!name) continue;
        const value = part.split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/\r\n$/, '');
        out[name] = parseValue(value);
      }
      return out;
    }
    const form = Object.fromEntries(new URLSearchParams(raw));
    for (const key of Object.keys(form)) form[key] = parseValue(form[key]!) as string;
    return { ...query, ...form };
  }

  /** GET /file/bot<token>/<file_path>: the download URL of the Bot API. */
  function serveFile(req: IncomingMessage, res: ServerResponse): boolean {
    const match = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? '');
    if (!match) return false;
    const [, token, path] = match;
    const file = [...files.values()].find((f) => f.path === decodeURIComponent(path!));
    const authorised = !rejectAllTokens && (validTokens.size === 0 || validTokens.has(token!));
    fileDownloads.push({ token: token!, path: path! });
    if (req.method !== 'GET' || !file || !authorised) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
    } else {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(file.bytes.byteLength),
      });
      res.end(file.bytes);
    }
    for (const listener of listeners) listener();
    return true;
  }

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (serveFile(req, res)) return;
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    let result: { status: number; body: Json };
    let token = '';
    let method = '';
    let payload: Json = {};
    try {
      if (!match) result = fail(404, 'Not Found');
      else {
        token = match[1]!;
        method = match[2]!;
        payload = await readBody(req);
        result = await handle(token, method, payload);
      }
    } catch (error) {
      result = fail(400, `Bad Request: ${String(error)}`);
    }
    if (method) {
      const call = { token, method, payload, at: performance.now(), status: result.status };
      calls.push(call);
      for (const subscriber of subscribers) subscriber(call);
    }
    for (const listener of listeners) listener();
    if (res.destroyed || req.socket.destroyed) {
      // A long poll whose client went away (killed) never received its updates: Telegram delivers them
      // again, as the fake does with the ones it handed out off the queue (re-deliveries).
      if (method === 'getUpdates' && result.body.ok && Array.isArray(result.body.result)) {
        const queued = new Set(queueOf(token).map((u) => u.update_id));
        const lost = (result.body.result as Json[]).filter((u) => !queued.has(u.update_id));
        if (lost.length > 0) {
          redeliveries.set(token, [...lost, ...(redeliveries.get(token) ?? [])]);
          wakeWaiters(token);
        }
      }
      return;
    }
    res.writeHead(result.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  function pushUpdate(token: string, update: Json): number {
    const update_id = nextUpdateId++;
    const full = { update_id, ...update };
    queueOf(token).push(full);
    wakeWaiters(token);
    return update_id;
  }

  /** Re-queues an update with the same update_id: Telegram does this when a webhook or poll was not confirmed. */
  function redeliver(token: string, update: Json) {
    const list = redeliveries.get(token) ?? [];
    list.push(update);
    redeliveries.set(token, list);
    wakeWaiters(token);
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    botId,
    username,
    calls,
    /** Accept only these tokens (others get 401, as a revoked token does). */
    acceptTokens(...tokens: string[]) {
      for (const t of tokens) validTokens.add(t);
    },
    rejectAll(value = true) {
      rejectAllTokens = value;
    },
    block(chatId: number) {
      blocked.add(chatId);
    },
    unblock(chatId: number) {
      blocked.delete(chatId);
    },
    /** The next `count` calls (of these methods) get 429 with retry_after. */
    flood(count: number, retryAfter: number, methods?: string[]) {
      floodFor = { remaining: count, retryAfter, methods };
    },
    /**
     * A share of the calls of these methods (default sendMessage) get 429 with retry_after: each try of a
     * message (same chat, same text) is refused with probability `rate`, decided by a hash of the message,
     * the try's number and `salt`. `floodShare(0)` ends it.
     */
    floodShare(rate: number, retryAfter: number, options: { methods?: string[]; salt?: string } = {}) {
      floodShare =
        rate > 0
          ? { rate, retryAfter, methods: options.methods ?? ['sendMessage'], salt: options.salt ?? '' }
          : undefined;
    },
    webhookOf: (token: string) => webhooks.get(token),
    pushUpdate,
    redeliver,
    pending: (token: string) => queueOf(token).length,
    /**
     * A file a user sends (a voice note's audio): later getFile calls with this file_id return its path,
     * and GET /file/bot<token>/<path> returns the bytes, as api.telegram.org does.
     */
    putFile(fileId: string, bytes: Uint8Array, path = `voice/file_${files.size + 1}.oga`) {
      files.set(fileId, { bytes, path, unique: `u${fileId}` });
      return { file_id: fileId, file_unique_id: `u${fileId}`, file_size: bytes.byteLength };
    },
    /** Every GET of /file/bot<token>/..., in order (served or not). */
    fileDownloads,
    nextMessageId: () => nextMessageId++,
    /** Calls of one method (and token), optionally to one chat. */
    sent(method: string, filter: { token?: string; chatId?: number } = {}) {
      return calls.filter(
        (c) =>
          c.method === method &&
          (filter.token === undefined || c.token === filter.token) &&
          (filter.chatId === undefined || Number(c.payload.chat_id) === filter.chatId),
      );
    },
    /** Resolves when `predicate` holds over the recorded calls; rejects after `timeoutMs`. */
    waitFor<T>(predicate: (calls: RecordedCall[]) => T | undefined | false, timeoutMs = 15_000): Promise<T> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const value = predicate(calls);
          if (value) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(value);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`fake Telegram: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      });
    },
    /** Calls `fn` with every call as it is recorded (the bench matches replies to updates this way). */
    subscribe(fn: (call: RecordedCall) => void) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    /** Stops recording calls in memory (long benchmark runs). */
    forget() {
      calls.length = 0;
    },
    lastConfirmedOffset: (token: string) => lastConfirmed.get(token) ?? 0,
    async close() {
      for (const waiter of waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.resolve([]);
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** FNV-1a of a string with murmur3's final mix (near-equal strings land far apart), in [0, 1). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return (hash >>> 0) / 4294967296;
}

function parseValue(value: string): unknown {
  if (/^[[{]/.test(value) || /^-?\d+$/.test(value) || value === 'true' || value === 'false') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
