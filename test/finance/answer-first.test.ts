import { describe, expect, it } from 'vitest';
import { loadQuestions } from '../../src/eval/questions.ts';
import { containsFact, firstStatement } from '../../src/eval/score.ts';
import { isHitungAnswer } from '../../src/finance/format.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

// Every single-turn money question of the evaluation, answered by the calculators alone.
const questions = loadQuestions('test/eval/questions').filter(
  (q) => q.topic === 'hitung' && !q.turns?.length,
);
const answered = questions.map((q) => ({ q, answer: hitungToolAnswer(q.question)?.answer ?? '' }));

describe('Hitung bareng answers lead with the result', () => {
  it('has the evaluation questions to judge by', () => {
    expect(answered.length).toBeGreaterThanOrEqual(30);
  });

  it.each(answered.map(({ q, answer }) => [q.id, q.answerable ? q.fact : '', answer]))(
    '%s states its expected fact in the first sentence',
    (_, fact, answer) => {
      expect(answer).not.toBe('');
      expect(containsFact(firstStatement(answer), fact), answer).toBe(true);
    },
  );

  it('no answer opens with a header, and every answer is known as a calculation by the next turn', () => {
    for (const { answer } of answered) {
      expect(answer).not.toMatch(/^Hitung bareng/);
      expect(isHitungAnswer(answer)).toBe(true);
    }
  });

  it('keeps the working whole: every working line ends on a figure or a unit, none is cut', () => {
    for (const { answer } of answered)
      for (const line of answer.split('\n').filter((l) => l.startsWith('• ')))
        expect(line, answer).toMatch(/(\d|[a-z)%])$/i);
  });

  it('is short enough for a phone: median under 520 characters, none over 900', () => {
    const lengths = answered.map(({ answer }) => answer.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(520);
    expect(lengths.at(-1)).toBeLessThan(900);
  });

  it('a figure given by the artisan appears once, not listed and then worked again', () => {
    const { answer } = answered.find(({ q }) => q.id === 'hit-001')!;
    expect(answer.match(/Rp 1\.200\.000/g)).toHaveLength(1);
    expect(answer.match(/Rp 150\.000/g)?.length).toBeLessThanOrEqual(3);
  });
});
