import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeKnowledge } from '../helpers/knowledge.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'pendamping.js');

function run(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string | Buffer } = {},
) {
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'pd-cli-'));

describe('pendamping CLI', () => {
  it('prints help, and exits 2 on an unknown command', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Pemakaian: pendamping <perintah>/);
    const unknown = await run(['terbang']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Perintah tidak dikenal: terbang/);
  });

  it('stops on a bad environment variable with its name, what was expected, exit 2 and no stack trace', async () => {
    const result = await run(['ask', 'apa itu HPP?'], {
      env: { LOG_LEVEL: 'loud', OPENAI_BASE_URL: 'not a url' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent/,
    );
    expect(result.stderr).toMatch(/OPENAI_BASE_URL: expected an http/);
    expect(result.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it('answers one question as JSON on a fresh data directory, creating and filling the database itself', async () => {
    const result = await run(['ask', '--json', 'Berapa jumlah sentra IKM di Indonesia?'], {
      env: { PENDAMPING_DATA_DIR: freshDir() },
    });
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(Object.keys(answer)).toEqual(
      expect.arrayContaining(['question', 'answer', 'answered', 'confidence', 'sources', 'timings']),
    );
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('13.762');
    expect(answer.sources[0]).toEqual({
      n: 1,
      title: expect.any(String),
      path: expect.any(String),
      section: expect.any(String),
      score: expect.any(Number),
    });
    expect(answer.timings).toEqual({ retrieveMs: expect.any(Number), answerMs: expect.any(Number) });
  });

  it('answers a file of questions from stdin in one process, one JSON line each, junk included', async () => {
    const input = Buffer.concat([
      Buffer.from('apa itu HPP?\n\nlabel makanan wajib memuat apa saja?\n'),
      Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x02, 0x03, 0x0a]),
      Buffer.from(`${'panjang '.repeat(3_000)}\n`),
      Buffer.from('resep rendang gimana?\n'),
    ]);
    const result = await run(['ask', '--json', '--stdin'], {
      env: { PENDAMPING_DATA_DIR: freshDir() },
      input,
    });
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => row.outcome)).toEqual([
      'answered',
      'answered',
      'rejected',
      'rejected',
      'declined',
    ]);
    expect(rows[2].errorCode).toBe('INPUT_BINARY');
    expect(rows[3].errorCode).toBe('INPUT_TOO_LONG');
    expect(result.code).toBe(1);
  });

  it('promises no mentor from the terminal, where no hand-off is made', async () => {
    const result = await run(['ask', 'harga kulit sapi hari ini brp?'], {
      env: { PENDAMPING_DATA_DIR: freshDir() },
    });
    expect(result.stdout).not.toMatch(/sudah (dicatat dan akan )?diteruskan ke mentor/);
    expect(result.stdout).toContain('tidak diteruskan ke mentor');
  });

  it('rejects an empty question with usage help and exit 2', async () => {
    const result = await run(['ask', '   ']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Pertanyaannya kosong/);
  });

  it('holds a terminal chat on the same pipeline', async () => {
    const result = await run(['chat'], {
      env: { PENDAMPING_DATA_DIR: freshDir() },
      input: 'halo, apa itu DAK fisik?\n/keluar\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Selamat datang di Pendamping IKM/);
    expect(result.stdout).toMatch(/Pendamping> [\s\S]*DAK/);
    expect(result.stdout).toMatch(/Sumber:/);
    expect(result.stdout).toMatch(/Sampai jumpa/);
  });

  it('ingests a folder, reports a broken file with its path and reason, and exits 1', async () => {
    const dir = writeKnowledge([
      {
        path: 'keuangan/kas.md',
        title: 'Buku kas',
        body: '## Buku kas\n\nCatat uang masuk dan keluar setiap hari.',
      },
    ]);
    writeFileSync(join(dir, 'keuangan/rusak.md'), 'tanpa front matter sama sekali');
    const result = await run(['ingest', dir], { env: { PENDAMPING_DATA_DIR: freshDir() } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1 baru/);
    expect(result.stderr).toMatch(/knowledge\/keuangan\/rusak\.md: missing YAML front matter/);
  });

  it('says plainly when DATABASE_URL points at nothing', async () => {
    const result = await run(['ask', 'apa itu HPP?'], {
      env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Basis data sedang tidak bisa dihubungi/);
    expect(result.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('checks sentra criteria and DAK items from the command line, as text and JSON', async () => {
    const text = await run([
      'check',
      'sentra',
      '--households',
      '500',
      '--similar-businesses',
      '120',
      '--single-village',
      'ya',
      '--guidance',
      'ya',
      '--known',
      'ya',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/MEMENUHI keempat kriteria/);
    const json = JSON.parse((await run(['check', 'sentra', '--households', '500', '--json'])).stdout);
    expect(json).toMatchObject({ verdict: 'incomplete', minimumSimilarBusinesses: 100 });
    const dak = await run(['check', 'dak', 'gaji', 'pengelola', '--json']);
    expect(JSON.parse(dak.stdout)).toMatchObject({ verdict: 'no' });
    const bad = await run(['check', 'sentra', '--guidance', 'mungkin']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--guidance harus "ya" atau "tidak"/);
  });

  it('imports a directory CSV, reports bad rows, and answers directory questions in ask', async () => {
    const data = freshDir();
    const file = join(data, 'sentra.csv');
    writeFileSync(
      file,
      'nama_sentra,provinsi,kabupaten_kota,produk,jumlah_unit_usaha,lintang,bujur\nSentra Gerabah Uji,Jawa Tengah,Kab. Klaten,Gerabah,30,-7.7,110.6\nSentra Rusak,Jawa Tengah,Kab. Klatenn,Gerabah,3,,\n',
    );
    const imported = await run(['directory', 'import', file], { env: { PENDAMPING_DATA_DIR: data } });
    expect(imported.code).toBe(1);
    expect(imported.stdout).toMatch(/1 baru/);
    expect(imported.stdout).toMatch(/baris 3: regency "Kab\. Klatenn" not found; closest: KABUPATEN KLATEN/);
    const search = await run(['directory', 'search', '--near', '-7.71,110.61', '--radius', '20'], {
      env: { PENDAMPING_DATA_DIR: data },
    });
    expect(search.stdout).toMatch(/Sentra Gerabah Uji .* km/);
    const ask = await run(['ask', '--json', 'desa kami ada 500 KK, 120 bikin tas, bisa jadi sentra?'], {
      env: { PENDAMPING_DATA_DIR: data },
    });
    const answer = JSON.parse(ask.stdout);
    expect(answer).toMatchObject({ answered: true, mode: 'tool' });
    expect(answer.answer).toMatch(/24 persen/);
    // Three cold processes on a fresh data directory, each ingesting the knowledge and reading the card index
    // (18 s alone here; a loaded 2-core runner took over 60 s once).
  }, 180_000);

  it('runs the benchmark command end to end with finite figures', async () => {
    const result = await run(['bench', '--sizes', '200', '--queries', '3', '--dims', '8', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const figures = [
      ...report.retrieval.flatMap(
        (r: {
          lexical: { index: { p50: number } };
          dense: { exact: { p95: number } };
          ingest: { ratio: number };
        }) => [r.lexical.index.p50, r.dense.exact.p95, r.ingest.ratio],
      ),
      ...report.directory.flatMap((d: { rows: { speedup: number }[] }) => d.rows.map((row) => row.speedup)),
    ];
    expect(figures.length).toBeGreaterThan(5);
    expect(figures.every((value) => Number.isFinite(value) && value > 0)).toBe(true);
  });
});
