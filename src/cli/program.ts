import { Command, Help, Option } from 'commander';
import type { ParsedArgs } from './args.ts';
import type { CliIo } from './io.ts';

/**
 * Every command, subcommand, option and argument of `pendamping`, declared for `commander`, which parses
 * the command line and generates each help page (titles and usage put into Indonesian here). A command's
 * module is imported only when that command runs, so `ask` loads neither the bot nor the workspace.
 */

type Run = (args: ParsedArgs<never>, io: CliIo) => Promise<number>;
/** How a command's module is reached: `() => import('./x.ts').then((m) => m.xCommand)`. */
type Load = () => Promise<Run>;

/** Options that may be repeated: their values come as an array (empty when absent). */
const REPEATED = new WeakSet<Option>();

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi umum:',
};
const words = (text: string) =>
  text
    .replace(/\[options\]/g, '[opsi]')
    .replace(/\[command\]/g, '<perintah>')
    .replace(/\(default: /g, '(bawaan: ')
    .replace(/\(choices: /g, '(pilihan: ');

class IndonesianHelp extends Help {
  override styleTitle(title: string) {
    return TITLES[title] ?? title;
  }
  override commandUsage(cmd: Command) {
    return words(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command) {
    return words(super.subcommandTerm(cmd));
  }
  override optionDescription(option: Option) {
    return words(super.optionDescription(option));
  }
}

/** commander's own error messages, said in Indonesian; `sub` tells a subcommand's list from the top one. */
function translate(message: string, sub: boolean): string {
  const text = message.replace(/^error: /, '').trim();
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^unknown command '(.*)'/, (_, x) => `${sub ? 'Sub-perintah' : 'Perintah'} tidak dikenal: ${x}`],
    [/^unknown option '(.*)'/, (_, x) => `Opsi tidak dikenal: ${x}`],
    [/^option '(.*)' argument missing/, (_, x) => `Opsi ${x} butuh nilai.`],
    [/^missing required argument '(.*)'/, (_, x) => `Argumen wajib belum diberikan: ${x}`],
    [/^required option '(.*)' not specified/, (_, x) => `Opsi wajib belum diberikan: ${x}`],
    [/^too many arguments/, () => 'Terlalu banyak argumen.'],
  ];
  const hint = /\(Did you mean (.*)\?\)/.exec(text);
  for (const [pattern, say] of rules) {
    const match = pattern.exec(text);
    if (match) return `${say(...match)}${hint ? ` (maksudnya ${hint[1]}?)` : ''}`;
  }
  return text;
}

/** Gives a command the house settings: Indonesian help and errors, output to io, no process.exit. */
function house(cmd: Command, io: CliIo, sub: boolean): Command {
  cmd.createHelp = () => Object.assign(new IndonesianHelp(), cmd.configureHelp());
  cmd
    .exitOverride()
    .helpOption('-h, --help', 'tampilkan bantuan ini')
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${translate(text, sub)}\n`),
    });
  if (sub) cmd.helpCommand(false);
  return cmd;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
/** A repeatable option (`--rule A=1 --rule B=2`). */
function many(flags: string, description: string): Option {
  const option = new Option(flags, description).argParser(collect);
  REPEATED.add(option);
  return option;
}

/** The parsed command line in the shape commands read (see ParsedArgs). */
function parsed(cmd: Command, sub?: string): ParsedArgs<never> {
  const opts = cmd.opts();
  const values: Record<string, unknown> = {};
  for (const option of cmd.options) {
    if (!option.long || option.long === '--help') continue;
    const key = option.long.slice(2);
    const value = opts[option.attributeName()];
    if (option.negate) values[key] = value === false;
    else if (REPEATED.has(option)) values[key] = value ?? [];
    else values[key] = option.isBoolean() ? value === true : value;
  }
  return { sub, values: values as never, positionals: [...cmd.args], help: cmd.helpInformation() };
}

/**
 * The whole command line. `onRun` receives the exit code of the command that ran; commander's own
 * refusals (unknown command, missing value) throw a CommanderError that runCli turns into exit 2.
 */
export function createProgram(io: CliIo, version: () => string, onRun: (code: number) => void): Command {
  const program = house(new Command('pendamping'), io, false);
  program
    .usage('<perintah> [opsi]')
    .description('Pendamping IKM — pendamping usaha untuk IKM dan sentra IKM')
    .version(version(), '-v, --version', 'tampilkan versi')
    .helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah')
    .addHelpText('after', '\nKonfigurasi lewat variabel lingkungan; lihat README.md.');

  const command = (parent: Command, name: string, summary: string, description?: string) => {
    const cmd = house(new Command(name), io, true);
    // commander wraps the text to the terminal; a single line break in the source is just a space.
    cmd.summary(summary).description((description ?? summary).replace(/([^\n])\n(?=[^\n])/g, '$1 '));
    parent.addCommand(cmd);
    return cmd;
  };
  const runs = (cmd: Command, load: Load, sub?: string) =>
    cmd.action(async () => onRun(await (await load())(parsed(cmd, sub), io)));
  const json = (cmd: Command, what = 'cetak hasil sebagai JSON') => cmd.option('--json', what);

  const ask = command(
    program,
    'ask',
    'jawab satu pertanyaan (--json, --stdin untuk banyak pertanyaan)',
    'Menjawab satu pertanyaan dari basis pengetahuan.',
  )
    .argument('[pertanyaan...]', 'pertanyaannya (boleh tanpa tanda kutip)')
    .option('--json', 'cetak satu objek JSON (question, answer, answered, confidence, sources, timings)')
    .option('--stdin', 'baca satu pertanyaan per baris dari stdin; dengan --json menulis JSONL')
    .option(
      '--conversation',
      'dengan --stdin: baris-baris itu satu percakapan, tiap pertanyaan membawa giliran sebelumnya',
    )
    .option(
      '--topic <topik>',
      'batasi ke topik (programme, keuangan, branding, kemasan, pemasaran, sentra, glosarium)',
    )
    .option('--audience <siapa>', 'batasi ke pembaca (perajin, pejabat, mentor)')
    .option(
      '--explain',
      'cetak jejaknya: kalimat bertanya, kartu dan potongan yang cocok beserta skornya, dan aturan bernama yang berlaku',
    )
    .addOption(many('--rule <nama=nilai>', 'ganti bobot aturan bernama (src/rag/rules.ts); boleh berulang'));
  runs(ask, () => import('./ask.ts').then((m) => m.askCommand as Run));

  runs(
    command(
      program,
      'start',
      'jalankan produk: bot Telegram bila TELEGRAM_BOT_TOKEN ada, selain itu chat di terminal',
      'Menjalankan produk. Dengan TELEGRAM_BOT_TOKEN: bot Telegram dan ruang kerja mentor dalam satu proses\n' +
        '(dengan BOT_MODE=webhook: bot saja; ruang kerja lewat "pendamping dashboard"). Tanpa token: chat di terminal.',
    ),
    () => import('./start.ts').then((m) => m.startCommand as Run),
  );
  runs(
    command(
      program,
      'bot',
      'bot Telegram (TELEGRAM_BOT_TOKEN; polling atau webhook)',
      'Menjalankan bot Telegram Pendamping IKM (butuh TELEGRAM_BOT_TOKEN).\n' +
        'BOT_MODE=polling (bawaan) mengambil pembaruan dengan long polling; BOT_MODE=webhook melayani webhook\n' +
        'di PORT dengan TELEGRAM_WEBHOOK_SECRET (dan WEBHOOK_URL untuk mendaftarkannya ke Telegram).\n' +
        'TELEGRAM_API_ROOT mengarahkan bot ke server Bot API lain. Berhenti dengan Ctrl-C atau SIGTERM:\n' +
        'jawaban yang sedang diproses diselesaikan dan dicatat dulu. Lihat README.md, bagian "Bot Telegram".',
    ),
    () => import('./bot.ts').then((m) => m.botCommand as Run),
  );
  runs(
    command(
      program,
      'chat',
      'percakapan di terminal',
      'Percakapan di terminal dengan Pendamping IKM, memakai jalur jawaban yang sama dengan bot.\n' +
        'Ketik pertanyaan lalu Enter. Bila Pendamping bertanya balik "maksudnya yang mana?", ketik nomor\n' +
        'pilihannya. Ketik /keluar (atau tekan Ctrl-D) untuk selesai.',
    ),
    () => import('./chat.ts').then((m) => m.chatCommand as Run),
  );
  runs(
    json(
      command(
        program,
        'ingest',
        'muat basis pengetahuan (bawaan: knowledge/)',
        'Memuat dokumen Markdown (dengan front matter YAML) dari FOLDER (bawaan: KNOWLEDGE_DIR, knowledge/) ke basis data.\n' +
          'Bertahap menurut hash isi: dokumen yang tidak berubah tidak diproses ulang, dokumen yang dihapus hilang.\n' +
          'Berkas yang rusak dilaporkan dengan jalurnya dan alasannya; kode keluar 1 bila ada yang gagal.',
      ).argument('[folder]', 'folder pengetahuan'),
      'cetak ringkasan sebagai JSON',
    ),
    () => import('./ingest.ts').then((m) => m.ingestCommand as Run),
  );

  const evaluation = command(
    program,
    'eval',
    'ukur mutu jawaban terhadap test/eval',
    'Menjalankan pertanyaan evaluasi (test/eval/questions/*.jsonl) dan percakapan lanjutan\n' +
      '(test/eval/followups/*.jsonl) lewat layanan jawaban yang sama dengan semua kanal, lalu mencetak:\n' +
      'fact recall, fakta di kalimat pertama, median dan p90 panjang jawaban, fact recall pertanyaan\n' +
      'lanjutan, salah tolak, Recall@5, MRR, dan bagian pertanyaan tak-terjawab yang ditolak dengan benar.\n' +
      'Kode keluar 1 bila ada angka yang melewati ambang di test/eval/bars.json.',
  )
    .option('--questions <folder>', 'folder pertanyaan', 'test/eval/questions')
    .option('--followups <folder>', 'folder percakapan lanjutan', 'test/eval/followups')
    .option('--bars <berkas>', 'ambang minimum', 'test/eval/bars.json')
    .option('--sweep', 'tampilkan juga tabel kalibrasi ambang keyakinan')
    .option('--failures', 'tampilkan pertanyaan yang gagal')
    .option('--compare', 'bandingkan semua mode retrieval yang tersedia (lexical, dense, hybrid)')
    .addOption(many('--rule <nama=nilai>', 'ganti bobot aturan bernama (src/rag/rules.ts); boleh berulang'));
  runs(json(evaluation), () => import('./eval.ts').then((m) => m.evalCommand as Run));

  const messages = command(
    program,
    'eval-pesan',
    'ukur jawaban atas pesan realistis (cerita, chat, Inggris) di samping pesaing BM25',
    'Menjalankan set pesan realistis (bawaan: test/eval/realistic) lewat layanan jawaban yang sama dengan\n' +
      'semua kanal, dan di sampingnya pesaing naif (paragraf teratas pencarian BM25 biasa). Mencetak: fakta\n' +
      'ditemukan, fakta di kalimat pertama, salah tolak, ditanya balik ("maksudnya yang mana?"), ditolak benar,\n' +
      'pesan bercerita, pasangan cerita/pertanyaan polos yang sama, jawaban Inggris dalam bahasa Inggris,\n' +
      'panjang median, waktu median.',
  )
    .argument('[berkas...]', 'BERKAS.jsonl atau FOLDER (bawaan: test/eval/realistic)')
    .option('--dump <berkas>', 'tulis tiap pesan dan jawabannya (JSONL) untuk dibaca dan dinilai')
    .option('--grades <berkas>', 'nilai hasil membaca (JSONL {id, grade}); angka baca ditambahkan')
    .addOption(many('--rule <nama=nilai>', 'ganti bobot aturan bernama (src/rag/rules.ts); boleh berulang'))
    .option('--no-peer', 'tanpa pesaing BM25');
  runs(json(messages), () => import('./eval-messages.ts').then((m) => m.evalMessagesCommand as Run));

  const bench = command(
    program,
    'bench',
    'ukur kecepatan retrieval dan ingest pada korpus sintetis',
    'Mengukur ingest dan retrieval pada korpus sintetis (seed tetap): 10.000 dan 100.000 potongan.\n' +
      'PGlite selalu; PostgreSQL juga bila DATABASE_URL diatur (basis data sementara dibuat lalu dihapus).',
  )
    .option('--quick', '10.000 potongan saja (di bawah 60 detik)')
    .option('--sizes <a,b>', 'ukuran korpus sendiri, misalnya 2000,20000')
    .option('--queries <n>', 'jumlah kueri per metode (bawaan 200; 30 dengan --quick)')
    .option('--dims <n>', 'dimensi vektor sintetis (bawaan 256; 128 dengan --quick)')
    .option('--seed <n>', 'seed korpus', '42')
    .option(
      '--out <berkas>',
      'tulis laporan Markdown (dan grafik SVG di sebelahnya), misalnya BENCHMARKS.md',
    );
  runs(json(bench), () => import('./bench.ts').then((m) => m.benchCommand as Run));
  const benchBot = command(
    bench,
    'bot',
    'bot Telegram dibanding bot gema grammY',
    'Mengukur bot Telegram: N pengguna simulasi bertanya bersamaan lewat server Bot API palsu (HTTP lokal),\n' +
      'dibandingkan dengan bot gema grammY minimal pada server yang sama dalam satu run. Mencetak updates/detik\n' +
      'dan p95 waktu dari update ke balasan.',
  )
    .option('--users <n>', 'jumlah pengguna simulasi', '50')
    .option('--questions <n>', 'pertanyaan per pengguna', '20')
    .option('--concurrency <n>', 'konkurensi runner untuk kedua bot (bawaan BOT_CONCURRENCY, 32)')
    .option('--out <berkas>', 'tulis bagian "Telegram bot" ke laporan Markdown, misalnya BENCHMARKS.md');
  runs(json(benchBot), () => import('./bench.ts').then((m) => m.benchCommand as Run), 'bot');
  const benchWorkspace = command(
    bench,
    'workspace',
    'daftar, filter, dan pencarian ruang kerja mentor pada 1.000.000 interaksi',
    'Log interaksi sintetis (bawaan 1.000.000 baris): daftar percakapan, filter, dan pencarian teks penuh,\n' +
      'p50/p95 dengan indeks ruang kerja dibanding kueri yang sama tanpa index scan, dalam satu jalannya.\n' +
      'PGlite (di folder sementara) selalu; PostgreSQL juga bila DATABASE_URL diatur.',
  )
    .option('--rows <n>', 'jumlah interaksi', '1000000')
    .option('--queries <n>', 'kueri per jenis', '20')
    .option('--seed <n>', 'seed', '42')
    .option('--out <berkas>', 'tulis/ganti bagian ruang kerja di laporan Markdown, misalnya BENCHMARKS.md');
  runs(json(benchWorkspace), () =>
    import('./bench-workspace.ts').then((m) => m.benchWorkspaceCommand as Run),
  );

  const directory = command(program, 'directory', 'direktori sentra: import FILE.csv, search, generate');
  const loadDirectory = () => import('./directory.ts').then((m) => m.directoryCommand as Run);
  const directoryImport = command(
    directory,
    'import',
    'muat direktori sentra (ekspor gaya BPS)',
    'Memuat direktori sentra (ekspor gaya BPS): setiap baris divalidasi, nama dan kode provinsi/kabupaten\n' +
      'dicek terhadap data wilayah resmi; baris buruk dilaporkan dengan nomor barisnya; impor ulang berkas\n' +
      'yang sama tidak mengubah apa pun.',
  )
    .argument('[berkas]', 'FILE.csv')
    .option('--source <teks>', 'sumber data yang dicatat');
  runs(json(directoryImport), loadDirectory, 'import');
  const directorySearch = command(directory, 'search', 'cari sentra')
    .option('--province <nama>', 'provinsi')
    .option('--regency <nama>', 'kabupaten/kota')
    .option('--product <produk>', 'produk')
    .option('--programme <program>', 'program')
    .option('--year <tahun>', 'tahun program')
    .option('--min-units <n>', 'jumlah unit usaha paling sedikit')
    .option('--near <lat,lon>', 'dekat titik ini, misalnya -7.71,110.61')
    .option('--radius <km>', 'radius dari --near, dalam km')
    .option('--limit <n>', 'jumlah hasil paling banyak (bawaan 20)')
    .option('--synthetic', 'sertakan data sintetis');
  runs(json(directorySearch), loadDirectory, 'search');
  const directoryGenerate = command(
    directory,
    'generate',
    'tulis direktori nasional SINTETIS untuk uji dan benchmark',
    'Menulis direktori nasional SINTETIS (13.762 sentra, 516.124 unit usaha, seed tetap) untuk uji dan\n' +
      'benchmark; bukan data resmi.',
  )
    .option('--out <berkas>', 'FILE.csv tujuan (wajib)')
    .option('--seed <n>', 'seed')
    .option('--count <n>', 'jumlah sentra')
    .option('--units <n>', 'jumlah unit usaha');
  runs(directoryGenerate, loadDirectory, 'generate');

  const check = command(program, 'check', 'pemeriksaan program: check sentra (kriteria), check dak "barang"');
  const loadCheck = () => import('./check.ts').then((m) => m.checkCommand as Run);
  const sentra = command(
    check,
    'sentra',
    'periksa empat kriteria sentra IKM',
    'Memeriksa empat kriteria sentra IKM satu per satu. Fakta yang tidak diberikan ditanyakan, tidak diasumsikan.',
  )
    .option('--households <n>', 'jumlah rumah tangga/KK di desa')
    .option('--similar-businesses <n>', 'jumlah usaha sejenis')
    .option('--single-village <ya|tidak>', 'berada dalam satu desa/kelurahan')
    .option('--guidance <ya|tidak>', 'sudah ada pembinaan')
    .option('--known <ya|tidak>', 'dikenal masyarakat sebagai sentra');
  runs(json(sentra), loadCheck, 'sentra');
  const dak = command(
    check,
    'dak',
    'apakah DAK fisik bidang IKM bisa membiayai sebuah barang',
    'Apakah DAK fisik bidang IKM bisa membiayainya: ya / tidak / tergantung, dengan alasan dan sumber.',
  ).argument('[barang...]', 'barang atau fasilitas, misalnya "rumah kemasan"');
  runs(json(dak), loadCheck, 'dak');

  const hitung = command(
    program,
    'hitung',
    'hitung bareng: hitung hpp, hitung harga (harga jual), hitung impas (BEP), hitung susut, hitung laba, hitung potongan',
    'Hitung bareng dari angka Anda sendiri. Kode keluar: 0 berhasil, 2 bila ada angka yang kurang atau\n' +
      'tidak jelas (yang kurang disebutkan).',
  );
  const loadHitung = () => import('./hitung.ts').then((m) => m.hitungCommand as Run);
  const hitungSubs: [string, string[], string, string, string][] = [
    [
      'hpp',
      [],
      'HPP per unit',
      'HPP per unit. Bahan dan tenaga kerja dibaca per unit kecuali ditulis "sebulan"; overhead dibaca sebulan.\n' +
        'Opsi boleh diulang (--bahan ... --bahan ...). Penyusutan: --mesin "12 jt" --umur "5 tahun".',
      'pendamping hitung hpp --bahan "kulit 150rb per tas" --tenaga-kerja "jahit 50rb" --overhead "listrik dan sewa 1,2 juta" --jumlah "40 tas"',
    ],
    [
      'harga',
      [],
      'harga jual dari HPP (markup atau margin), atau cek harga yang ada',
      'Harga jual dari HPP dengan markup (dari biaya) atau margin (dari harga jual), atau cek harga yang ada.\n' +
        'Tanpa --hpp, opsi HPP (--bahan, --tenaga-kerja, --overhead, --jumlah) dipakai untuk menghitung HPP dulu.',
      'pendamping hitung harga --hpp 300rb --operasional "4 jt" --terjual 50 --margin 30% --komisi 10%',
    ],
    [
      'impas',
      ['bep'],
      'titik impas (BEP): unit dan omzet sebulan',
      '',
      'pendamping hitung impas --biaya-tetap "10 juta" --harga 450rb --biaya-variabel 180rb',
    ],
    [
      'susut',
      ['penyusutan'],
      'penyusutan mesin per bulan',
      'Penyusutan mesin per bulan (garis lurus: harga beli ÷ umur pakai dalam bulan). Beberapa mesin: ulangi\n' +
        '--mesin dan --umur berpasangan ("2 mesin jahit @ 6 juta" juga bisa). Dengan --jumlah (produksi sebulan)\n' +
        'ditambah bagian per unit.',
      'pendamping hitung susut --mesin "mesin jahit 12 juta" --umur "5 tahun" --jumlah "50 tas"',
    ],
    [
      'laba',
      ['untung'],
      'untung bersih satu periode: omzet - HPP yang terjual - biaya operasional',
      'Untung bersih satu periode: omzet (--omzet, atau --terjual kali --harga) dikurangi HPP yang terjual\n' +
        '(--hpp per unit, atau --hpp "total 7 juta") dan biaya operasional periode itu (--operasional, --overhead).',
      'pendamping hitung laba --terjual "300 bungkus" --harga 55rb --hpp 35rb --operasional "2,5 juta"',
    ],
    [
      'potongan',
      ['marketplace'],
      'uang yang diterima setelah potongan admin atau komisi marketplace',
      'Uang yang diterima per unit setelah potongan admin atau komisi marketplace (persen dari harga jual).',
      'pendamping hitung potongan --harga 80rb --komisi 10%',
    ],
  ];
  for (const [name, aliases, summary, description, example] of hitungSubs) {
    const cmd = command(hitung, name, summary, description || summary).aliases(aliases);
    cmd.addHelpText('after', `\nContoh:\n  ${example}`);
    cmd
      .addOption(many('--bahan <teks>', 'bahan baku, misalnya "kulit 150rb per tas"; boleh berulang'))
      .addOption(
        many('--tenaga-kerja <teks>', 'tenaga kerja langsung, misalnya "jahit 50rb"; boleh berulang'),
      )
      .addOption(many('--upah <teks>', 'sama dengan --tenaga-kerja; boleh berulang'))
      .addOption(many('--overhead <teks>', 'biaya overhead sebulan, misalnya "listrik dan sewa 1,2 juta"'))
      .addOption(many('--hpp <uang>', 'HPP per unit yang sudah diketahui, misalnya 300rb'))
      .addOption(
        many('--operasional <uang>', 'biaya operasional: "80rb per tas", atau sebulan dengan --terjual'),
      )
      .addOption(many('--harga <uang>', 'harga jual per unit'))
      .addOption(many('--biaya-tetap <uang>', 'biaya tetap sebulan (impas)'))
      .addOption(many('--biaya-variabel <uang>', 'biaya variabel per unit (impas)'))
      .addOption(many('--omzet <uang>', 'omzet (penjualan) periode itu (laba), misalnya "16,5 juta"'))
      .addOption(many('--markup <persen>', 'markup dari biaya, misalnya 50%'))
      .addOption(many('--margin <persen>', 'margin dari harga jual, misalnya 30%'))
      .addOption(many('--komisi <persen>', 'komisi marketplace, misalnya 10%'))
      .addOption(many('--reseller <persen>', 'potongan reseller, misalnya 20%'))
      .addOption(many('--diskon <persen>', 'diskon, misalnya 20%'))
      .option('--jumlah <jumlah>', 'produksi sebulan, misalnya "40 tas"')
      .option('--terjual <jumlah>', 'unit terjual sebulan (membagi --operasional sebulan)')
      .addOption(
        many('--mesin <teks>', 'mesin dan harga belinya, misalnya "mesin jahit 12 juta"; boleh berulang'),
      )
      .addOption(many('--umur <lama>', 'umur pakai mesin, misalnya "5 tahun"; berpasangan dengan --mesin'))
      .option('--produk <nama>', 'nama unit, misalnya tas')
      .option('--per-produksi', 'angka sebulan dibaca sebagai biaya sekali produksi');
    runs(json(cmd), loadHitung, name);
  }

  runs(
    command(
      program,
      'dashboard',
      'ruang kerja mentor (web) di PORT (bawaan 8080), HOST (bawaan 127.0.0.1)',
      'Menjalankan ruang kerja mentor (web) di http://HOST:PORT. Bawaan: PORT=8080, HOST=127.0.0.1\n' +
        '(hanya komputer ini). Masuk dengan tautan sekali pakai: kirim /masuk ke bot, atau jalankan\n' +
        '"pendamping mentor link ID_TELEGRAM" (dengan basis data bawaan, selagi ruang kerja belum berjalan).',
    )
      .option('--port <n>', 'port (menimpa PORT); 0 memilih port bebas')
      .option('--host <alamat>', 'alamat dengar (menimpa HOST), misalnya 0.0.0.0 di balik proxy'),
    () => import('./dashboard.ts').then((m) => m.dashboardCommand as Run),
  );

  const mentor = command(
    program,
    'mentor',
    'orang di ruang kerja: mentor add, mentor link N (tautan masuk), list, export FOLDER',
    'Orang di ruang kerja mentor. Dengan basis data bawaan (PGlite), jalankan selagi ruang kerja dan bot\n' +
      'tidak berjalan.',
  );
  const loadMentor = () => import('./mentor.ts').then((m) => m.mentorCommand as Run);
  runs(
    command(mentor, 'add', 'izinkan seseorang masuk ke ruang kerja (atau ubah nama/perannya)')
      .option('--telegram-id <n>', 'ID Telegram orangnya')
      .option('--role <peran>', 'admin, mentor atau official')
      .option('--name <nama>', 'nama yang tampil'),
    loadMentor,
    'add',
  );
  runs(
    command(mentor, 'link', 'cetak tautan masuk sekali pakai (berlaku SIGNIN_LINK_MINUTES menit)').argument(
      '[id-telegram]',
      'ID Telegram orangnya',
    ),
    loadMentor,
    'link',
  );
  runs(command(mentor, 'list', 'daftar orang yang diizinkan'), loadMentor, 'list');
  runs(
    command(
      mentor,
      'export',
      'tulis dokumen pengetahuan kurasi sebagai berkas Markdown (format knowledge/)',
    ).argument('[folder]', 'folder tujuan'),
    loadMentor,
    'export',
  );
  return program;
}
