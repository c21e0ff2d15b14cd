import { describe, expect, it } from 'vitest';
import { ASKED_AGAIN } from '../../src/finance/hitung.ts';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

/** What a retrieval answer stands for in the history when the calculator does not take a message. */
const NOT_OURS = '(jawaban dari dokumen)';

/** Plays a conversation through the chat's money tool; each turn's answer, or undefined when not taken. */
function play(...turns: string[]): (string | undefined)[] {
  const history: { question: string; answer: string }[] = [];
  return turns.map((question) => {
    const answer = hitungToolAnswer(question, [...history])?.answer;
    history.push({ question, answer: answer ?? NOT_OURS });
    return answer;
  });
}
const head = (answer: string | undefined) => answer?.split('\n')[0];

describe('a follow-up that asks again for the result worked out continues that calculation', () => {
  it('restates the price worked out from an HPP and a markup ("trus hrs jual brp kak?"), and leaves another question', () => {
    const answers = play(
      'hpp sambal sy 18rb per botol',
      'mau untung 30% dr hpp',
      'trus hrs jual brp kak?',
      'trs cara daftar merek gmn?',
    );
    // 18.000 × 1,3 = 23.400, quoted as 24.000
    expect(head(answers[1])).toBe('Harga jual Rp 24.000 per botol (dibulatkan ke atas dari Rp 23.400).');
    expect(head(answers[2])).toBe(head(answers[1]));
    expect(answers[3]).toBeUndefined();
  });

  it('asks nothing again after a card that only offered to work it out ("mau hitung bareng?")', () => {
    // The card's answer carries the calculator's offer, so it reads as the calculator's; it worked out nothing.
    const offer =
      'Mulai dari total biaya per unit ... Mau hitung bareng dengan angka Anda sendiri? Kirim angkanya.';
    const history = [{ question: 'gmn cara nentuin harga jual kain batik?', answer: offer }];
    expect(hitungToolAnswer('kalo harga grosir di contoh itu dipotong brp persen?', history)).toBeUndefined();
    expect(hitungToolAnswer('jd hrs jual brp?', history)).toBeUndefined();
  });

  it('restates an HPP worked out from a batch ("jadi hpp nya brp tadi?")', () => {
    const answers = play(
      'bahan 450rb, upah 150rb, gas 60rb, jadi 60 toples. hpp per toples brp?',
      'jadi hpp nya brp tadi?',
    );
    expect(head(answers[0])).toBe('HPP per toples Anda Rp 11.000.');
    expect(head(answers[1])).toBe('HPP per toples Anda Rp 11.000.');
  });

  it('restates a break-even ("jd bep nya brp?"), but not for a price of something else ("harga kemasan brp?")', () => {
    const answers = play(
      'sewa 1,5jt sebulan, bahan 20rb per pcs, jual 35rb. bep nya brp?',
      'jd bep nya brp?',
      'harga kemasan brp?',
    );
    expect(head(answers[1])).toBe('Titik impas Anda 100 pcs sebulan (omzet Rp 3.500.000).');
    expect(answers[2]).toBeUndefined();
  });

  it('takes a new markup after a price built on an HPP noted earlier, with that HPP ("kalo 50%?")', () => {
    const answers = play(
      'hpp kue sy 16rb per toples',
      'harga jualnya brp kalau mau untung 40%?',
      'kalo 50%?',
    );
    expect(head(answers[1])).toBe('Harga jual Rp 23.000 per toples (dibulatkan ke atas dari Rp 22.400).');
    expect(head(answers[2])).toBe('Harga jual Rp 24.000 per toples.');
  });

  it('asks the margin of a price chosen after a markup priced it ("jual 25rb aja, marginnya brp?")', () => {
    const answers = play(
      'hpp kue sy 16rb per toples',
      'harga jualnya brp kalau mau untung 40%?',
      'jual 25rb aja, marginnya brp?',
    );
    // profit 9.000; margin 9.000 ÷ 25.000 = 36%
    expect(head(answers[2])).toBe(
      'Margin Anda 36% dari harga jual (markup 56,3% dari HPP); untung Rp 9.000 per toples.',
    );
  });

  it('reads each example of ASKED_AGAIN as asking its result', () => {
    for (const rule of ASKED_AGAIN)
      expect(rule.asks(readMoneyFacts(rule.example, 'id')), rule.result).toBe(true);
  });
});

describe('documented example', () => {
  it('the banana-chips conversation: "jd hrs jual brp?" restates Rp 25.000 per bungkus', () => {
    const answers = play(
      'kak hpp keripik sy udh ketemu 20rb per bungkus',
      'sy mau ambil untung 25% dr hpp',
      'jd hrs jual brp?',
      'trs cara daftar merek gmn?',
    );
    expect(head(answers[0])).toBe(
      'HPP Anda Rp 20.000 per bungkus sudah saya catat; mau saya hitungkan harga jualnya?',
    );
    expect(head(answers[1])).toBe('Harga jual Rp 25.000 per bungkus.');
    expect(head(answers[2])).toBe('Harga jual Rp 25.000 per bungkus.');
    expect(answers[3]).toBeUndefined();
  });
});
