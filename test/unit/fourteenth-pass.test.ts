import { describe, expect, it } from 'vitest';
import { withoutVerdict } from '../../src/rag/cards/answer.ts';
import { completeFollowUp, namesOnlyAspects } from '../../src/rag/followup.ts';
import { questionKind } from '../../src/rag/question-kind.ts';
import { detectLanguage } from '../../src/text/analyze.ts';
import { withoutHearsay } from '../../src/text/lexicon.ts';

describe('fourteenth pass: what a message asks', () => {
  it('drops the words that say where the asker heard something, not the news itself', () => {
    expect(withoutHearsay('Kabarnya Kemenperin pernah ngadain pameran.')).toBe(
      'Kemenperin pernah ngadain pameran.',
    );
    expect(withoutHearsay('denger2 ada bantuan mesin, katanya gratis')).toBe('ada bantuan mesin, gratis');
    expect(withoutHearsay('I heard that the ministry funds clusters')).toBe('the ministry funds clusters');
    // "kabar" without the suffix is what is asked about: a buyer who sends no news.
    expect(withoutHearsay('buyer blm ada kabar, hrs gmn?')).toBe('buyer blm ada kabar, hrs gmn?');
  });

  it('reads "which director / organisation" as asking who', () => {
    expect(questionKind('Which ministry official announced the programme in 2018?')).toBe('person');
    expect(questionKind('Which organisation helps with exhibitions?')).toBe('person');
    expect(questionKind('Which province exported the most?')).not.toBe('person');
  });

  it('reads "lokasinya kyk gmn" as asking what a place is like, not where it is', () => {
    expect(questionKind('lokasi rumah kemasan biasanya kyk gmn sih?')).not.toBe('place');
    expect(questionKind('lokasi rumah kemasan dmn?')).toBe('place');
  });

  it("reads 'udh di-acc blm?' as asking where one's own application stands", () => {
    expect(questionKind('usulan mesin kami udh di-acc blm ya?')).toBe('status');
  });

  it('reads "sp" as who', () => {
    expect(questionKind('ketua koperasinya sp?')).toBe('person');
  });

  it('leaves off a verdict that opens with a colon ("Tidak: ...") as it does one with a full stop', () => {
    expect(withoutVerdict('Tidak: menurut Dirjen IKM, dananya dari DAK.')).toBe(
      'Menurut Dirjen IKM, dananya dari DAK.',
    );
    expect(withoutVerdict('No: the money comes from DAK.')).toBe('The money comes from DAK.');
    expect(withoutVerdict('Tidak. Dananya dari DAK.')).toBe('Dananya dari DAK.');
    expect(withoutVerdict('Tidak harus mahal: mulai dari stiker.')).toBe(
      'Tidak harus mahal: mulai dari stiker.',
    );
  });

  it('lends a follow-up the previous subject without the words that said where it was heard', () => {
    const done = completeFollowUp(
      'itu udh mulai dr taun brp?',
      'denger2 sentra tanggulangin mau dipercantik ya?',
    );
    expect(done.followUp).toBe(true);
    expect(done.subject).toContain('tanggulangin');
    expect(done.subject).not.toMatch(/denger|dengar/);
  });

  it('reads a short English question without "what/how/the" as English, and chat Indonesian with English words as Indonesian', () => {
    expect(detectLanguage('Will they build new ones that year too?')).toBe('en');
    expect(detectLanguage('Has it been approved?')).toBe('en');
    expect(detectLanguage('kalo online shop gmn kak, worth it gak?')).toBe('id');
    expect(detectLanguage('sy jual tas di IG, first impression penting gak?')).toBe('id');
  });

  it('tells a part that names only an aspect of a topic from one that names its topic', () => {
    expect(namesOnlyAspects('daftarnya gmn?')).toBe(true);
    expect(namesOnlyAspects('daftarny gmn')).toBe(true);
    expect(namesOnlyAspects('syaratnya apa aja?')).toBe(true);
    expect(namesOnlyAspects('daftar merek gmn?')).toBe(false);
    expect(namesOnlyAspects('e-smart ikm tu apa?')).toBe(false);
  });
});
