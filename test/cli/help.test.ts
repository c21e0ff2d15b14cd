import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

/** runCli in this process, with its output collected (help and refusals open no database). */
async function cli(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await runCli(argv, { stdin: new PassThrough(), stdout, stderr, env: {} });
  return { code, out, err };
}

const COMMANDS: [string[], string[]][] = [
  [['ask'], ['--json', '--stdin', '--conversation', '--topic', '--audience', '--explain', '--rule']],
  [['start'], []],
  [['bot'], []],
  [['chat'], []],
  [['ingest'], ['--json']],
  [
    ['eval'],
    ['--questions', '--followups', '--bars', '--sweep', '--failures', '--compare', '--rule', '--json'],
  ],
  [['eval-pesan'], ['--dump', '--grades', '--rule', '--no-peer', '--json']],
  [['bench'], ['--quick', '--sizes', '--queries', '--dims', '--seed', '--out', '--json']],
  [
    ['bench', 'bot'],
    ['--users', '--questions', '--concurrency', '--out', '--json'],
  ],
  [
    ['bench', 'workspace'],
    ['--rows', '--queries', '--seed', '--out', '--json'],
  ],
  [
    ['directory', 'import'],
    ['--source', '--json'],
  ],
  [
    ['directory', 'search'],
    ['--province', '--regency', '--product', '--programme', '--year', '--min-units', '--near', '--radius'],
  ],
  [
    ['directory', 'generate'],
    ['--out', '--seed', '--count', '--units'],
  ],
  [
    ['check', 'sentra'],
    ['--households', '--similar-businesses', '--single-village', '--guidance', '--known'],
  ],
  [['check', 'dak'], ['--json']],
  [
    ['hitung', 'hpp'],
    ['--bahan', '--tenaga-kerja', '--overhead', '--jumlah', '--mesin', '--umur', '--per-produksi'],
  ],
  [
    ['hitung', 'harga'],
    ['--hpp', '--operasional', '--terjual', '--markup', '--margin', '--harga', '--komisi'],
  ],
  [
    ['hitung', 'impas'],
    ['--biaya-tetap', '--harga', '--biaya-variabel'],
  ],
  [
    ['hitung', 'susut'],
    ['--mesin', '--umur', '--jumlah'],
  ],
  [['dashboard'], ['--port', '--host']],
  [
    ['mentor', 'add'],
    ['--telegram-id', '--role', '--name'],
  ],
  [['mentor', 'link'], []],
  [['mentor', 'list'], []],
  [['mentor', 'export'], []],
];

describe('the generated help (commander)', () => {
  it('lists every command in the overview, in Indonesian', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Pemakaian: pendamping <perintah> \[opsi\]/);
    expect(help.out).toContain('Perintah:');
    for (const name of new Set(COMMANDS.map(([path]) => path[0]!)))
      expect(help.out).toMatch(new RegExp(`\\n  ${name} `));
    // `help <command>` is the same page as `<command> --help`.
    expect((await cli('help', 'ask')).out).toBe((await cli('ask', '--help')).out);
  });

  it.each(COMMANDS)('pendamping %s --help names its usage and every option', async (path, flags) => {
    const help = await cli(...path, '--help');
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toContain(`Pemakaian: pendamping ${path.join(' ')}`);
    expect(help.out).toContain('-h, --help');
    expect(help.out).not.toMatch(/\[options\]|Usage:|default:/);
    for (const flag of flags) expect(help.out).toContain(flag);
  });

  it('refuses what it cannot read in Indonesian, with the help after it, and exit 2', async () => {
    const unknown = await cli('ask', '--bogus', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Opsi tidak dikenal: --bogus\n\nPemakaian: pendamping ask/);
    const missing = await cli('dashboard', '--port');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Opsi --port <n> butuh nilai\./);
    const sub = await cli('mentor', 'hapus');
    expect(sub.code).toBe(2);
    expect(sub.err).toMatch(/^Sub-perintah tidak dikenal: hapus/);
    const bare = await cli('check');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('Pemakaian: pendamping check');
    const rule = await cli('ask', '--explain', '--rule', 'card.nope=1', 'apa itu HPP?');
    expect(rule.code).toBe(2);
    expect(rule.err).toMatch(/unknown rule "card\.nope"/);
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.err).toContain('Pemakaian: pendamping <perintah>');
  });

  it('prints the version', async () => {
    for (const flag of ['--version', '-v']) {
      const version = await cli(flag);
      expect(version.code).toBe(0);
      expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
