import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/finance/figures.ts';
import { readMoneyFacts } from '../../src/finance/read.ts';

describe('a count of days is a count, never money', () => {
  it('reads "N hari", "N hr" and "N days" as days', () => {
    expect(scanFigures('warung buka 25 hr', 'id')[0]).toMatchObject({ kind: 'days', value: 25 });
    expect(scanFigures('libur 2 hari', 'id')[0]).toMatchObject({ kind: 'days', value: 2 });
    expect(scanFigures('we open 22 days', 'en')[0]).toMatchObject({ kind: 'days', value: 22 });
  });

  it('takes the working days a month from the ways they are said', () => {
    const month = (text: string, lang: 'id' | 'en' = 'id') => readMoneyFacts(text, lang).batches;
    expect(month('upah 90rb sehari, kerja 24 hr sebulan')).toMatchObject({ perMonth: 24, days: true });
    expect(month('gaji harian 75rb, 22 hari kerja')).toMatchObject({ perMonth: 22, days: true });
    // a week's working days, four weeks to the month
    expect(month('lapak buka 5 hari seminggu, sewa 40rb per hari')).toMatchObject({
      perMonth: 20,
      perWeek: 5,
      days: true,
    });
    expect(month('stall rent 50k a day, 20 working days a month', 'en')).toMatchObject({
      perMonth: 20,
      days: true,
    });
  });

  it('never asks whether a count of days is rupiah', () => {
    const facts = readMoneyFacts('bahan 300rb sekali produksi, jadi 60 pcs, kerja 20 hr', 'id');
    expect(facts.ambiguous).toEqual([]);
    expect(facts.items.map((i) => i.amount)).toEqual([300_000]);
  });
});
