import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from '../../src/eval/questions.ts';
import { FINANCE_SOURCES } from '../../src/finance/sources.ts';

describe('the documents the calculators cite', () => {
  it.each(Object.entries(FINANCE_SOURCES))('%s matches its document front matter and section', (_, cited) => {
    const text = readFileSync(cited.path, 'utf8');
    const front = Object.fromEntries(
      text
        .split('---')[1]!
        .trim()
        .split('\n')
        .map((line) => [
          line.slice(0, line.indexOf(':')),
          line
            .slice(line.indexOf(':') + 1)
            .trim()
            .replace(/^"|"$/g, ''),
        ]),
    );
    expect({ title: front.title, source: front.source, asOf: front.as_of }).toEqual({
      title: cited.title,
      source: cited.source,
      asOf: cited.asOf,
    });
    expect(text).toContain(`\n## ${cited.section}\n`);
  });

  it('every hitung evaluation question points at one of these documents', () => {
    const paths = new Set(Object.values(FINANCE_SOURCES).map((cited) => cited.path));
    const hitung = loadQuestions('test/eval/questions').filter((question) => question.topic === 'hitung');
    expect(hitung.length).toBeGreaterThanOrEqual(20);
    for (const question of hitung)
      if (question.answerable) expect(paths, question.id).toContain(question.source);
  });
});
