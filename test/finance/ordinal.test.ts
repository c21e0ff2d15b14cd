import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/finance/figures.ts';

describe('an ordinal is not an amount', () => {
  it('skips "ke-3" and "ke 2" but keeps the amounts around them', () => {
    expect(scanFigures('pertanyaan ke-0 tentang HPP', 'id')).toHaveLength(0);
    expect(scanFigures('anak ke 2 sy bantu jualan', 'id')).toHaveLength(0);
    const figures = scanFigures('batch ke-3 ini modalnya 500rb', 'id');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ kind: 'money', value: 500_000 });
  });
});
