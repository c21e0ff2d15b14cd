import { describe, expect, it } from 'vitest';
import { foldWorking } from '../../src/bot/helpers/fold.ts';
import { answerMessages } from '../../src/bot/helpers/reply.ts';
import { translator } from '../../src/bot/locales/index.ts';
import { summariseMessages } from '../../src/eval/messages.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';
import type { AnswerResult } from '../../src/rag/answer-service.ts';
import { checkTelegramHtml } from '../helpers/telegram-html.ts';

const result = (answer: string, fields: Partial<AnswerResult> = {}): AnswerResult => ({
  question: 'q',
  answer,
  answered: true,
  confidence: 1,
  language: 'id',
  outcome: 'answered',
  mode: 'tool',
  sources: [],
  timings: { retrieveMs: 0, answerMs: 0 },
  ...fields,
});

describe('a calculation shows its result and folds its working (foldWorking)', () => {
  const worked =
    hitungToolAnswer(
      'Sewa kios dan gaji penjahit Rp 6.000.000 sebulan. Bahan per tas Rp 185.000, saya jual Rp 335.000. Berapa tas harus laku sebulan biar nggak rugi?',
    )?.answer ?? '';

  it('keeps the result in view and folds the formula and steps into an expandable quote', () => {
    expect(worked.length).toBeGreaterThan(350);
    const parts = answerMessages(result(worked), translator('id'));
    expect(parts).toHaveLength(1);
    const [shown, folded] = parts[0]!.split('\n<blockquote expandable>');
    expect(shown).toMatch(/^Titik impas Anda 40 tas sebulan/);
    expect(shown).not.toMatch(/Rumus/);
    expect(folded).toMatch(/^Rumus: BEP/);
    expect(folded).toMatch(/<\/blockquote>$/);
    // Telegram reads it, and the reader can open every figure of the working
    const parsed = checkTelegramHtml(parts[0]!);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.text.replace(/\s+/g, ' ')).toBe(worked.replace(/\s+/g, ' '));
  });

  it('leaves a card answer, a short calculation and a decline whole', () => {
    const card = `${'Jawaban kartu yang panjang. '.repeat(15)}\n\n${'Bagian kedua menjawab pertanyaan lain. '.repeat(5)}`;
    expect(foldWorking(result(card, { mode: 'card' })).folded).toBeUndefined();
    expect(foldWorking(result('HPP Anda Rp 8.000.\n\nRumus: bahan ÷ jumlah.')).folded).toBeUndefined();
    expect(foldWorking(result(card, { outcome: 'declined' })).folded).toBeUndefined();
    expect(answerMessages(result(card, { mode: 'card' }), translator('id'))[0]).not.toMatch(/blockquote/);
  });

  it('keeps in view a line that asks the reader for something, after the folded working', () => {
    const criteria = [
      'Desa ini memenuhi tiga dari empat kriteria sentra IKM menurut data Anda.',
      '',
      '✅ Satu desa: usaha berada dalam satu desa.',
      '✅ Dikenal masyarakat: sudah dikenal.',
      'Mohon lengkapi:',
      '• Apakah sudah ada kelompok/koperasi atau pembinaan dari dinas?',
      '',
      `Aturan yang dipakai: ${'Kemenperin, Republika 26 Oktober 2022, Direktori Sentra Industri Indonesia 2020. '.repeat(3)}`,
    ].join('\n');
    const fold = foldWorking(result(criteria));
    expect(fold.shown).toBe('Desa ini memenuhi tiga dari empat kriteria sentra IKM menurut data Anda.');
    expect(fold.folded).toMatch(/^✅ Satu desa/);
    expect(fold.folded).not.toMatch(/lengkapi|\?/);
    expect(fold.after).toBe(
      'Mohon lengkapi:\n• Apakah sudah ada kelompok/koperasi atau pembinaan dari dinas?',
    );
    const html = answerMessages(result(criteria), translator('id'))[0]!;
    expect(html).toMatch(/<\/blockquote>\nMohon lengkapi:/);
    expect(checkTelegramHtml(html).ok).toBe(true);
  });

  it('folds a shipping cost in the working: "ongkos kirim" is no request', () => {
    const worked = [
      'HPP per paket Anda Rp 52.000.',
      'Saya baca: bahan Rp 30.000, kemasan Rp 7.000, ongkos kirim Rp 15.000 per paket.',
      '',
      'Rumus: HPP per paket = bahan + kemasan + ongkos kirim.',
      '• Bahan dan kemasan: Rp 30.000 + Rp 7.000 = Rp 37.000 per paket',
      '• Ongkos kirim Rp 15.000 per paket',
      '• HPP per paket = Rp 37.000 + Rp 15.000 = Rp 52.000',
      'Artinya: di bawah Rp 52.000 per paket Anda rugi.',
      '(Biaya operasional belum Anda sebut; jika ada, kirim supaya ikut dihitung.)',
    ].join('\n');
    const fold = foldWorking(result(worked));
    expect(fold.folded).toMatch(/• Ongkos kirim Rp 15\.000 per paket/);
    expect(fold.after).toBe('(Biaya operasional belum Anda sebut; jika ada, kirim supaya ikut dihitung.)');
  });
});

describe('the evaluation measures what a reader sees before a tap (medianShown)', () => {
  it('counts a calculation by its result and requests, and a card answer whole', () => {
    const worked = `HPP per tas Anda Rp 50.000.\n\nRumus: ${'langkah hitung yang panjang. '.repeat(15)}\n(Biaya operasional belum Anda sebut; jika ada, kirim supaya ikut dihitung.)`;
    const row = (id: string, answer: string, mode: string) => ({
      id,
      file: 'x',
      kind: 'chat' as const,
      lang: 'id' as const,
      answerable: true,
      question: 'q',
      fact: [],
      said: { answer, outcome: 'answered', mode, ms: 1 },
      factFound: true,
      factFirst: true,
      answeredInEnglish: false,
    });
    const m = summariseMessages([row('a', worked, 'tool')]);
    expect(m.medianLength).toBe(worked.length);
    expect(m.medianShown).toBe(
      'HPP per tas Anda Rp 50.000.\n(Biaya operasional belum Anda sebut; jika ada, kirim supaya ikut dihitung.)'
        .length,
    );
    expect(summariseMessages([row('b', worked, 'card')]).medianShown).toBe(worked.length);
  });
});
