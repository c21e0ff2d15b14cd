/** A piece of a chunk that can stand in an answer: a sentence, a list item or a table row. */
export interface Unit {
  text: string;
  kind: 'sentence' | 'item' | 'row' | 'heading';
  /** Position inside the chunk, to keep the writer's order. */
  position: number;
}

const ABBREVIATIONS =
  /(?:\b(?:No|Kab|Kec|Kel|Jl|Jln|Prov|tsb|Rp|PT|CV|UD|Yth|mis|spt|hlm|Bpk|Ibu|Dr|Ir|St|Tbk|vs|e\.g|i\.e|dr|sd|s\.d|a\.n|u\.p))\.$/i;

/** Removes Markdown decoration so a sentence reads as plain text. */
export function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits prose into sentences without breaking "13.762", "Rp 10.000", "No. 29" or "dll." mid-sentence. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["'“(]?[A-Z0-9\p{Lu}])/gu;
  for (const match of paragraph.matchAll(re)) {
    const end = match.index + 1;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATIONS.test(candidate) || /\b[A-Z]\.$/.test(candidate)) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((sentence) => sentence.length > 1);
}

/** Breaks a chunk into answer units: sentences of paragraphs, items of lists, rows of tables. */
export function splitUnits(content: string): Unit[] {
  const units: Unit[] = [];
  const push = (text: string, kind: Unit['kind']) => {
    const clean = plain(text);
    if (clean.length >= 3) units.push({ text: clean, kind, position: units.length });
  };
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    for (const sentence of splitSentences(paragraph.join(' '))) push(sentence, 'sentence');
    paragraph = [];
  };
  // A list item may wrap onto following lines; they belong to it until a blank line or a new block.
  let inItem = false;
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^#{1,6}\s/.test(line)) {
      flush();
      inItem = false;
      if (line) push(line, 'heading');
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      push(item[1]!, 'item');
      inItem = units.at(-1)?.kind === 'item';
    } else if (inItem && !line.startsWith('|') && !line.startsWith('>')) {
      const last = units.at(-1)!;
      last.text = plain(`${last.text} ${line}`);
    } else if (line.startsWith('|')) {
      flush();
      inItem = false;
      // The header row (the one above |---|) labels columns; only data rows are answer units.
      if (/^\|[\s:|-]+\|?$/.test(line)) {
        if (units.at(-1)?.kind === 'row') units.pop();
        continue;
      }
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      push(cells.length > 1 ? `${cells[0]}: ${cells.slice(1).join('; ')}` : (cells[0] ?? ''), 'row');
    } else if (line.startsWith('>')) {
      paragraph.push(line.replace(/^>\s?/, ''));
    } else paragraph.push(line);
  }
  flush();
  return units;
}
