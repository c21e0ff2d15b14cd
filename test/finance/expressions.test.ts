import { describe, expect, it } from 'vitest';
import { readExpression } from '../../src/finance/figures.ts';
import { EXPRESSIONS } from './expressions.ts';

describe('money and quantity expressions', () => {
  it('has at least 150 rows, each distinct', () => {
    expect(EXPRESSIONS.length).toBeGreaterThanOrEqual(150);
    const keys = EXPRESSIONS.map(([input, , lang]) => `${lang ?? 'id'}:${input}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(EXPRESSIONS)('reads %s', (input, expected, lang) => {
    const figure = readExpression(input, lang ?? 'id');
    expect(figure, input).toBeDefined();
    if (expected === 'ask') {
      expect(figure!.kind).toBe('ambiguous');
    } else if (typeof expected === 'number') {
      expect({ kind: figure!.kind, value: figure!.value }).toEqual({ kind: 'money', value: expected });
    } else if ('count' in expected) {
      expect({ kind: figure!.kind, value: figure!.value }).toEqual({ kind: 'count', value: expected.count });
    } else if ('people' in expected) {
      expect({ kind: figure!.kind, value: figure!.value }).toEqual({
        kind: 'people',
        value: expected.people,
      });
    } else {
      expect({ kind: figure!.kind, value: figure!.value }).toEqual({
        kind: 'percent',
        value: expected.percent,
      });
    }
  });
});
