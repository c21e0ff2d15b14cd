import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';

/** Telegram's updates are a few kilobytes; a body above this is not from Telegram. */
export const WEBHOOK_BODY_LIMIT = 1_000_000;

/** A webhook request refused before any handler sees it, with the HTTP status it gets. */
export class WebhookRefusal extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: 'WEBHOOK_BODY_NOT_JSON' | 'WEBHOOK_BODY_TOO_LARGE',
  ) {
    super(code);
    this.name = 'WebhookRefusal';
  }
}

/**
 * Reads a JSON body of at most `limit` bytes. A declared Content-Length above it is refused before reading;
 * a body that grows past it (chunked, or a lying header) stops being read at the limit, so memory stays
 * bounded. Malformed JSON is a 400, not a 500.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new WebhookRefusal(413, 'WEBHOOK_BODY_TOO_LARGE'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        reject(new WebhookRefusal(413, 'WEBHOOK_BODY_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      if (size > limit) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new WebhookRefusal(400, 'WEBHOOK_BODY_NOT_JSON'));
      }
    });
  });
}

/**
 * grammY's adapter for node:http, with the bounded reader above. grammY checks the secret header before it
 * asks for the update, so a request without the secret is refused (401) without its body being read.
 */
export function boundedHttpAdapter(limit: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const secret = req.headers['x-telegram-bot-api-secret-token'];
    return {
      get update() {
        return readJsonBody(req, limit) as Promise<Update>;
      },
      header: Array.isArray(secret) ? secret[0] : secret,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('secret token is wrong'),
    };
  };
}

/** Answers a refused request and drops the connection when the rest of the body was not read. */
export function refuse(req: IncomingMessage, res: ServerResponse, refusal: WebhookRefusal) {
  if (res.headersSent) return;
  const tooLarge = refusal.status === 413;
  res.writeHead(refusal.status, {
    'content-type': 'text/plain',
    ...(tooLarge ? { connection: 'close' } : {}),
  });
  res.end(tooLarge ? 'request body too large' : 'request body is not JSON', () => {
    if (tooLarge) req.destroy();
  });
}
