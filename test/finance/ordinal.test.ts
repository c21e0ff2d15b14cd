import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/finance/figures.ts';

describe('numbers that are not amounts', () => {
  it('skips "ke-3" and "ke 2" but keeps the amounts around them', () => {
    expect(scanFigures('pertanyaan ke-0 tentang HPP', 'id')).toHaveLength(0);
    expect(scanFigures('anak ke 2 sy bantu jualan', 'id')).toHaveLength(0);
    const figures = scanFigures('batch ke-3 ini modalnya 500rb', 'id');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ kind: 'money', value: 500_000 });
  });

  it('reads the size of a stand or a cloth as a size, not a count times an amount', () => {
    const money = (text: string) =>
      scanFigures(text, 'id')
        .filter((f) => f.kind === 'money')
        .map((f) => f.value);
    expect(money('Sewa stand 3x3 Rp 4,5 juta, transport & nginep Rp 2 juta.')).toEqual([
      4_500_000, 2_000_000,
    ]);
    expect(money('booth 2x3, 1,5jt')).toEqual([1_500_000]);
    expect(money('kain 2 x 1,5 m harga 60rb')).toEqual([60_000]);
    // A count times an amount stays a product.
    expect(money('beli 3 x 25.000')).toEqual([75_000]);
    expect(money('beli 3 x 25rb')).toEqual([75_000]);
  });
});
