import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunker.ts';
import { CardError, extractCards } from '../../src/ingest/cards.ts';
import {
  DocumentError,
  isOutOfScopePath,
  type KnowledgeDocument,
  parseDocument,
} from '../../src/ingest/document.ts';
import { listMarkdown } from '../../src/ingest/pipeline.ts';
import { saysNotHeld } from '../../src/rag/cards/not-held.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every document, each parsed on its own so that one bad file names itself and the rest still run. */
const parsed = listMarkdown(join(ROOT, 'knowledge')).map((file) => {
  const path = file.slice(ROOT.length + 1);
  try {
    return { path, doc: parseDocument(path, readFileSync(file)) };
  } catch (error) {
    return { path, error: error as Error };
  }
});
const docs = parsed.flatMap((entry) => (entry.doc ? [entry.doc] : []));
const sectionsOf = (doc: KnowledgeDocument) =>
  new Set([doc.title, ...chunkDocument(doc).map((c) => c.section)]);

describe('answer cards in the knowledge base', () => {
  it('parses every document, cards included', () => {
    const failures = parsed.flatMap((entry) => (entry.error ? [entry.error.message] : []));
    expect(failures).toEqual([]);
  });

  it('gives every document cards for its answering sections', () => {
    const missing: string[] = [];
    for (const doc of docs) {
      const cards = doc.cards ?? [];
      // At least half of a document's sections answer something a person asks.
      const sections = chunkDocument(doc).filter((chunk) => chunk.section !== doc.title).length;
      if (cards.length < Math.max(1, Math.floor(sections / 2)))
        missing.push(`${doc.path}: ${cards.length} cards for ${sections} sections`);
    }
    expect(missing).toEqual([]);
  });

  it('gives every card its variants of every kind, both answers, and a section that exists', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      const sections = sectionsOf(doc);
      for (const card of doc.cards ?? []) {
        if (!sections.has(card.section))
          problems.push(`${doc.path} ${card.id}: no section "${card.section}"`);
        if (card.variants.length < 4) problems.push(`${doc.path} ${card.id}: fewer than 4 variants`);
        for (const kind of ['tanya', 'chat', 'cerita', 'en'])
          if (!card.variants.some((variant) => variant.kind === kind))
            problems.push(`${doc.path} ${card.id}: no ${kind} variant`);
        if (card.jawab.length < 20 || card.answer.length < 20)
          problems.push(`${doc.path} ${card.id}: answer too short`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps card ids unique across the knowledge base', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const doc of docs)
      for (const card of doc.cards ?? []) {
        if (owner.has(card.id)) duplicates.push(`${card.id}: ${owner.get(card.id)} and ${doc.path}`);
        owner.set(card.id, doc.path);
      }
    expect(duplicates).toEqual([]);
  });
});

const GOOD = [
  '## Cara menghitung titik impas',
  '',
  'Titik impas adalah jumlah penjualan yang menutup semua biaya.',
  '',
  '```kartu',
  'id: bep-rumus',
  'tanya: Bagaimana cara menghitung titik impas?',
  'chat: bep ngitungnya gmn kak',
  'cerita: Saya bikin keripik di Malang, kapan balik modal?',
  'en: How do I work out break-even?',
  'jawab: Titik impas (unit) = biaya tetap ÷ (harga jual − biaya variabel per unit).',
  'answer: Break-even units = fixed costs ÷ (price − variable cost per unit).',
  '```',
  '',
  '## Berikutnya',
  '',
  'Teks lain.',
].join('\n');

describe('the kartu block parser', () => {
  it('takes the block out of the body and files the card under its section', () => {
    const { body, cards } = extractCards(GOOD, 'Judul');
    expect(body).not.toContain('kartu');
    expect(body).toContain('## Berikutnya');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: 'bep-rumus', section: 'Cara menghitung titik impas' });
    expect(cards[0]!.variants.map((v) => v.kind)).toEqual(['tanya', 'chat', 'cerita', 'en']);
  });

  it.each([
    ['a missing English variant', (s: string) => s.replace(/^en: .*\n/m, ''), /no "en" variant/],
    ['an unknown key', (s: string) => s.replace('chat:', 'obrolan:'), /unknown key "obrolan"/],
    ['two answers', (s: string) => s.replace('answer:', 'jawab:'), /exactly one "jawab"/],
    ['an unclosed block', (s: string) => s.replace(/```\n\n## Berikutnya/, '\n## Berikutnya'), /not closed/],
    ['a line without a key', (s: string) => s.replace('chat: ', 'chat '), /expected "key: value"/],
    ['an over-long answer', (s: string) => s.replace('jawab: ', `jawab: ${'x'.repeat(400)}`), /at most 400/],
    ['a bad id', (s: string) => s.replace('bep-rumus', 'BEP rumus'), /kebab-case/],
  ])('rejects %s', (_name, edit, reason) => {
    expect(() => extractCards(edit(GOOD), 'Judul')).toThrow(CardError);
    expect(() => extractCards(edit(GOOD), 'Judul')).toThrow(reason);
  });

  it('rejects a whole document whose card is bad, naming the file', () => {
    const raw = `---\ntitle: Titik impas\ntopic: keuangan\naudience: perajin\nlanguage: id\nsource: "uji"\nas_of: 2026-12-03\n---\n\n${GOOD.replace('bep-rumus', 'Bad Id')}`;
    expect(() => parseDocument('knowledge/x.md', raw)).toThrow(DocumentError);
    expect(() => parseDocument('knowledge/x.md', raw)).toThrow(/knowledge\/x\.md: card at body line/);
  });
});

describe('decline cards (topic cakupan)', () => {
  const front = (topic: string) =>
    `---\ntitle: Di luar cakupan\ntopic: ${topic}\naudience: semua\nlanguage: id\nsource: "uji"\nas_of: 2026-12-03\n---\n\n`;
  const DECLINE = GOOD.replace(
    /^jawab: .*$/m,
    'jawab: Pendamping IKM tidak memuat hal ini; tanyakan ke kantor yang mengurusnya.',
  );

  it('accepts a cakupan document in a cakupan/ folder whose every card says what is not held', () => {
    const doc = parseDocument('knowledge/cakupan/luar.md', `${front('cakupan')}${DECLINE}`);
    expect(doc.cards?.map((card) => card.id)).toEqual(['bep-rumus']);
    expect(isOutOfScopePath(doc.path)).toBe(true);
  });

  it('rejects a cakupan card that answers, and topic cakupan outside its folder or another topic in it', () => {
    expect(() => parseDocument('knowledge/cakupan/luar.md', `${front('cakupan')}${GOOD}`)).toThrow(
      /must say what Pendamping IKM does not hold.*bep-rumus/,
    );
    expect(() => parseDocument('knowledge/keuangan/luar.md', `${front('cakupan')}${DECLINE}`)).toThrow(
      /cakupan\/ folder/,
    );
    expect(() => parseDocument('knowledge/cakupan/bep.md', `${front('keuangan')}${GOOD}`)).toThrow(
      /cakupan\/ folder/,
    );
  });

  it('ships decline cards, each saying what Pendamping IKM does not hold', () => {
    const scope = docs.filter((doc) => doc.topic === 'cakupan');
    expect(scope.length).toBeGreaterThan(0);
    for (const doc of scope) expect(doc.cards?.every((card) => saysNotHeld(card))).toBe(true);
  });
});

describe('the request words (src/text/request-words.ts)', () => {
  it('name no topic of the knowledge: no request word is a word of a section heading', async () => {
    const { REQUEST_WORDS } = await import('../../src/text/request-words.ts');
    const { analyze } = await import('../../src/text/analyze.ts');
    const requestTerms = new Set(REQUEST_WORDS.flatMap((w) => analyze(w, { slang: true })));
    const clashes: string[] = [];
    for (const doc of docs)
      for (const card of doc.cards ?? []) {
        for (const term of analyze(card.section, { slang: true }))
          if (requestTerms.has(term)) clashes.push(`${card.id}: "${term}" in "${card.section}"`);
      }
    expect(clashes).toEqual([]);
  });
});
