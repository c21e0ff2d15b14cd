import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One transcription request as the fake parsed it from the multipart body. */
export interface TranscriptionRequest {
  path: string;
  authorization?: string;
  model: string | null;
  fileName: string | null;
  fileType: string | null;
  audio: Buffer;
}

/**
 * A local server that speaks OpenAI's transcription API over HTTP for the real `openai` SDK: a multipart
 * POST /v1/audio/transcriptions (fields `file` and `model`) answered with `{ text }`. It transcribes only
 * the audio it was taught (`teach(bytes, text)`); anything else is an empty transcript. `fail(status)` makes
 * it answer with an OpenAI-style error, `close()` takes it down (connection refused).
 */
export async function startFakeTranscription() {
  const requests: TranscriptionRequest[] = [];
  const taught = new Map<string, string>();
  let failure: number | undefined;

  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = (req.url ?? '').replace(/\?.*$/, '');
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.method !== 'POST' || path !== '/v1/audio/transcriptions')
      return json(404, {
        error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' },
      });
    // The multipart body is parsed by the platform's own parser (undici's Request.formData).
    let form: FormData;
    try {
      form = await new Request('http://fake/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type'] ?? '') },
        body,
      }).formData();
    } catch {
      return json(400, { error: { message: 'expected multipart/form-data', type: 'invalid_request_error' } });
    }
    const file = form.get('file');
    const audio = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    requests.push({
      path,
      authorization: req.headers.authorization,
      model: form.get('model') as string | null,
      fileName: file instanceof File ? file.name : null,
      fileType: file instanceof Blob ? file.type : null,
      audio,
    });
    if (failure !== undefined)
      return json(failure, { error: { message: `fake failure ${failure}`, type: 'server_error' } });
    if (!(file instanceof Blob) || !form.get('model'))
      return json(400, { error: { message: 'file and model are required', type: 'invalid_request_error' } });
    return json(200, { text: taught.get(audio.toString('base64')) ?? '' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let closed = false;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    /** This audio, byte for byte, is heard as `text`. */
    teach(audio: Uint8Array, text: string) {
      taught.set(Buffer.from(audio).toString('base64'), text);
    },
    fail(status: number | undefined) {
      failure = status;
    },
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The bot's transcription settings pointing at a fake server (the limits the bot ships with). */
export function transcribeSettings(fake: { baseURL: string }) {
  return {
    baseURL: fake.baseURL,
    apiKey: 'sk-test-transcribe',
    model: 'whisper-test',
    maxSeconds: 120,
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 10_000,
  };
}
