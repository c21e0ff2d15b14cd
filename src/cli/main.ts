import { readFileSync } from 'node:fs';
import { describeError, isAppError } from '../errors.ts';
import { ASK_HELP, askCommand } from './ask.ts';
import { chatCommand } from './chat.ts';
import { ingestCommand } from './ingest.ts';
import { type CliIo, EXIT, processIo, write } from './io.ts';

const HELP = `Pendamping IKM — pendamping usaha untuk IKM dan sentra IKM

Pemakaian: pendamping <perintah> [opsi]

Perintah:
  start            jalankan produk: bot Telegram bila TELEGRAM_BOT_TOKEN ada, selain itu chat di terminal
  bot              bot Telegram (TELEGRAM_BOT_TOKEN; polling atau webhook)
  chat             percakapan di terminal
  ask "..."        jawab satu pertanyaan (--json, --stdin untuk banyak pertanyaan)
  ingest [FOLDER]  muat basis pengetahuan (bawaan: knowledge/)
  eval             ukur mutu jawaban terhadap test/eval
  eval-pesan       ukur jawaban atas pesan realistis (cerita, chat, Inggris) di samping pesaing BM25
  bench            ukur kecepatan retrieval dan ingest pada korpus sintetis
  directory ...    direktori sentra: import FILE.csv, search, generate (data sintetis)
  check ...        pemeriksaan program: check sentra (kriteria), check dak "barang"
  hitung ...       hitung bareng: hitung hpp, hitung harga (harga jual), hitung impas (BEP)
  dashboard        ruang kerja mentor (web) di PORT (bawaan 8080), HOST (bawaan 127.0.0.1)
  mentor ...       orang di ruang kerja: mentor add, mentor link N (tautan masuk), list, export FOLDER

Opsi umum: -h, --help (bantuan perintah), --version
Konfigurasi lewat variabel lingkungan; lihat README.md.`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  ask: async () => askCommand,
  chat: async () => chatCommand,
  ingest: async () => ingestCommand,
  start: async () => (await import('./start.ts')).startCommand,
  bot: async () => (await import('./bot.ts')).botCommand,
  eval: async () => (await import('./eval.ts')).evalCommand,
  'eval-pesan': async () => (await import('./eval-messages.ts')).evalMessagesCommand,
  bench: async () => (await import('./bench.ts')).benchCommand,
  directory: async () => (await import('./directory.ts')).directoryCommand,
  check: async () => (await import('./check.ts')).checkCommand,
  hitung: async () => (await import('./hitung.ts')).hitungCommand,
  dashboard: async () => (await import('./dashboard.ts')).dashboardCommand,
  mentor: async () => (await import('./mentor.ts')).mentorCommand,
};

/** Runs one CLI command and returns its exit code: 0 ok, 1 failure, 2 bad usage or configuration. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...raw] = argv;
  // "--near -7.45,112.7": a negative number after an option is its value, not another option.
  const rest: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    if (raw[i]!.startsWith('--') && !raw[i]!.includes('=') && next !== undefined && /^-\d/.test(next)) {
      rest.push(`${raw[i]}=${next}`);
      i++;
    } else rest.push(raw[i]!);
  }
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    await write(io.stdout, HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    await write(io.stdout, pkg.version);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    await write(io.stderr, `Perintah tidak dikenal: ${name}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (isAppError(error)) {
      await write(io.stderr, error.userMessage);
      return error.code === 'CONFIG_INVALID' || error.code === 'USAGE' ? EXIT.usage : EXIT.failure;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      await write(
        io.stderr,
        `${describeError(error)}\n\n${name === 'ask' ? ASK_HELP : `Lihat: pendamping ${name} --help`}`,
      );
      return EXIT.usage;
    }
    await write(io.stderr, `Terjadi kesalahan: ${describeError(error)}`);
    return EXIT.failure;
  }
}
