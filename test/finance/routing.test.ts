import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import type { ConversationTurn } from '../../src/rag/answer-service.ts';
import { engines } from '../helpers/db.ts';
import { memoryLogger } from '../helpers/log.ts';
import { lead } from '../helpers/hitung.ts';

/** The answer's first line: where the result (or what is still needed) must be. */

for (const engine of engines()) {
  describe(`Hitung bareng through the answer service on ${engine.name}`, () => {
    let app: App;
    let cleanup: () => Promise<void>;
    const { log } = memoryLogger();

    beforeAll(async () => {
      const opened = await engine.open();
      cleanup = opened.cleanup;
      const config = createConfig({
        KNOWLEDGE_DIR: 'knowledge',
        PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-hitung-')),
      });
      app = await openApp(config, log, { db: opened.db, ingest: 'sync' });
    });
    afterAll(async () => {
      await app?.close();
      await cleanup?.();
    });

    /** Plays a conversation turn by turn, passing the earlier turns as history like the chat and the bot do. */
    async function converse(questions: string[]) {
      const history: ConversationTurn[] = [];
      const results = [];
      for (const text of questions) {
        const result = await app.answers.answer({ text, history: [...history] });
        history.push({ question: text, answer: result.answer });
        results.push(result);
      }
      return results;
    }

    it('a money question with figures goes to the calculator before retrieval, cited to its document', async () => {
      const result = await app.answers.answer({
        text: 'HPP tas saya berapa kalau kulit 150rb, jahit 50rb, bikin 40 tas sebulan, listrik dan sewa 1,2 juta?',
      });
      expect(result).toMatchObject({ mode: 'tool', answered: true, outcome: 'answered' });
      expect(lead(result.answer)).toBe('HPP per tas Anda Rp 230.000.');
      expect(result.answer).toContain('listrik dan sewa Rp 1.200.000 sebulan ÷ 40 tas = Rp 30.000 per tas');
      expect(result.answer).toContain('HPP per tas = Rp 150.000 + Rp 50.000 + Rp 30.000 = Rp 230.000');
      expect(result.answer).toMatch(
        /^Rumus: HPP per tas = \(bahan baku \+ tenaga kerja \+ overhead\) ÷ jumlah tas sebulan \(40 tas\)\.$/m,
      );
      expect(result.sources).toEqual([
        expect.objectContaining({
          n: 1,
          path: 'knowledge/keuangan/hpp-harga-pokok-produksi.md',
          title: 'Cara menghitung HPP (harga pokok produksi) dengan contoh bengkel tas kulit',
          asOf: '2026-11-23',
        }),
      ]);
    });

    it('a depreciation question goes to the calculator with its own figures, even when it mentions HPP', async () => {
      const result = await app.answers.answer({
        text: 'Selamat siang. Saya penjahit tas di Garut, baru membeli dua mesin jahit masing-masing Rp 6 juta dan saya perkirakan dipakai lima tahun. Berapa biaya penyusutan mesin per bulan yang harus saya masukkan ke HPP?',
      });
      expect(result).toMatchObject({ mode: 'tool', answered: true, outcome: 'answered' });
      expect(lead(result.answer)).toBe('Penyusutan mesin jahit Anda Rp 200.000 per bulan.');
      expect(result.answer).toContain('2 × Rp 6.000.000 = Rp 12.000.000 ÷ 60 bulan (5 tahun) = Rp 200.000');
      expect(result.sources).toEqual([
        expect.objectContaining({ n: 1, path: 'knowledge/keuangan/hpp-harga-pokok-produksi.md' }),
      ]);
    });

    it('a money question without figures gets the knowledge answer plus one line offering to work it out', async () => {
      const result = await app.answers.answer({ text: 'gmn cara ngitung hpp tas kulit?' });
      expect(result.mode).not.toBe('tool');
      expect(result.answered).toBe(true);
      expect(result.sources[0]!.path).toMatch(/^knowledge\/keuangan\//);
      expect(result.answer.trim().split('\n').at(-1)).toMatch(
        /^Mau hitung bareng dengan angka Anda sendiri\?/,
      );
      const other = await app.answers.answer({ text: 'Berapa jumlah sentra IKM di Indonesia?' });
      expect(other.answer).not.toMatch(/hitung bareng/i);
      expect(other.sources[0]!.path).toMatch(/^knowledge\/program\//);
    });

    it('a question that asks why, with a figure or two of its story, gets the knowledge answer', async () => {
      const result = await app.answers.answer({
        text: 'knp upah sy sendiri hrs ikut dihitung? sy cuma bikin rempeyek, bahan 250rb jadi 50 bungkus',
      });
      expect(result.mode).not.toBe('tool');
      expect(result.answered).toBe(true);
      expect(result.answer).not.toMatch(/^(Untuk menghitung|HPP per)/);
      expect(result.sources[0]!.path).toMatch(/^knowledge\/keuangan\//);
    });

    it('fills a missing figure over several turns, then answers a what-if', async () => {
      const [first, second, third] = await converse([
        'hpp tas aku brp kalo kulit 150rb, jahit 50rb, listrik sama sewa 1,2jt sebulan?',
        '40 tas',
        'kalau bikin 50 tas?',
      ]);
      expect(lead(first!.answer)).toBe(
        'Untuk menghitung HPP per tas, saya masih perlu jumlah produksi (berapa tas jadi sebulan atau sekali produksi).',
      );
      expect(second!.mode).toBe('tool');
      expect(lead(second!.answer)).toBe('HPP per tas Anda Rp 230.000.');
      expect(third!.answer).toContain('Rp 1.200.000 sebulan ÷ 50 tas = Rp 24.000 per tas');
      expect(lead(third!.answer)).toBe('HPP per tas Anda Rp 224.000.');
    });

    it("the issue's keripik conversation: notes the wage left out, keeps the bananas, scales them for 300, prices that HPP", async () => {
      const [first, second, third, fourth] = await converse([
        'sy bikin keripik pisang, sebulan 200 bungkus. pisang sebulan 1,5jt, minyak 600rb, plastik+label 400rb, gas 200rb. hpp nya brp?',
        'upah sy sendiri 1jt sebulan',
        'kalau bikin 300 bungkus?',
        'harga jualnya brp kalau mau untung 40%?',
      ]);
      // the wage is not asked for before an answer (issue 15): (1,5jt + 600rb + 400rb + 200rb) ÷ 200
      expect(lead(first!.answer)).toBe('HPP per bungkus Anda Rp 13.500 (belum termasuk upah tenaga kerja).');
      expect(first!.answer).toContain('pisang Rp 1.500.000 sebulan');
      expect(first!.answer).toContain('Belum termasuk upah tenaga kerja');
      // (1,5jt + 600rb + 400rb + 200rb + 1jt) ÷ 200
      expect(lead(second!.answer)).toBe('HPP per bungkus Anda Rp 18.500.');
      expect(second!.answer).toMatch(
        /^Saya baca: pisang Rp 1\.500\.000 sebulan, .*\(variabel\); .*\(tetap\); 200 bungkus sebulan\.$/m,
      );
      // materials 2,5jt × 300/200 = 3,75jt; gas 200rb and the wage 1jt stay: 4,95jt ÷ 300
      expect(third!.mode).toBe('tool');
      expect(lead(third!.answer)).toBe('HPP per bungkus Anda Rp 16.500.');
      expect(third!.answer).toContain('pisang Rp 1.500.000 ÷ 200 × 300 = Rp 2.250.000 sebulan');
      // 16.500 × 1,4; the HPP it stands on is said with it
      expect(lead(fourth!.answer)).toBe(
        'Harga jual Rp 24.000 per bungkus (dibulatkan ke atas dari Rp 23.100); dari HPP Rp 16.500 per bungkus.',
      );
    });

    it('the marketplace how-to goes to the fee calculation; a number word that is no amount stays with the documents', async () => {
      const [howto, figures] = await converse([
        'gimana ngitung potongan admin shopee',
        'harga 80rb, admin 10%',
      ]);
      expect(howto!.mode).toBe('tool');
      expect(lead(howto!.answer)).toBe('Untuk menghitung potongan marketplace, saya masih perlu:');
      expect(howto!.sources[0]!.path).toBe('knowledge/pemasaran/reseller-dropship-dan-harga-per-kanal.md');
      expect(lead(figures!.answer)).toBe(
        'Uang yang Anda terima Rp 72.000 per unit (potongan 10% = Rp 8.000).',
      );
      const words = await app.answers.answer({
        text: 'uang usaha sama uang dapur campur jd satu, cara misahinnya gmn?',
      });
      expect(words.mode).not.toBe('tool');
    });

    it('a knowledge answer about pricing continues into a calculation when the artisan sends figures', async () => {
      const [first, second] = await converse([
        'gimana cara menentukan harga jual?',
        'hpp nya 300rb per tas, mau untung 30%',
      ]);
      expect(first!.mode).not.toBe('tool');
      expect(second!.mode).toBe('tool');
      expect(second!.answer).toContain('Rp 300.000 × (1 + 30%) = Rp 390.000');
      expect(second!.sources[0]!.path).toBe('knowledge/keuangan/menentukan-harga-jual.md');
    });

    it("asks for a machine's lifespan before counting its depreciation, then uses the reply", async () => {
      const [first, second] = await converse([
        'hpp sepatu brp? kulit 2 juta sebulan utk 20 pasang, upah 40rb per pasang, mesin jahit 6jt',
        'umur 5 tahun',
      ]);
      expect(lead(first!.answer)).toMatch(
        /^Untuk menghitung HPP per pasang, saya masih perlu umur pakai mesin/,
      );
      expect(second!.answer).toContain('Rp 6.000.000 ÷ 60 bulan = Rp 100.000');
      expect(lead(second!.answer)).toBe('HPP per pasang Anda Rp 145.000.');
    });

    it('a bare figure in a reply fills the one figure asked for', async () => {
      const [first, second] = await converse([
        'Berapa titik impas usaha saya jika biaya tetap Rp 5.000.000 per bulan dan biaya variabel Rp 20.000 per unit?',
        'Rp 45.000',
      ]);
      expect(lead(first!.answer)).toBe('Untuk menghitung titik impas, saya masih perlu harga jual per unit.');
      expect(second!.answer).toContain('BEP = Rp 5.000.000 ÷ Rp 25.000 = 200');
    });

    it('asks back an amount it cannot read for sure, and does not reuse an unrelated earlier calculation', async () => {
      const ambiguous = await app.answers.answer({
        text: 'hpp per tas kalo kulit 150, jahit 50rb, listrik 1,2 jt sebulan, 40 tas',
      });
      expect(ambiguous.mode).toBe('tool');
      expect(ambiguous.answer).toMatch(/"150" untuk kulit: maksudnya Rp 150\.000 atau Rp 150\?/);
      expect(lead(ambiguous.answer)).toBe('Untuk menghitung HPP per tas, saya masih perlu:');
      const [, clarified] = await converse([
        'hpp per tas kalo kulit 150, jahit 50rb, listrik 1,2 jt sebulan, 40 tas',
        'maksudnya 150rb',
      ]);
      expect(clarified!.answer).toContain('kulit Rp 150.000 per tas');
      expect(lead(clarified!.answer)).toBe('HPP per tas Anda Rp 230.000.');
      const [, unrelated] = await converse([
        'hpp 300rb, harga jual brp kalau markup 50%?',
        'apa itu merek kolektif?',
      ]);
      expect(unrelated!.mode).not.toBe('tool');
    });

    it("notes an HPP the artisan worked out, then checks a friend's price against it, cited to the competitor section", async () => {
      const [noted, checked] = await converse([
        'kak sy udh ngitung hpp brownies sy, ketemu 12rb per box',
        'trs harga jualnya enaknya brp? temen sy jual 25rb',
      ]);
      expect(noted).toMatchObject({ mode: 'tool', answered: true });
      expect(lead(noted!.answer)).toBe(
        'HPP Anda Rp 12.000 per box sudah saya catat; mau saya hitungkan harga jualnya?',
      );
      expect(noted!.answer).toContain('Rp 13.200 sampai Rp 18.000 per box');
      expect(noted!.answer).not.toContain('ketemu');
      expect(checked).toMatchObject({ mode: 'tool', answered: true });
      expect(lead(checked!.answer)).toBe(
        'Di harga pesaing Rp 25.000, untung Anda Rp 13.000 per box (markup 108,3% dari HPP, margin 52% dari harga jual).',
      );
      expect(checked!.answer).toContain('Rp 13.200 sampai Rp 18.000 per box');
      expect(checked!.answer).toContain('Pastikan HPP sudah memuat semua biaya');
      expect(checked!.sources).toEqual([
        expect.objectContaining({ n: 1, path: 'knowledge/keuangan/menentukan-harga-jual.md' }),
      ]);
    });

    it('answers in English when asked in English, and survives hostile figures', async () => {
      const english = await app.answers.answer({
        text: 'What is my cost per bag if leather is 150k per bag, sewing 50k per bag, and rent plus electricity 1.2 million a month for 40 bags?',
      });
      expect(lead(english.answer)).toBe('Your cost (HPP) per bag is Rp 230.000.');
      const huge = await app.answers.answer({
        text: `hpp tas kalau bahan ${'9'.repeat(400)} per tas, 40 tas?`,
      });
      expect(huge.outcome).not.toBe('error');
      expect(lead(huge.answer)).toMatch(/^Untuk menghitung HPP per tas, saya masih perlu/);
      const zero = await app.answers.answer({
        text: 'hpp per tas kalau bahan 150rb, jahit 50rb, overhead 1jt, 0 tas?',
      });
      expect(lead(zero.answer)).toMatch(/^Untuk menghitung HPP per tas, saya masih perlu jumlah produksi/);
    });
  });
}
