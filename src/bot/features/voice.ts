import { Composer, type Middleware } from 'grammy';
import type { BotContext } from '../context.ts';
import { showNotice } from '../helpers/consent.ts';
import { recordUpdate } from '../helpers/record.ts';
import { replyText, startTyping } from '../helpers/reply.ts';
import type { HeldQuestion } from '../helpers/dialogue.ts';
import { type Transcriber, VoiceError, type VoiceErrorCode, type VoiceNote } from '../helpers/transcribe.ts';
import { answerAndReply } from './question.ts';

type Lang = 'id' | 'en';

/** What the user is told about a voice note, by outcome ({text}, {limit} filled in). */
const MESSAGES: Record<'heard' | VoiceErrorCode, Record<Lang, string>> = {
  heard: { id: 'Saya dengar: «{text}»', en: 'I heard: «{text}»' },
  VOICE_TOO_LONG: {
    id: 'Maaf, pesan suaranya terlalu panjang untuk saya (paling lama {limit}). Silakan kirim yang lebih pendek, atau tulis pertanyaan Anda.',
    en: 'Sorry, that voice note is too long for me (at most {limit}). Please send a shorter one, or type your question.',
  },
  VOICE_TOO_BIG: {
    id: 'Maaf, berkas suaranya terlalu besar untuk saya. Silakan kirim pesan suara yang lebih pendek, atau tulis pertanyaan Anda.',
    en: 'Sorry, that audio file is too large for me. Please send a shorter voice note, or type your question.',
  },
  VOICE_DOWNLOAD_FAILED: {
    id: 'Maaf, pesan suara Anda belum bisa saya ambil sekarang. Silakan coba kirim lagi sebentar lagi, atau tulis pertanyaan Anda.',
    en: 'Sorry, I could not fetch your voice note just now. Please try again in a moment, or type your question.',
  },
  TRANSCRIBE_FAILED: {
    id: 'Maaf, pesan suara Anda belum bisa saya dengarkan sekarang. Silakan coba lagi sebentar lagi, atau tulis pertanyaan Anda.',
    en: 'Sorry, I cannot listen to voice notes just now. Please try again in a moment, or type your question.',
  },
  TRANSCRIBE_EMPTY: {
    id: 'Maaf, saya tidak menangkap kata-kata dalam pesan suara itu. Silakan coba lagi dengan suara lebih jelas, atau tulis pertanyaan Anda.',
    en: 'Sorry, I could not make out any words in that voice note. Please try again more clearly, or type your question.',
  },
};

/** A transcript longer than this is shortened in the "Saya dengar" line (Telegram's limit is 4096). */
const SHOWN_CHARS = 3_500;

function limitText(seconds: number, lang: Lang): string {
  if (seconds % 60 === 0) return lang === 'id' ? `${seconds / 60} menit` : `${seconds / 60} min`;
  return lang === 'id' ? `${seconds} detik` : `${seconds} s`;
}

/**
 * Voice notes, when a transcription endpoint is configured: the audio is fetched from Telegram (getFile,
 * then the file URL), transcribed, shown back ("Saya dengar: «…»") and answered like a typed question, so
 * the interaction is recorded with the transcript. Without a transcriber this feature passes the update on
 * and the unsupported feature's polite message answers it. Over the limits, or when the endpoint fails, the
 * user gets a polite message and the operator a log line with the code; the update never fails.
 *
 * Before consent the audio goes nowhere: the note is held like a typed question (Telegram's reference to
 * it, in the dialogue table, the latest question only) and `answerHeld` transcribes and answers it once the
 * user taps the consent button.
 *
 * `fileUrl` turns a getFile file_path into its download URL (it carries the bot token: never logged).
 * `textPath` is the features that read text messages (a /kriteria step, a /sentra place, a question): the
 * transcript goes through them as the message's text, so a spoken answer to a prompt is taken like a typed one.
 */
export function createVoiceFeature(
  transcriber: Transcriber | undefined,
  fileUrl: (filePath: string) => string,
  textPath: Middleware<BotContext>,
): Composer<BotContext> & { answerHeld: (ctx: BotContext, held: HeldQuestion) => Promise<void> } {
  const asText = new Composer<BotContext>(textPath).middleware();

  /** The transcript, shown back to the user; undefined when it failed (the user was told, the log has it). */
  async function hear(ctx: BotContext, voice: VoiceNote): Promise<string | undefined> {
    const lang: Lang = ctx.locale === 'en' ? 'en' : 'id';
    let text: string;
    const stopTyping = startTyping(ctx, ctx.deps.typingDelayMs);
    try {
      text = await transcriber!.transcribe(voice, async (fileId) => {
        const file = await ctx.api.getFile(fileId);
        if (!file.file_path) throw new VoiceError('VOICE_DOWNLOAD_FAILED', 'getFile gave no file_path');
        return fileUrl(file.file_path);
      });
    } catch (error) {
      stopTyping();
      const code: VoiceErrorCode = error instanceof VoiceError ? error.code : 'TRANSCRIBE_FAILED';
      ctx.outcome = `voice-${code.toLowerCase().replace(/_/g, '-')}`;
      const line = {
        code,
        status: error instanceof VoiceError ? error.status : undefined,
        cause: error instanceof VoiceError ? error.cause : (error as Error)?.name,
        durationSeconds: voice.durationSeconds,
        fileSize: voice.fileSize,
      };
      if (code === 'VOICE_TOO_LONG' || code === 'VOICE_TOO_BIG') ctx.log.info(line, 'voice note declined');
      else ctx.log.warn(line, 'voice note not transcribed');
      const answer = MESSAGES[code][lang].replace('{limit}', limitText(transcriber!.limits.maxSeconds, lang));
      await replyText(ctx, answer);
      await recordUpdate(ctx, { question: '[voice]', answer, outcome: 'rejected', error: code });
      return undefined;
    }
    stopTyping();
    ctx.log.info({ durationSeconds: voice.durationSeconds, chars: text.length }, 'voice note transcribed');
    const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
    await replyText(ctx, MESSAGES.heard[lang].replace('{text}', shown));
    return text;
  }

  /** After the consent tap: the held note is transcribed and answered like a held typed question. */
  async function answerHeld(ctx: BotContext, held: HeldQuestion): Promise<void> {
    if (!held.voice) return answerAndReply(ctx, held);
    if (!transcriber) {
      // Held while voice was on, and the endpoint has been removed since: today's polite message.
      ctx.outcome = 'unsupported-voice';
      await replyText(ctx, ctx.t('unsupported', { kind: ctx.t('kindVoice') }));
      return;
    }
    const text = await hear(ctx, held.voice);
    if (text !== undefined) await answerAndReply(ctx, { ...held, text });
  }

  const feature = Object.assign(new Composer<BotContext>(), { answerHeld });
  if (!transcriber) return feature;

  feature.on('message:voice', async (ctx) => {
    const { voice } = ctx.message;
    const note: VoiceNote = {
      fileId: voice.file_id,
      durationSeconds: voice.duration,
      fileSize: voice.file_size,
      mimeType: voice.mime_type,
    };
    const user = ctx.loaded ? ctx.loaded.user : await ctx.deps.users.get(ctx.userRef!).catch(() => null);
    // The audio goes to a third party: only after the user has agreed to the privacy notice. Until then
    // only Telegram's reference to it is kept, as the held question.
    if (!user?.consentedAt) {
      ctx.outcome = 'consent-asked';
      await ctx.dialogue.set('held', {
        text: ctx.locale === 'en' ? '(voice note)' : '(pesan suara)',
        voice: note,
        updateId: ctx.update.update_id,
        replyTo: ctx.message.message_id,
        chatRef: ctx.chatRef!,
        heldAt: Date.now(),
      });
      await showNotice(ctx, 'question');
      return;
    }
    const text = await hear(ctx, note);
    if (text === undefined) return;
    // The update now reads as the text message the user would have typed.
    (ctx.message as { text?: string }).text = text;
    await asText(ctx, () => Promise.resolve());
  });
  return feature;
}
