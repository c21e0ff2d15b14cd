import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
