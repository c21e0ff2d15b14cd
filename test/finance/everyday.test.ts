import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';
import { engines } from '../helpers/db.ts';
import { memoryLogger } from '../helpers/log.ts';
import { playDialogue } from './dialogues.ts';
import { EVERYDAY, GUARDS } from './dialogues-everyday.ts';
import { lead } from '../helpers/hitung.ts';

describe('Hitung bareng: money asked in everyday words and in English', () => {
  it.each(EVERYDAY.map((d) => [d.id, d] as const))('%s', (_id, dialogue) => {
    for (const turn of playDialogue(dialogue))
      expect({ say: turn.say, outcome: turn.outcome, answer: turn.answer }).toMatchObject({
        outcome: 'pass',
      });
  });

  it.each(GUARDS.map((d) => [d.id, d] as const))('unchanged: %s', (_id, dialogue) => {
    for (const turn of playDialogue(dialogue))
      expect({ say: turn.say, outcome: turn.outcome, answer: turn.answer }).toMatchObject({
        outcome: 'pass',
      });
  });

  it('reads the people a story counts ("3 weavers", "2 admin") as people, not as an amount to ask about', () => {
    for (const say of [
      'We run a small weaving studio with 3 weavers. We bought two looms for 12 million rupiah in total and they should last about 8 years. How do I put depreciation in our books?',
      'Saya punya 2 admin dan 1 kurir. Mesin jahit 12 juta umur 8 tahun, penyusutannya brp sebulan?',
    ]) {
      const result = hitungToolAnswer(say, []);
      expect(result?.asksBack, say).not.toBe(true);
      expect(lead(result?.answer ?? ''), say).toMatch(/125\.000/);
    }
  });

  it('answers in the language of the message: English in, English out, the working too', () => {
    const english = EVERYDAY.filter((d) => d.id.includes('-en-'));
    expect(english.length).toBeGreaterThanOrEqual(7);
    for (const d of english) {
      const answer = hitungToolAnswer(d.turns[0]!.say)?.answer ?? '';
      expect(answer, d.id).toMatch(/^Formula: /m);
      expect(answer, d.id).not.toMatch(/\b(Rumus|Artinya|Saya baca|sebulan|per bulan|Untuk menghitung)\b/);
    }
    const indonesian = EVERYDAY.filter((d) => !d.id.includes('-en-'));
    for (const d of indonesian)
      expect(hitungToolAnswer(d.turns[0]!.say)?.answer ?? '', d.id).toMatch(/^Rumus: /m);
  });

  it('a machine bought once is not a monthly fixed cost: it is named with how it enters, and the price of the machine is not asked about as HPP', () => {
    const answer =
      hitungToolAnswer(
        'Satu bungkus sy jual 15 rb, biaya bahannya 9 rb, gaji 3,5 juta sebulan, mesin 25 juta. brp bungkus hrs laku biar nutup biaya?',
      )?.answer ?? '';
    expect(lead(answer)).toBe('Titik impas Anda 584 bungkus sebulan (omzet Rp 8.760.000).');
    expect(answer).toContain('• Biaya tetap: gaji Rp 3.500.000 sebulan\n');
    expect(answer).toMatch(/^Mesin Rp 25\.000\.000 belum masuk: .*penyusutan.*"umur 5 tahun"/m);
    expect(answer).not.toMatch(/termasuk di HPP/);
    // the machine alone as the fixed cost: its useful life is asked, nothing is worked out without it (as before)
    const alone = hitungToolAnswer(
      'mesin 25 juta, jual 15rb, bahan 9rb per bungkus. brp bungkus hrs laku biar impas?',
    );
    expect(lead(alone?.answer ?? '')).toMatch(/^Untuk menghitung titik impas, saya masih perlu/);
    expect(alone?.answer).toContain('umur pakai mesin');
  });
});

for (const engine of engines()) {
  describe(`everyday money questions through the answer service on ${engine.name}`, () => {
    let app: App;
    let cleanup: () => Promise<void>;
    const { log } = memoryLogger();

    beforeAll(async () => {
      const opened = await engine.open();
      cleanup = opened.cleanup;
      const config = createConfig({
        KNOWLEDGE_DIR: 'knowledge',
        PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-everyday-')),
      });
      app = await openApp(config, log, { db: opened.db, ingest: 'sync' });
    });
    afterAll(async () => {
      await app?.close();
      await cleanup?.();
    });

    it('break-even told as a story is worked out by the calculator, not offered as choices', async () => {
      const result = await app.answers.answer({ text: EVERYDAY[0]!.turns[0]!.say });
      expect(result).toMatchObject({ mode: 'tool', answered: true, outcome: 'answered' });
      expect(lead(result.answer)).toBe('Titik impas Anda 584 bungkus sebulan (omzet Rp 8.760.000).');
      expect(result.sources).toEqual([
        expect.objectContaining({ path: 'knowledge/keuangan/titik-impas-bep.md' }),
      ]);
    });

    it('English depreciation with English number words is worked out in English', async () => {
      const looms = EVERYDAY.find((d) => d.id === 'everyday-en-susut-looms-books')!;
      const result = await app.answers.answer({ text: looms.turns[0]!.say });
      expect(result).toMatchObject({ mode: 'tool', answered: true });
      expect(lead(result.answer)).toBe('Depreciation of your two looms: Rp 125.000 a month.');
      expect(result.answer).toMatch(/^Formula: depreciation a month = purchase price ÷ useful life/m);
      expect(result.answer).not.toMatch(/\b(Rumus|Artinya|per bulan)\b/);
      expect(result.sources.length).toBeGreaterThan(0);
    });

    it('how to calculate, without figures, is still the knowledge answer', async () => {
      for (const text of [
        'How do I calculate my break-even point?',
        'gimana cara ngitung penyusutan mesin?',
      ]) {
        const result = await app.answers.answer({ text });
        expect(result.mode, text).not.toBe('tool');
      }
    });
  });
}
