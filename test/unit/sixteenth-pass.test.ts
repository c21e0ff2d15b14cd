import { describe, expect, it } from 'vitest';
import { parseSentraFacts } from '../../src/rag/tools.ts';

describe('what a village says about being known (issue 15, sixteenth pass)', () => {
  const known = (text: string) => parseSentraFacts(text)?.knownToPublic;
  it('reads "cukup dikenal orang luar" and "kondang" as known', () => {
    expect(
      known(
        'Desa kami 300 KK, 90 membuat gerabah, produk kami cukup dikenal orang luar. Apakah desa kami memenuhi kriteria sentra IKM?',
      ),
    ).toBe(true);
    expect(
      known(
        'kampung kami 200 kk, 60 bikin besek, udah kondang sampe luar kota. udh memenuhi syarat sentra ikm blm?',
      ),
    ).toBe(true);
  });
  it('reads "belum begitu dikenal" and "kurang dikenal" as not known', () => {
    expect(
      known(
        'Desa kami 300 KK, 90 membuat gerabah, tapi belum begitu dikenal. Apakah desa kami memenuhi kriteria sentra IKM?',
      ),
    ).toBe(false);
    expect(
      known('kampung kami 200 kk, 60 bikin besek, kurang dikenal. udh memenuhi syarat sentra ikm blm?'),
    ).toBe(false);
  });
});

describe('what a village says about its organisation and guidance (issue 15, sixteenth pass)', () => {
  const guided = (text: string) => parseSentraFacts(text)?.guidance;
  it('reads a paguyuban or association of the artisans, and "dibina dinas" without "dari", as guidance', () => {
    expect(
      guided(
        'Desa kami 360 rumah tangga, 81 membuat gerabah. Ada paguyuban perajin. Apakah memenuhi kriteria sentra IKM?',
      ),
    ).toBe(true);
    expect(
      guided(
        'desa kami 300 kk, 70 bikin batik, perajinnya dibina disperindag. udh memenuhi syarat sentra ikm?',
      ),
    ).toBe(true);
  });
  it('still reads a denial as no guidance', () => {
    expect(
      guided(
        'desa kami 300 kk, 70 bikin batik, belum pernah dibina dinas mana pun. udh memenuhi syarat sentra ikm?',
      ),
    ).toBe(false);
    expect(
      guided('desa kami 300 kk, 70 bikin batik, blm ada paguyuban. udh memenuhi syarat sentra ikm?'),
    ).toBe(false);
  });
});
