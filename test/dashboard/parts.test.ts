import { describe, expect, it } from 'vitest';
import { barChart, hbarChart, rateChart } from '../../src/dashboard/charts.ts';
import { slugify, toMarkdown, topicOfFolder } from '../../src/dashboard/curate.ts';
import { groupGaps } from '../../src/dashboard/gaps.ts';
import { signedReply } from '../../src/dashboard/pages/handoffs.ts';
import { csvCell } from '../../src/dashboard/pages/export.ts';
import { parseDocument } from '../../src/ingest/document.ts';

describe('workspace parts', () => {
  it('groups unanswered questions asked in different words, largest group first', () => {
    const groups = groupGaps([
      { id: 1, question: 'berapa biaya sewa stan pameran Inacraft?' },
      { id: 2, question: 'biaya stan di pameran inacraft brp ya' },
      { id: 3, question: 'cara daftar pameran inacraft biaya stan' },
      { id: 4, question: 'apakah ada pelatihan ekspor ke Jepang?' },
      { id: 5, question: '   ' },
    ]);
    expect(groups.map((g) => g.count)).toEqual([3, 1]);
    expect(groups[0]!.interactionId).toBe(1);
    expect(groups[0]!.terms).toEqual(expect.arrayContaining(['stan', 'inacraft']));
    expect(groups[1]!.example).toContain('Jepang');
  });

  it('writes curated knowledge as a file that the knowledge parser accepts unchanged', () => {
    const doc = {
      title: 'Biaya "stan" pameran: Inacraft\nbaris dua',
      topic: 'pemasaran',
      audience: ['perajin', 'mentor'],
      language: 'id',
      source: 'Mentor Pendamping IKM: Dewi: Lestari, 2026-12-02',
      asOf: '2026-12-02',
      body: '## Biaya stan pameran\n\nBiaya stan berbeda setiap tahun; tanyakan ke dinas perindustrian.',
    };
    const parsed = parseDocument('knowledge/kurasi/x.md', toMarkdown(doc));
    expect(parsed.title).toBe('Biaya "stan" pameran: Inacraft baris dua');
    expect(parsed.audience).toEqual(['perajin', 'mentor']);
    expect(parsed.source).toBe(doc.source);
    expect(parsed.body).toBe(doc.body);
    expect(slugify('Berapa biaya “stan” di Inacraft? Ñandú!')).toBe('berapa-biaya-stan-di-inacraft-nandu');
    expect(topicOfFolder('program')).toBe('programme');
    expect(topicOfFolder('direktori')).toBeUndefined();
    expect(topicOfFolder('kurasi')).toBeUndefined();
  });

  it('neutralises spreadsheet formulas and quotes in CSV cells', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('biasa, "kutip"\nbaris')).toBe('"biasa, ""kutip""\nbaris"');
    expect(csvCell(null)).toBe('""');
  });

  it('signs a mentor reply in the artisan language', () => {
    expect(signedReply('Coba ini.', 'Dewi', 'id')).toBe('Balasan dari mentor Dewi:\n\nCoba ini.');
    expect(signedReply('Try this.', 'Dewi', 'en')).toBe('Reply from mentor Dewi:\n\nTry this.');
    expect(signedReply('Coba ini.', 'Dewi', null)).toContain('Balasan dari mentor Dewi');
  });

  it('draws charts as SVG with escaped labels and bars proportional to the values', () => {
    const svg = String(
      barChart('Per hari <x>', [
        { label: 'a', value: 5 },
        { label: '<b>', value: 10 },
      ]),
    );
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).not.toContain('<b>');
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect(heights[1]! / heights[0]!).toBeCloseTo(2, 5);
    const rate = String(
      rateChart('r', [
        { label: 'a', value: 0.5 },
        { label: 'b', value: null },
        { label: 'c', value: 1 },
      ]),
    );
    expect(rate).toContain('<circle');
    expect(rate).not.toContain('<polyline');
    expect(String(hbarChart('t', []))).toContain('<svg');
  });
});
