import { describe, expect, it } from 'vitest';
import { loadQuestions } from '../../src/eval/questions.ts';
import { containsFact, firstStatement } from '../../src/eval/score.ts';
import { isHitungAnswer } from '../../src/finance/format.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

// Every single-turn money question of the evaluation, answered by the calculators alone.
const questions = loadQuestions('test/eval/questions').filter(
  (q) => q.topic === 'hitung' && !q.turns?.length,
);
const answered = questions.map((q) => ({ q, answer: hitungToolAnswer(q.question)?.answer ?? '' }));

describe('Hitung bareng answers lead with the result', () => {
  it('has the evaluation questions to judge by', () => {
    expect(answered.length).toBeGreaterThanOrEqual(30);
  });

  it.each(answered.map(({ q, answer }) => [q.id, q.answerable ? q.fact : '', answer]))(
    '%s states its expected fact in the first sentence',
    (_, fact, answer) => {
      expect(answer).not.toBe('');
      expect(containsFact(firstStatement(answer), fact), answer).toBe(true);
    },
  );

  it('no answer opens with a header, and every answer is known as a calculation by the next turn', () => {
    for (const { answer } of answered) {
      expect(answer).not.toMatch(/^Hitung bareng/);
      expect(isHitungAnswer(answer)).toBe(true);
    }
  });

  it('keeps the working whole: every working line ends on a figure or a unit, none is cut', () => {
    for (const { answer } of answered)
      for (const line of answer.split('\n').filter((l) => l.startsWith('• ')))
        expect(line, answer).toMatch(/(\d|[a-z)%])$/i);
  });

  it('is short enough for a phone: median under 520 characters, none over 900', () => {
    const lengths = answered.map(({ answer }) => answer.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(520);
    expect(lengths.at(-1)).toBeLessThan(900);
  });

  it('a figure given by the artisan is shown once as read and once in the working, not listed again', () => {
    const { answer } = answered.find(({ q }) => q.id === 'hit-001')!;
    const [, reading, ...rest] = answer.split('\n');
    expect(reading).toBe(
      'Saya baca: kulit Rp 150.000 per tas, jahit Rp 50.000 per tas (variabel); listrik dan sewa Rp 1.200.000 sebulan (tetap); 40 tas sebulan.',
    );
    expect(rest.join('\n').match(/Rp 1\.200\.000/g)).toHaveLength(1);
    expect(rest.join('\n').match(/Rp 150\.000/g)?.length).toBeLessThanOrEqual(2);
  });

  it.each([
    [
      'bep brp kalau biaya tetap 5jt sebulan, harga jual 20rb per pcs, biaya variabel 25rb per pcs?',
      'Tidak ada titik impas: harga jual Rp 20.000 tidak lebih tinggi dari biaya variabel Rp 25.000 per pcs, jadi makin banyak terjual makin rugi.',
      'margin kontribusi = Rp 20.000 − biaya variabel Rp 25.000 = −Rp 5.000 per pcs',
    ],
    [
      'hpp 300rb, operasional 80rb per tas, markup 50%, jual di shopee komisi 10%, harga jual brp?',
      'Pasang harga Rp 634.000 per tas (dibulatkan ke atas dari ± Rp 633.333) di marketplace, supaya setelah komisi 10% Anda tetap menerima Rp 570.000.',
      'harga di marketplace = Rp 570.000 ÷ (1 − 10%) = ± Rp 633.333, dibulatkan ke atas Rp 634.000',
    ],
    [
      'hpp per tas kalau total biaya produksi 15 juta sebulan, produksi 50 tas?',
      'HPP per tas Anda Rp 300.000.',
      'Rumus: HPP per tas = total biaya produksi ÷ jumlah tas sebulan (50 tas).',
    ],
    [
      'hpp tas brp kalau kulit 150rb per tas, benang 400rb sebulan, jahit 50rb per tas, overhead gak ada, 40 tas sebulan',
      'HPP per tas Anda Rp 210.000.',
      'Rp 400.000 ÷ 40 tas + Rp 150.000 = Rp 160.000 per tas',
    ],
    [
      'kalau tas hpp nya 300rb trus aku jual 250rb gmn, rugi brp?',
      'Anda rugi Rp 50.000 per tas: harga Rp 250.000 di bawah HPP Rp 300.000.',
      'untung = Rp 250.000 − Rp 300.000 = −Rp 50.000 per tas',
    ],
  ])('%s', (question, first, working) => {
    const answer = hitungToolAnswer(question)!.answer;
    expect(answer.split('\n')[0]).toBe(first);
    expect(answer).toContain(working);
  });
});
