import { describe, expect, it } from 'vitest';
import { joinVerdict, withoutVerdict } from '../../src/rag/cards/answer.ts';

describe('a card answer without its yes/no verdict', () => {
  it('leaves off the opening verdict and starts the rest with a capital', () => {
    expect(withoutVerdict('Belum tentu, saldo kas bukan laba. Kas bisa naik karena DP.')).toBe(
      'Saldo kas bukan laba. Kas bisa naik karena DP.',
    );
    expect(withoutVerdict('Tidak. Katalog PDF sudah cukup untuk memulai.')).toBe(
      'Katalog PDF sudah cukup untuk memulai.',
    );
    expect(withoutVerdict('Tidak harus. Rekening tabungan biasa sudah cukup.')).toBe(
      'Rekening tabungan biasa sudah cukup.',
    );
    expect(withoutVerdict('Yes. A PDF catalogue is enough to start.')).toBe(
      'A PDF catalogue is enough to start.',
    );
  });

  it('keeps answers that do not open with a verdict, and words that only begin like one', () => {
    for (const text of [
      'Arus kas adalah catatan uang yang masuk dan keluar.',
      'Bisanya usaha kecil mulai dari buku tulis.',
      'Tidaklah sulit: mulai dari buku kas.',
      'Perlu diingat: HPP dihitung per produksi.',
      'Yesterday’s price is not today’s.',
    ])
      expect(withoutVerdict(text)).toBe(text);
  });

  it('joins a bare verdict to the sentence that gives its reason (card.verdict-joined)', () => {
    expect(joinVerdict('Tidak. Menurut Dirjen IKM, dana revitalisasi berasal dari DAK.')).toBe(
      'Tidak, menurut Dirjen IKM, dana revitalisasi berasal dari DAK.',
    );
    expect(joinVerdict('Belum. DP dicatat sebagai uang masuk.')).toBe(
      'Belum, DP dicatat sebagai uang masuk.',
    );
    expect(joinVerdict('Tidak harus. Kemenperin menyebut dua menu.')).toBe(
      'Tidak harus, Kemenperin menyebut dua menu.',
    );
    expect(joinVerdict('No. The regional government proposes it.')).toBe(
      'No, the regional government proposes it.',
    );
    // Not a bare verdict sentence: left as it is.
    for (const text of ['Ya, bisa lewat dinas.', 'Tidak apa-apa. Perbaiki dulu.', 'Tidaklah sulit.'])
      expect(joinVerdict(text)).toBe(text);
  });
});
