import { AppError } from '../errors.ts';
import { countControls, stripInvisible } from '../text/control.ts';

export const MAX_QUESTION_CHARS = 2_000;

/**
 * Cleans a question and rejects what cannot be one: empty text, binary junk, or text far longer than
 * a question. Throws AppError with an Indonesian (or English) message for the user.
 */
export function validateQuestion(raw: string, language: 'id' | 'en' = 'id'): string {
  const en = language === 'en';
  const controls = countControls(raw);
  if (raw.length > 0 && (raw.includes('\u0000') || controls / raw.length > 0.05)) {
    throw new AppError('INPUT_BINARY', 'input looks binary', {
      userMessage: en
        ? 'This message does not read as text. Please type your question in words.'
        : 'Pesan ini tidak terbaca sebagai teks. Silakan ketik pertanyaan Anda dengan kata-kata.',
    });
  }
  const text = stripInvisible(raw.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (text.length === 0 || !/[\p{L}\p{N}]/u.test(text)) {
    throw new AppError('INPUT_EMPTY', 'empty question', {
      userMessage: en
        ? 'The question is empty. Please write what you want to ask, for example: "How do I calculate production cost?"'
        : 'Pertanyaannya kosong. Silakan tulis pertanyaan Anda, misalnya: "Bagaimana cara menghitung HPP?"',
    });
  }
  if (text.length > MAX_QUESTION_CHARS) {
    const n = text.length.toLocaleString('id-ID');
    throw new AppError('INPUT_TOO_LONG', `question of ${text.length} characters`, {
      userMessage: en
        ? `The question is too long (${text.length} characters; at most ${MAX_QUESTION_CHARS}). Please shorten it to the main point.`
        : `Pertanyaannya terlalu panjang (${n} karakter; maksimal ${MAX_QUESTION_CHARS.toLocaleString('id-ID')}). Mohon ringkas ke pokok pertanyaannya.`,
    });
  }
  return text;
}
