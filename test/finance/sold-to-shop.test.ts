import { describe, expect, it } from 'vitest';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

describe('a price said as what the maker lets go for, a fetch cost, a wage in a per-unit list', () => {
  it('reads "sy lepas ke reseller 60rb" as the selling price', () => {
    const facts = readMoneyFacts('bahan 30rb per pcs, sy lepas ke reseller 60rb. untung per pcs brp?', 'id');
    expect(facts.items.find((i) => i.amount === 60_000)?.label).toBe('price');
  });

  it('reads "ongkos angkut bahan" as an overhead, not a material', () => {
    const facts = readMoneyFacts('biaya tetap sebulan sewa 1jt, ongkos angkut bahan 400rb', 'id');
    expect(facts.items.find((i) => i.amount === 400_000)?.label).toBe('overhead');
  });

  it('works out a story that lists a wage among per-unit costs and sells to a shop', () => {
    // rotan 25rb + cat 5rb + upah 10rb = 40.000 per kursi; fixed 1.200.000; 1.200.000 ÷ (70.000 − 40.000) = 40
    const answer =
      hitungToolAnswer(
        'sy bikin kursi rotan. per kursi biayanya rotan 25rb, cat 5rb, upah anyam 10rb. biaya tetap sebulan sewa gudang 1jt, ongkos angkut bahan 200rb. sebulan jadi 100 kursi, sy lepas ke toko 70rb. minimal laku brp kursi biar gk rugi?',
      )?.answer ?? '';
    expect(answer.split('\n')[0]).toBe('Titik impas Anda 40 kursi sebulan (omzet Rp 2.800.000).');
    expect(answer).toContain('biaya variabel Rp 40.000');
  });
});
