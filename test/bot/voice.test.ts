import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { startFakeTranscription, transcribeSettings } from '../helpers/fake-transcribe.ts';
import { greetAndConsent, startHarness, TOKEN, textOf, type UserSpec } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
type Fake = Awaited<ReturnType<typeof startFakeTranscription>>;

/** Bytes standing in for an Opus voice note (the fake transcribes what it was taught, byte for byte). */
const audio = (label: string) => new Uint8Array(Buffer.from(`OggS\0fake-opus:${label}:${'x'.repeat(2000)}`));

let nextFile = 1;
/** A voice note from `user`: the file is put on the fake Bot API, the update refers to it by file_id. */
function sendVoice(h: Harness, user: UserSpec, bytes: Uint8Array, duration: number, fileSize?: number) {
  const fileId = `voice-${nextFile++}`;
  const file = h.fake.putFile(fileId, bytes);
  return h.message(user, {
    voice: {
      ...file,
      duration,
      mime_type: 'audio/ogg',
      ...(fileSize !== undefined ? { file_size: fileSize } : {}),
    },
  });
}

describe('voice notes with a transcription endpoint (fake Bot API + fake transcription server over HTTP)', () => {
  let h: Harness;
  let stt: Fake;

  beforeAll(async () => {
    stt = await startFakeTranscription();
    h = await startHarness({ transcribe: transcribeSettings(stt) });
  });
  afterAll(async () => {
    await h?.close();
    await stt?.close();
  });

  it('is transcribed, shown back as "Saya dengar" and answered like the typed question, recorded with the transcript', async () => {
    const user = { id: 4101 };
    await greetAndConsent(h, user);
    const spoken = 'gimana cara menghitung HPP tas kulit?';
    const bytes = audio('hpp');
    stt.teach(bytes, `  ${spoken} `);
    const since = h.fake.calls.length;
    const { update_id } = sendVoice(h, user, bytes, 6);
    const [heard, answer] = await h.reply(user.id, since, 2);
    expect(textOf(heard!)).toBe(`Saya dengar: «${spoken}»`);
    // The answer is the one the same words typed get.
    const typedSince = h.fake.calls.length;
    h.text(user, spoken);
    const [typed] = await h.reply(user.id, typedSince);
    expect(textOf(answer!)).toBe(textOf(typed!));
    expect(textOf(answer!)).toMatch(/HPP/);
    // The audio went to the endpoint as a multipart upload, byte for byte, with the model and the key.
    const request = stt.requests.at(-1)!;
    expect(request.model).toBe('whisper-test');
    expect(request.authorization).toBe('Bearer sk-test-transcribe');
    expect(Buffer.compare(request.audio, Buffer.from(bytes))).toBe(0);
    // getFile, then the file URL of the Bot API.
    expect(h.fake.sent('getFile').at(-1)!.payload.file_id).toBe(`voice-${nextFile - 1}`);
    expect(h.fake.fileDownloads.at(-1)).toMatchObject({ token: TOKEN });
    const { rows } = await h.db.query<{ question: string; outcome: string }>(
      'select question, outcome from interactions where update_id = $1',
      [update_id],
    );
    expect(rows).toEqual([{ question: spoken, outcome: expect.stringMatching(/answered|handed_off/) }]);
  });

  it('before consent: the privacy notice, and the audio goes nowhere', async () => {
    const user = { id: 4100 };
    const before = { stt: stt.requests.length, files: h.fake.sent('getFile').length };
    const since = h.fake.calls.length;
    sendVoice(h, user, audio('early'), 5);
    const [notice] = await h.reply(user.id, since);
    expect(JSON.stringify(notice!.payload.reply_markup)).toContain('consent');
    expect(stt.requests.length).toBe(before.stt);
    expect(h.fake.sent('getFile').length).toBe(before.files);
  });

  it('a spoken answer to a /kriteria prompt is taken as the typed one would be', async () => {
    const user = { id: 4105 };
    await greetAndConsent(h, user);
    let since = h.fake.calls.length;
    h.text(user, '/kriteria');
    const [q1] = await h.reply(user.id, since);
    expect(textOf(q1!)).toMatch(/rumah tangga/);
    const bytes = audio('kriteria');
    stt.teach(bytes, 'ada lima ratus KK, 500');
    since = h.fake.calls.length;
    sendVoice(h, user, bytes, 3);
    const [heard, q2] = await h.reply(user.id, since, 2);
    expect(textOf(heard!)).toBe('Saya dengar: «ada lima ratus KK, 500»');
    expect(textOf(q2!)).toMatch(/usaha sejenis/);
  });

  it('longer than the limit: a polite message, nothing downloaded or sent to the endpoint', async () => {
    const user = { id: 4102 };
    await greetAndConsent(h, user);
    const before = { stt: stt.requests.length, files: h.fake.sent('getFile').length };
    const since = h.fake.calls.length;
    sendVoice(h, user, audio('long'), 300);
    const [reply] = await h.reply(user.id, since);
    expect(textOf(reply!)).toMatch(
      /^Maaf, pesan suaranya terlalu panjang untuk saya \(paling lama 2 menit\)/,
    );
    expect(stt.requests.length).toBe(before.stt);
    expect(h.fake.sent('getFile').length).toBe(before.files);
    expect(h.logLines.some((line) => line.code === 'VOICE_TOO_LONG')).toBe(true);
  });

  it('bigger than the limit (as the update says it): a polite message', async () => {
    const user = { id: 4103 };
    await greetAndConsent(h, user);
    const since = h.fake.calls.length;
    sendVoice(h, user, audio('big'), 30, 6 * 1024 * 1024);
    const [reply] = await h.reply(user.id, since);
    expect(textOf(reply!)).toMatch(/^Maaf, berkas suaranya terlalu besar/);
  });

  it('an endpoint that fails (500) or is down: a polite message and a log line, and the bot keeps answering', async () => {
    const user = { id: 4104 };
    await greetAndConsent(h, user);
    stt.fail(500);
    let since = h.fake.calls.length;
    sendVoice(h, user, audio('fails'), 5);
    const [failed] = await h.reply(user.id, since);
    expect(textOf(failed!)).toMatch(/^Maaf, pesan suara Anda belum bisa saya dengarkan sekarang/);
    expect(h.logLines).toContainEqual(
      expect.objectContaining({ code: 'TRANSCRIBE_FAILED', status: 500, msg: 'voice note not transcribed' }),
    );
    stt.fail(undefined);
    await stt.close();
    since = h.fake.calls.length;
    sendVoice(h, user, audio('down'), 5);
    const [down] = await h.reply(user.id, since);
    expect(textOf(down!)).toMatch(/^Maaf, pesan suara Anda belum bisa saya dengarkan sekarang/);
    expect(
      h.logLines.filter((line) => line.code === 'TRANSCRIBE_FAILED' && line.status === undefined),
    ).toHaveLength(1);
    since = h.fake.calls.length;
    h.text(user, 'apa itu HPP?');
    const [after] = await h.reply(user.id, since);
    expect(textOf(after!)).toMatch(/HPP/);
    expect(h.logLines.filter((line) => line.msg === 'update failed')).toHaveLength(0);
  });
});

describe('voice notes without a transcription endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('get the polite "please type it" message, and nothing is downloaded', async () => {
    const user = { id: 4201 };
    await greetAndConsent(h, user);
    const since = h.fake.calls.length;
    sendVoice(h, user, audio('none'), 5);
    const [reply] = await h.reply(user.id, since);
    expect(textOf(reply!)).toBe(
      'Maaf, saya baru bisa membaca pesan teks. Pesan suara belum bisa saya baca; silakan tulis pertanyaan Anda dengan kata-kata.',
    );
    expect(h.fake.sent('getFile')).toHaveLength(0);
  });
});

describe('TRANSCRIBE_* settings', () => {
  it('are off by default, on with an endpoint or a key, and a bad value names the variable', () => {
    expect(createConfig({}).transcribe).toBeUndefined();
    // The chat model's settings do not turn voice on: a chat server often has no transcription.
    expect(createConfig({ OPENAI_API_KEY: 'sk-x' }).transcribe).toBeUndefined();
    expect(createConfig({ TRANSCRIBE_BASE_URL: 'http://localhost:9000/v1/' }).transcribe).toEqual({
      baseURL: 'http://localhost:9000/v1',
      apiKey: undefined,
      model: 'whisper-1',
      maxSeconds: 120,
      maxBytes: 5 * 1024 * 1024,
      timeoutMs: 30_000,
    });
    expect(
      createConfig({ TRANSCRIBE_API_KEY: 'sk-y', TRANSCRIBE_MODEL: 'gpt-4o-mini-transcribe' }).transcribe,
    ).toMatchObject({ apiKey: 'sk-y', model: 'gpt-4o-mini-transcribe', baseURL: undefined });
    expect(() => createConfig({ TRANSCRIBE_BASE_URL: 'ftp://x' })).toThrow(
      /TRANSCRIBE_BASE_URL: expected an http/,
    );
    expect(() => createConfig({ TRANSCRIBE_API_KEY: 'k', TRANSCRIBE_MAX_SECONDS: '0' })).toThrow(
      /TRANSCRIBE_MAX_SECONDS: expected a positive whole number/,
    );
  });
});
