import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions, normaliseForMatch } from '../../src/eval/questions.ts';
import { chunkDocument } from '../../src/ingest/chunker.ts';
import { parseDocument } from '../../src/ingest/document.ts';
import { listMarkdown } from '../../src/ingest/pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = join(ROOT, '..', 'shared', 'sources');
const fold = (text: string) => text.replace(/\s+/g, ' ');

const docs = listMarkdown(join(ROOT, 'knowledge')).map((file) =>
  parseDocument(file.slice(ROOT.length + 1), readFileSync(file)),
);

describe('the knowledge base', () => {
  it('has at least 40 documents, all with valid front matter, covering every topic', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    const topics = new Set(docs.map((doc) => doc.topic));
    for (const topic of ['programme', 'keuangan', 'branding', 'kemasan', 'pemasaran', 'sentra', 'glosarium'])
      expect(topics).toContain(topic);
  });

  it('cuts every document into sections that stand alone and are not too long to retrieve well', () => {
    for (const doc of docs) {
      const chunks = chunkDocument(doc);
      expect(chunks.length, doc.path).toBeGreaterThan(0);
      for (const chunk of chunks)
        expect(chunk.content.split(/\s+/).length, `${doc.path} § ${chunk.section}`).toBeLessThanOrEqual(400);
    }
  });

  it('writes glossary headings as "TERM — expansion", which query expansion reads', () => {
    const glossary = docs.filter((doc) => doc.topic === 'glosarium');
    const headings = glossary
      .flatMap((doc) => chunkDocument(doc).map((chunk) => chunk.section))
      .filter((section) => section.includes(' — '));
    expect(headings.length).toBeGreaterThanOrEqual(40);
  });
});

interface SourceFact {
  text: string;
  doc: string;
  source: string;
  about: string;
}

const factFiles = readdirSync(join(ROOT, 'test', 'knowledge', 'source-facts')).filter((name) =>
  name.endsWith('.json'),
);
const facts: SourceFact[] = factFiles.flatMap((name) =>
  JSON.parse(readFileSync(join(ROOT, 'test', 'knowledge', 'source-facts', name), 'utf8')),
);

describe('figures carried over from shared/sources', () => {
  it('keep a table of at least 40 expected facts', () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
  });

  it('still appear verbatim in the knowledge documents that cite them', () => {
    for (const fact of facts) {
      const text = fold(readFileSync(join(ROOT, fact.doc), 'utf8'));
      expect(text.includes(fold(fact.text)), `${fact.doc} lost "${fact.text}" (${fact.about})`).toBe(true);
    }
  });

  it.skipIf(!existsSync(SOURCES))('match the source articles in ../shared/sources', () => {
    for (const fact of facts) {
      const text = fold(readFileSync(join(SOURCES, fact.source), 'utf8'));
      expect(
        text.includes(fold(fact.text)),
        `${fact.source} does not say "${fact.text}" (${fact.about})`,
      ).toBe(true);
    }
  });
});

describe('the evaluation set', () => {
  const questions = loadQuestions(join(ROOT, 'test', 'eval', 'questions'));

  it('has at least 80 questions in every style, with unanswerable ones among them', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((question) => question.style))).toEqual(
      new Set(['formal', 'informal', 'typo', 'english']),
    );
    expect(questions.filter((question) => !question.answerable).length).toBeGreaterThanOrEqual(10);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it('points every answerable question at a document that holds its fact', () => {
    for (const question of questions) {
      // A hitung fact is a result worked out from the question's own figures; its source is the method.
      if (!question.answerable || question.topic === 'hitung') continue;
      const text = normaliseForMatch(readFileSync(join(ROOT, question.source), 'utf8'));
      expect(
        text.includes(normaliseForMatch(question.fact)),
        `${question.id}: "${question.fact}" not in ${question.source}`,
      ).toBe(true);
    }
  });
});
