import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'pendamping.js');

function run(args: string[], env: Record<string, string> = {}) {
  const full: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...env };
  for (const key of Object.keys(full)) if (full[key] === undefined) delete full[key];
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: full as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(env.INPUT ?? '');
  });
}

const DONE = [
  'hpp',
  '--bahan',
  'kulit 150rb',
  '--tenaga-kerja',
  'jahit 50rb',
  '--overhead',
  'listrik dan sewa 1,2 juta',
  '--jumlah',
  '40 tas',
];

describe('pendamping hitung', () => {
  it('works out the HPP per tas with its formula, the numbers and the document it follows', async () => {
    const result = await run(['hitung', ...DONE]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('HPP per tas Anda Rp 230.000.');
    expect(result.stdout).toContain('HPP per tas = Rp 150.000 + Rp 50.000 + Rp 30.000 = Rp 230.000');
    expect(result.stdout).toContain('listrik dan sewa Rp 1.200.000 sebulan ÷ 40 tas = Rp 30.000 per tas');
    expect(result.stdout).toContain('Rumus: HPP per tas');
    expect(result.stdout).toContain('knowledge/keuangan/hpp-harga-pokok-produksi.md');
  });

  it('prints every input and result as JSON with --json', async () => {
    const result = await run(['hitung', ...DONE, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ intent: 'hpp', noun: 'tas', missing: [], hpp: { hpp: 230_000, units: 40 } });
    expect(json.source.path).toBe('knowledge/keuangan/hpp-harga-pokok-produksi.md');
  });

  it('names what is missing and exits 2, without a result', async () => {
    const result = await run([
      'hitung',
      'hpp',
      '--bahan',
      '150rb',
      '--tenaga-kerja',
      '50rb',
      '--overhead',
      '1,2jt',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'Untuk menghitung HPP per unit, saya masih perlu jumlah produksi (berapa unit jadi sebulan atau sekali produksi).',
    );
    expect(result.stderr).not.toContain('Anda Rp');
  });

  it('asks back an amount with no unit instead of guessing, and rejects an unknown calculation', async () => {
    const bare = await run(['hitung', 'hpp', '--bahan', '150']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--bahan harus jumlah uang/);
    const unknown = await run(['hitung', 'pajak']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Sub-perintah tidak dikenal: pajak/);
  });

  it('price: markup and margin side by side, channel fees, a price below HPP flagged', async () => {
    const grosir = await run([
      'hitung',
      'harga',
      '--hpp',
      '300rb',
      '--operasional',
      '4 jt',
      '--terjual',
      '50',
      '--markup',
      '10%',
      '--produk',
      'tas',
    ]);
    expect(grosir.code).toBe(0);
    expect(grosir.stdout.split('\n')[0]).toBe('Harga jual Rp 418.000 per tas.');
    expect(grosir.stdout).toContain('harga jual = Rp 380.000 × (1 + 10%) = Rp 418.000');
    expect(grosir.stdout).toMatch(/margin 9,1%/);
    const marketplace = await run([
      'hitung',
      'harga',
      '--hpp',
      '120rb',
      '--harga',
      '200rb',
      '--komisi',
      '10%',
    ]);
    expect(marketplace.stdout.split('\n')[0]).toBe(
      'Uang yang Anda terima Rp 180.000 per unit, Anda untung Rp 60.000.',
    );
    expect(marketplace.stdout).toContain('Rp 200.000 × (1 − 10%) = Rp 180.000');
    expect(marketplace.stdout).toContain('knowledge/pemasaran/reseller-dropship-dan-harga-per-kanal.md');
    const below = await run(['hitung', 'harga', '--hpp', '300rb', '--harga', '250rb', '--produk', 'tas']);
    expect(below.code).toBe(0);
    expect(below.stdout.split('\n')[0]).toBe(
      'Anda rugi Rp 50.000 per tas: harga Rp 250.000 di bawah HPP Rp 300.000.',
    );
    expect(below.stdout).toMatch(/di bawah HPP Rp 300\.000/);
  });

  it('break-even: units rounded up and revenue', async () => {
    const result = await run([
      'hitung',
      'impas',
      '--biaya-tetap',
      '10 juta',
      '--harga',
      '450rb',
      '--biaya-variabel',
      '180rb',
      '--produk',
      'tas',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Titik impas Anda 38 tas sebulan (omzet Rp 17.100.000).');
    expect(result.stdout).toContain('BEP = Rp 10.000.000 ÷ Rp 270.000 = 37,04, dibulatkan ke atas 38 tas');
    expect(result.stdout).toContain('Rp 17.100.000');
  });

  it('the terminal chat fills a missing figure from the next line and reworks a what-if', async () => {
    const result = await run(['chat'], {
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-hitung-')),
      INPUT:
        'hpp tas aku brp kalo kulit 150rb, jahit 50rb, listrik sama sewa 1,2jt sebulan?\n40 tas\nkalau bikin 50 tas?\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('jumlah produksi');
    expect(result.stdout).toContain('HPP per tas Anda Rp 230.000.');
    expect(result.stdout).toContain('HPP per tas Anda Rp 224.000.');
  }, 60_000);

  it('`ask` gives the same worked HPP, in chat form', async () => {
    const result = await run(
      [
        'ask',
        'HPP tas saya berapa kalau kulit 150rb, jahit 50rb, bikin 40 tas sebulan, listrik dan sewa 1,2 juta?',
      ],
      { PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-hitung-')) },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('HPP per tas = Rp 150.000 + Rp 50.000 + Rp 30.000 = Rp 230.000');
    expect(result.stdout).toMatch(
      /\[1\] Cara menghitung HPP .*knowledge\/keuangan\/hpp-harga-pokok-produksi\.md/,
    );
  }, 60_000);

  it('works out machine depreciation with --mesin and --umur, and names a missing lifespan with exit 2', async () => {
    const done = await run(['hitung', 'susut', '--mesin', 'mesin jahit 12 juta', '--umur', '5 tahun']);
    expect(done.code).toBe(0);
    expect(done.stdout.split('\n')[0]).toBe('Penyusutan mesin jahit Anda Rp 200.000 per bulan.');
    expect(done.stdout).toContain('• mesin jahit: Rp 12.000.000 ÷ 60 bulan (5 tahun) = Rp 200.000 per bulan');
    expect(done.stdout).toContain('Menghitung penyusutan mesin dan bagian sewa untuk HPP');
    const json = await run([
      'hitung',
      'susut',
      '--mesin',
      '2 mesin jahit @ 6 juta',
      '--umur',
      '5 tahun',
      '--jumlah',
      '50 tas',
      '--json',
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      intent: 'susut',
      missing: [],
      depreciation: { result: { perMonth: 200_000, perUnit: 4_000, units: 50 } },
    });
    const missing = await run(['hitung', 'susut', '--mesin', 'mesin jahit 12 juta']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/saya masih perlu umur pakai mesin/);
  });

  it('works out the net profit (laba) and the marketplace fee (potongan), and names a missing figure', async () => {
    const laba = await run([
      'hitung',
      'laba',
      '--terjual',
      '300 bungkus',
      '--harga',
      '55rb',
      '--hpp',
      '35rb',
      '--operasional',
      '2,5 juta',
    ]);
    expect(laba.code).toBe(0);
    expect(laba.stdout.split('\n')[0]).toBe('Untung bersih Anda Rp 3.500.000 pada periode itu.');
    expect(laba.stdout).toContain('Rp 16.500.000 − Rp 10.500.000 − Rp 2.500.000 = Rp 3.500.000');
    expect(laba.stdout).toContain('knowledge/keuangan/laporan-laba-rugi-sederhana.md');
    const total = await run([
      'hitung',
      'untung',
      '--omzet',
      '12 juta',
      '--hpp',
      'total 7 juta',
      '--operasional',
      '2jt',
    ]);
    expect(total.code).toBe(0);
    expect(total.stdout.split('\n')[0]).toBe('Untung bersih Anda Rp 3.000.000 pada periode itu.');
    const fee = await run(['hitung', 'potongan', '--harga', '80rb', '--komisi', '10%']);
    expect(fee.code).toBe(0);
    expect(fee.stdout.split('\n')[0]).toBe(
      'Uang yang Anda terima Rp 72.000 per unit (potongan 10% = Rp 8.000).',
    );
    const missing = await run(['hitung', 'laba', '--harga', '55rb']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/jumlah unit yang terjual/);
    expect(missing.stdout).toBe('');
  });
});
