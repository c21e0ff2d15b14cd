import { describe, expect, it } from 'vitest';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';

describe('a story of batches with the costs of the month listed apart (issue 15, twelfth pass)', () => {
  const story =
    'sy bikin rengginang. sekali goreng bahan habis 300rb, jadinya 60 bungkus. plastik+stiker 1.000 per bungkus. ' +
    'upah yg bantu 50rb per goreng. sebulan sy goreng 12 kali. biaya tetap per bulan sewa 400rb, listrik 200rb. ' +
    'sy jual 12rb per bungkus.';

  it('counts the batches of a month when the asker names themself ("sebulan sy goreng 12 kali")', () => {
    expect(readMoneyFacts(story, 'id').batches?.perMonth).toBe(12);
  });

  it('reads the costs after "biaya tetap per bulan" as the month\'s, the others as the batch\'s', () => {
    const items = readMoneyFacts(story, 'id').items;
    const basis = (words: string) => items.find((i) => i.words.startsWith(words))?.basis;
    expect(basis('sewa')).toBe('month');
    expect(basis('listrik')).toBe('month');
    expect(basis('upah')).toBe('batch');
  });

  it('breaks even on each unit carrying its batch costs: 600.000 ÷ (12.000 − 6.833) = 117', () => {
    // variable per unit: 300.000 ÷ 60 + 1.000 + 50.000 ÷ 60 = 6.833,33; fixed 600.000 a month
    const text = answerTo(`${story} sebulan hrs laku brp bungkus biar ga rugi?`);
    expect(text.split('\n')[0]).toMatch(/Titik impas Anda 117 bungkus sebulan/);
    expect(text).toMatch(/Rp 300\.000 ÷ 60 = Rp 5\.000/);
  });
});
