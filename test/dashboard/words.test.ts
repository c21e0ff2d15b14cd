import { describe, expect, it } from 'vitest';
import { barChart, rateChart } from '../../src/dashboard/charts.ts';
import { groupGaps } from '../../src/dashboard/gaps.ts';

describe('words a mentor reads', () => {
  it('shows knowledge-gap keywords as the words people wrote, without chat words or stems', () => {
    const groups = groupGaps([
      { id: 1, question: 'sy perajin tas yg mau ikut pameran gmn caranya kak' },
      { id: 2, question: 'perajin tas mau ikut pameran di jakarta dong' },
      { id: 3, question: 'para perajin tas bisa ikut pameran?' },
    ]);
    expect(groups).toHaveLength(1);
    const terms = groups[0]!.terms;
    expect(terms).toEqual(expect.arrayContaining(['perajin', 'pameran', 'tas']));
    for (const word of ['sy', 'yg', 'gmn', 'kak', 'dong', 'rajin', 'pamer'])
      expect(terms).not.toContain(word);
  });

  it('labels chart days as "3 Des" in letters a person can read', () => {
    const days = [
      { label: '2026-11-30', value: 2 },
      { label: '2026-12-01', value: 0 },
      { label: '2026-12-03', value: 5 },
    ];
    for (const svg of [
      String(barChart('Pertanyaan per hari', days)),
      String(
        rateChart(
          'Tingkat terjawab',
          days.map((d) => ({ ...d, value: d.value / 5 })),
        ),
      ),
    ]) {
      expect(svg).toContain('30 Nov');
      expect(svg).toContain('3 Des');
      expect(svg).not.toMatch(/>\s*1[12]-\d\d\s*</);
    }
  });
});
