import type { Citation, Extract } from './answer-types.ts';
import { isMember } from './list-blocks.ts';
import type { RetrievedChunk } from './types.ts';
import type { ScoredUnit } from './unit-score.ts';

/** Lines of text with a [n] marker wherever the source changes, numbered in order of first use. */
export function render(chosen: ScoredUnit[], top: RetrievedChunk[]): Extract {
  const numbers = new Map<number, number>();
  const citations: Citation[] = [];
  const lines: string[] = [];
  // An item is a bullet inside its list (next to its intro or another item of it); a lone item from
  // another source reads as a sentence.
  const inList = (i: number) => {
    const unit = chosen[i]!;
    const before = chosen[i - 1];
    const after = chosen[i + 1];
    const same = (other?: ScoredUnit) => other !== undefined && other.chunk === unit.chunk;
    return (
      isMember(unit) &&
      ((same(before) && (isMember(before) || before!.text.endsWith(':'))) || (same(after) && isMember(after)))
    );
  };
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) lines.push(paragraph.join(' '));
    paragraph = [];
  };
  chosen.forEach((unit, i) => {
    if (!numbers.has(unit.chunk)) {
      numbers.set(unit.chunk, citations.length + 1);
      citations.push({ n: citations.length + 1, chunk: top[unit.chunk]! });
    }
    const next = chosen[i + 1];
    const marker = !next || next.chunk !== unit.chunk ? ` [${numbers.get(unit.chunk)}]` : '';
    if (inList(i)) {
      flush();
      lines.push(`• ${unit.text}${marker}`);
      return;
    }
    // A lone item or table row reads as a sentence of its own.
    // An item starts lower-case inside its list ("pertengkaran di rumah ...;"); alone, it starts a sentence.
    const text =
      unit.kind === 'sentence'
        ? unit.text
        : capitalise(
            `${unit.text.replace(/[;,]$/, '')}${/[.!?:]$/.test(unit.text.replace(/[;,]$/, '')) ? '' : '.'}`,
          );
    paragraph.push(`${text}${marker}`);
    if (marker || (next && inList(i + 1))) flush();
  });
  flush();
  return { text: lines.join('\n'), citations };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('id-ID') + text.slice(1);
}
