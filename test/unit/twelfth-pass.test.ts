import { describe, expect, it } from 'vitest';
import { saidWords } from '../../src/rag/cards/answer.ts';
import { refersBack } from '../../src/rag/followup.ts';
import { overlap } from '../../src/rag/unit-score.ts';
import { splitAsking } from '../../src/text/lexicon.ts';

describe('readings of the twelfth pass (issue 15)', () => {
  it('compares what two answers say without whom and when they cite', () => {
    // Two answers citing one official on one day, about different things: an aid's date, why packaging matters.
    const aid = saidWords(
      'Pada Senin, 16 April 2018, Dirjen IKM Kemenperin Gati Wibawaningsih memberikan bantuan kemasan kepada perwakilan IKM di Bandar Lampung (Beritasatu/Investor Daily, 17 April 2018).',
    );
    const why = saidWords(
      'Kemasan adalah hal pertama yang dilihat pembeli sebelum mencicipi produk; Dirjen IKM Kemenperin Gati Wibawaningsih menegaskannya pada 17 April 2018 (Investor Daily/Beritasatu).',
    );
    expect(overlap(aid, why)).toBeLessThan(0.5);
    // The same thing said twice still reads the same.
    const again = saidWords(
      'Kemasan adalah hal pertama yang dilihat pembeli sebelum mencicipi produk (Kemenperin, 2018).',
    );
    expect(overlap(why, again)).toBeGreaterThanOrEqual(0.5);
  });

  it('reads "itu?" at the end of a question as pointing back', () => {
    expect(refersBack('pemkab ada rencana gak buat ngatasi itu?')).toBe(true);
    expect(refersBack('harganya brp itu')).toBe(true);
    expect(refersBack('apa itu DAK?')).toBe(false);
  });

  it("keeps a question that asks before a comma and the asker's own clause a question", () => {
    const { questions } = splitAsking(
      'sy punya kelompok tenun. trs bedanya menu pembangunan sm revitalisasi itu apa ya, kami masuk yg mana?',
    );
    expect(questions).toEqual([
      'trs bedanya menu pembangunan sm revitalisasi itu apa ya?',
      'kami masuk yg mana?',
    ]);
  });
});
