import { describe, expect, it } from 'vitest';
import { lead, play } from '../helpers/hitung.ts';

describe('a cost not said leaves a partial answer that names it, never a question that blocks', () => {
  it('works the HPP out without wages and overhead, naming both in one closing line', () => {
    const [answer, filled] = play(
      'hpp lilin aromaterapi per pcs brp? parafin 8rb per pcs, sumbu+gelas 5rb per pcs',
      'overhead gak ada',
    );
    expect(lead(answer!)).toBe('HPP per pcs Anda Rp 13.000 (belum termasuk upah tenaga kerja dan overhead).');
    const closing = answer!.split('\n').filter((l) => l.startsWith('Belum termasuk'));
    expect(closing).toHaveLength(1);
    expect(closing[0]).toContain('"overhead 0" bila memang tidak ada');
    expect(answer).not.toContain('Balas saja');
    // "overhead gak ada" fills what was named: wages are what is left out now
    expect(lead(filled!)).toBe('HPP per pcs Anda Rp 13.000 (belum termasuk upah tenaga kerja).');
  });

  it('without the materials, from the wages and the overhead said', () => {
    const [answer] = play(
      'kerajinan tas anyaman, hpp per tas brp? upah anyam 30rb per tas, listrik 150rb sebulan, 50 tas sebulan',
    );
    // 30rb + 150rb ÷ 50
    expect(lead(answer!)).toBe('HPP per tas Anda Rp 33.000 (belum termasuk bahan baku).');
    expect(answer).toContain('Belum termasuk bahan baku: kirim angkanya');
  });

  it('prices from a partial HPP and says what it leaves out', () => {
    const [answer] = play('kain 40rb per pcs, mau untung 50%, jual brp?');
    expect(lead(answer!)).toBe(
      'Harga jual Rp 60.000 per pcs; dari HPP Rp 40.000 per pcs, belum termasuk upah tenaga kerja dan overhead.',
    );
  });

  it('in English', () => {
    const [answer] = play('What is my cost per bag if leather is 150k per bag and sewing 50k per bag?');
    expect(lead(answer!)).toBe('Your cost (HPP) per bag is Rp 200.000 (overhead not included yet).');
    expect(answer).toContain('Overhead not included yet: send the figures');
  });

  it('an amount that no word names is asked about, not worked into a partial HPP', () => {
    const [answer] = play('harga sy ngikut pasar, kadang 120rb. hpp sy brp?');
    expect(lead(answer!)).toMatch(/^Untuk menghitung HPP/);
    expect(answer).toContain('"120rb" (Rp 120.000): ini biaya apa?');
  });
});
