import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  [key: string]: unknown;
}

export type ChatBehaviour =
  | { kind: 'reply'; content: (request: ChatRequest) => string }
  | { kind: 'error'; status: number; retryAfter?: number; times?: number }
  /** delayMs may depend on the request's place among the chat requests so far (0-based). */
  | { kind: 'slow'; delayMs: number | ((n: number) => number); content: string };

/** Deterministic "embedding": hashed bag of words, L2-normalised, so similar texts are near. */
export function fakeEmbedding(text: string, dims: number): number[] {
  const vector = new Array<number>(dims).fill(0);
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const digest = createHash('md5').update(word).digest();
    vector[digest.readUInt32LE(0) % dims]! += digest[4]! & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

/**
 * A local server that speaks the OpenAI HTTP API (chat completions, streaming, embeddings, errors)
 * for the real `openai` SDK. It records every request; tests change its behaviour between calls.
 */
export async function startFakeOpenAI(options: { dims?: number } = {}) {
  const dims = options.dims ?? 64;
  const requests: { path: string; body: Record<string, unknown>; headers: IncomingMessage['headers'] }[] = [];
  let chat: ChatBehaviour = { kind: 'reply', content: () => 'BELUM_TAHU' };
  let failuresLeft = 0;
  let embeddingFailure: number | undefined;

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return json(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
    }
    const path = (req.url ?? '').replace(/\?.*$/, '');
    requests.push({ path, body, headers: req.headers });
    if (!String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return json(res, 401, { error: { message: 'missing API key', type: 'invalid_request_error' } });
    }
    if (req.method === 'POST' && path.endsWith('/chat/completions')) {
      const request = body as unknown as ChatRequest;
      if (chat.kind === 'error' && failuresLeft !== 0) {
        failuresLeft--;
        const headers: Record<string, string> =
          chat.retryAfter !== undefined ? { 'retry-after': String(chat.retryAfter) } : {};
        return json(
          res,
          chat.status,
          { error: { message: `fake failure ${chat.status}`, type: 'server_error' } },
          headers,
        );
      }
      let content = 'BELUM_TAHU';
      if (chat.kind === 'reply') content = chat.content(request);
      if (chat.kind === 'slow') {
        const n = requests.filter((r) => r.path.endsWith('/chat/completions')).length - 1;
        const delay = typeof chat.delayMs === 'function' ? chat.delayMs(n) : chat.delayMs;
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (res.destroyed) return;
        content = chat.content;
      }
      const id = `chatcmpl-${requests.length}`;
      const created = Math.floor(Date.now() / 1000);
      if (request.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        for (const piece of content.match(/.{1,12}/gs) ?? []) {
          const delta = {
            id,
            object: 'chat.completion.chunk',
            created,
            model: request.model,
            choices: [{ index: 0, delta: { content: piece }, finish_reason: null }],
          };
          res.write(`data: ${JSON.stringify(delta)}\n\n`);
        }
        res.write(
          `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
        );
        res.end('data: [DONE]\n\n');
        return;
      }
      return json(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    if (req.method === 'POST' && path.endsWith('/embeddings')) {
      if (embeddingFailure)
        return json(res, embeddingFailure, {
          error: { message: 'fake embedding failure', type: 'server_error' },
        });
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      const size = typeof body.dimensions === 'number' ? body.dimensions : dims;
      return json(res, 200, {
        object: 'list',
        model: body.model,
        // The SDK asks for base64 (little-endian float32) unless told otherwise, as OpenAI's API allows.
        data: input.map((text, index) => {
          const vector = fakeEmbedding(text, size);
          const embedding =
            body.encoding_format === 'base64'
              ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
              : vector;
          return { object: 'embedding', index, embedding };
        }),
        usage: { prompt_tokens: input.length, total_tokens: input.length },
      });
    }
    return json(res, 404, { error: { message: `no route ${path}`, type: 'invalid_request_error' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setChat(behaviour: ChatBehaviour) {
      chat = behaviour;
      failuresLeft = behaviour.kind === 'error' ? (behaviour.times ?? -1) : 0;
    },
    failEmbeddings(status: number | undefined) {
      embeddingFailure = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
