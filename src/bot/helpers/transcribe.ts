import OpenAI, { toFile } from 'openai';
import type { TranscribeSettings } from '../../config.ts';

/** Why a voice note was not turned into text: each gets its own polite message and log line. */
export type VoiceErrorCode =
  | 'VOICE_TOO_LONG'
  | 'VOICE_TOO_BIG'
  | 'VOICE_DOWNLOAD_FAILED'
  | 'TRANSCRIBE_FAILED'
  | 'TRANSCRIBE_EMPTY';

/** An error at the voice boundary (Telegram's file server, the transcription endpoint), with a stable code. */
export class VoiceError extends Error {
  readonly code: VoiceErrorCode;
  /** HTTP status of the failing call, when there was one (for the log line). */
  readonly status?: number;

  constructor(code: VoiceErrorCode, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'VoiceError';
    this.code = code;
    this.status = options.status;
  }
}

/** The audio of a voice note as Telegram describes it in the update. */
export interface VoiceNote {
  fileId: string;
  durationSeconds: number;
  /** As the update says; Telegram may leave it out. */
  fileSize?: number;
  mimeType?: string;
}

export interface Transcriber {
  readonly limits: { maxSeconds: number; maxBytes: number };
  /** Throws VoiceError when the note is over the limits, cannot be fetched, or the endpoint fails. */
  transcribe(note: VoiceNote, fetchFile: (fileId: string) => Promise<string>): Promise<string>;
}

/**
 * Voice notes through an OpenAI-compatible transcription endpoint (`audio.transcriptions.create` of the
 * `openai` SDK: a multipart POST of the audio to {baseURL}/audio/transcriptions, answered with `{ text }`).
 * The limits are checked on the update's own figures before anything is downloaded, and again on the bytes.
 * `fetchFile` gives the download URL of a file id (getFile, then the Bot API's file URL); that URL carries
 * the bot token, so it is never put in an error message.
 */
export function createTranscriber(settings: TranscribeSettings, client?: OpenAI): Transcriber {
  const openai =
    client ??
    new OpenAI({
      apiKey: settings.apiKey ?? 'not-needed',
      baseURL: settings.baseURL,
      timeout: settings.timeoutMs,
      maxRetries: 1,
    });
  const limits = { maxSeconds: settings.maxSeconds, maxBytes: settings.maxBytes };

  async function download(url: string): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(settings.timeoutMs) });
    } catch (error) {
      throw new VoiceError('VOICE_DOWNLOAD_FAILED', 'the voice note could not be downloaded', {
        cause: (error as Error).name,
      });
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new VoiceError('VOICE_DOWNLOAD_FAILED', 'the file server refused the voice note', {
        status: response.status,
      });
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new VoiceError('VOICE_TOO_BIG', `the voice note has ${declared} bytes`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limits.maxBytes)
        throw new VoiceError('VOICE_TOO_BIG', `the voice note has over ${size} bytes`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  return {
    limits,
    async transcribe(note, fetchFile) {
      if (note.durationSeconds > limits.maxSeconds)
        throw new VoiceError('VOICE_TOO_LONG', `the voice note lasts ${note.durationSeconds} s`);
      if ((note.fileSize ?? 0) > limits.maxBytes)
        throw new VoiceError('VOICE_TOO_BIG', `the voice note has ${note.fileSize} bytes`);
      let url: string;
      try {
        url = await fetchFile(note.fileId);
      } catch (error) {
        const status = (error as { error_code?: number }).error_code;
        throw new VoiceError('VOICE_DOWNLOAD_FAILED', 'getFile failed', { status });
      }
      const audio = await download(url);
      let text: string;
      try {
        const result = await openai.audio.transcriptions.create({
          file: await toFile(audio, 'voice.ogg', { type: note.mimeType ?? 'audio/ogg' }),
          model: settings.model,
        });
        text = typeof result === 'string' ? result : ((result as { text?: string }).text ?? '');
      } catch (error) {
        throw new VoiceError('TRANSCRIBE_FAILED', 'the transcription endpoint failed', {
          cause: error instanceof Error ? error.name : undefined,
          status: (error as { status?: number }).status,
        });
      }
      const cleaned = text.replace(/\s+/g, ' ').trim();
      if (cleaned === '') throw new VoiceError('TRANSCRIBE_EMPTY', 'the transcript is empty');
      return cleaned;
    },
  };
}
