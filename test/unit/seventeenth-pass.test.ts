import { describe, expect, it } from 'vitest';
import { leansOnItsSubject } from '../../src/rag/followup.ts';
import { parseSentraFacts } from '../../src/rag/tools.ts';

describe('households and makers written short (issue 15, seventeenth pass)', () => {
  it('reads "rmh" and "rmh tangga" as households or makers', () => {
    const facts = parseSentraFacts(
      'desa kami 450 KK, yg nganyam pandan 100 rmh. ada kelompok binaan dinas, udh dikenal. masuk sentra ga?',
    );
    expect(facts?.households).toBe(450);
    expect(facts?.similarBusinesses).toBe(100);
    expect(
      parseSentraFacts(
        'desa kami 300 rmh tangga, 70 di antaranya bikin gerabah. udh memenuhi syarat sentra ikm?',
      )?.households,
    ).toBe(300);
  });
});

describe('an asking sentence that leans on its subject (issue 15, seventeenth pass)', () => {
  it('names only "its ..." of something', () => {
    expect(leansOnItsSubject('alamatnya persisnya di mn ya?')).toBe(true);
    expect(leansOnItsSubject('syaratnya apa?')).toBe(true);
  });
  it('names a subject of its own', () => {
    expect(leansOnItsSubject('alamat rumah kemasan di mana?')).toBe(false);
    expect(leansOnItsSubject('apa itu HPP?')).toBe(false);
  });
});

describe('a share asked in English (issue 15, seventeenth pass)', () => {
  it('asks an amount', async () => {
    const { questionKind } = await import('../../src/rag/question-kind.ts');
    expect(questionKind('What share of the world market does Indonesia hold?')).toBe('amount');
    expect(questionKind('what percentage of exports came from East Java?')).toBe('amount');
  });
});
