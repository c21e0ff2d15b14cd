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
