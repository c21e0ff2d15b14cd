import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HITUNG_KINDS } from '../../src/finance/guide.ts';
import { startFakeTranscription, transcribeSettings } from '../helpers/fake-transcribe.ts';
import { startHarness, textOf, type UserSpec } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
type Fake = Awaited<ReturnType<typeof startFakeTranscription>>;

const audio = (label: string) => new Uint8Array(Buffer.from(`OggS\0fake-opus:${label}:${'y'.repeat(1500)}`));

/** Waits until `ready` holds (checked every 20 ms, for at most 20 s): a condition, not a timing. */
async function until(ready: () => Promise<boolean>) {
  for (let i = 0; i < 1_000; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not met within 20 s');
}

let nextFile = 1;
function sendVoice(h: Harness, user: UserSpec, bytes: Uint8Array, duration: number) {
  const fileId = `held-voice-${nextFile++}`;
  const file = h.fake.putFile(fileId, bytes);
  return {
    fileId,
    ...h.message(user, { voice: { ...file, duration, mime_type: 'audio/ogg' } }),
  };
}

describe('a voice note sent before consent is kept like a held question (fake Bot API + fake transcription server)', () => {
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

  it('is neither fetched nor sent before the tap; after it, transcribed, shown back and answered like the typed words', async () => {
    const user = { id: 4301 };
    const spoken = 'gimana cara menghitung HPP tas kulit?';
    const bytes = audio('held-hpp');
    stt.teach(bytes, spoken);
    const before = { stt: stt.requests.length, files: h.fake.sent('getFile').length };
    let since = h.fake.calls.length;
    const voice = sendVoice(h, user, bytes, 7);
    const [notice] = await h.reply(user.id, since);
    expect(JSON.stringify(notice!.payload.reply_markup)).toContain('consent');
    expect(stt.requests.length).toBe(before.stt);
    expect(h.fake.sent('getFile').length).toBe(before.files);

    since = h.fake.calls.length;
    h.tap(user, 'consent');
    const [thanks, heard, answer] = await h.reply(user.id, since, 3);
    expect(textOf(thanks!)).toMatch(/setuju|terima kasih/i);
    expect(textOf(heard!)).toBe(`Saya dengar: «${spoken}»`);
    expect(h.fake.sent('getFile').at(-1)!.payload.file_id).toBe(voice.fileId);
    expect(Buffer.compare(stt.requests.at(-1)!.audio, Buffer.from(bytes))).toBe(0);

    const typedSince = h.fake.calls.length;
    h.text(user, spoken);
    const [typed] = await h.reply(user.id, typedSince);
    expect(textOf(answer!)).toBe(textOf(typed!));
    // Recorded like the held text question would be: under the voice note's update, with the transcript.
    const { rows } = await h.db.query<{ question: string }>(
      'select question from interactions where update_id = $1',
      [voice.update_id],
    );
    expect(rows).toEqual([{ question: spoken }]);
    // Taken once: the held state is gone.
    const left = await h.db.query(`select 1 from dialogue_state where kind = 'held'`);
    expect(left.rows).toEqual([]);
  });

  it('only the latest question is kept: a typed question after the voice note replaces it', async () => {
    const user = { id: 4302 };
    const bytes = audio('replaced');
    stt.teach(bytes, 'apa itu merek?');
    const requests = stt.requests.length;
    let since = h.fake.calls.length;
    sendVoice(h, user, bytes, 3);
    await h.reply(user.id, since);
    // No second notice within ten minutes: the question is held quietly, in place of the voice note.
    h.text(user, 'apa saja isi label kemasan pangan?');
    await until(async () => {
      const { rows } = await h.db.query<{ text: string; voice: unknown }>(
        `select state->>'text' as text, state->'voice' as voice from dialogue_state where kind = 'held'`,
      );
      return rows.length === 1 && rows[0]!.text === 'apa saja isi label kemasan pangan?' && !rows[0]!.voice;
    });
    since = h.fake.calls.length;
    h.tap(user, 'consent');
    const [, answer] = await h.reply(user.id, since, 2);
    expect(textOf(answer!)).toMatch(/label/i);
    expect(stt.requests.length).toBe(requests);
  });

  it('a held note the endpoint cannot transcribe gets the polite message after the tap, and the chat goes on', async () => {
    const user = { id: 4303 };
    stt.fail(503);
    try {
      let since = h.fake.calls.length;
      sendVoice(h, user, audio('unheard'), 4);
      await h.reply(user.id, since);
      since = h.fake.calls.length;
      h.tap(user, 'consent');
      const [, sorry] = await h.reply(user.id, since, 2);
      expect(textOf(sorry!)).toMatch(/belum bisa saya dengarkan/);
    } finally {
      stt.fail(undefined);
    }
    const since = h.fake.calls.length;
    h.text(user, 'apa saja isi label kemasan pangan?');
    const [answer] = await h.reply(user.id, since);
    expect(textOf(answer!)).toMatch(/label/i);
  });
});

describe('the help texts name the calculators as they exist', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  for (const language of ['id', 'en']) {
    it(`/bantuan (${language}) lists /hitung with each of its calculators`, async () => {
      const user = { id: language === 'id' ? 4311 : 4312, language };
      const since = h.fake.calls.length;
      h.text(user, '/bantuan');
      const [help] = await h.reply(user.id, since);
      for (const { kind } of HITUNG_KINDS) expect(textOf(help!)).toContain(`/hitung ${kind}`);
    });
  }
});
