import { readExpression } from '../finance/figures.ts';
import { formatWorked } from '../finance/format.ts';
import { basisNear, type Label } from '../finance/labels.ts';
import type { Item, MoneyFacts, PercentItem } from '../finance/read.ts';
import { type Frac, toNumber } from '../finance/rupiah.ts';
import { solve, type Worked } from '../finance/solve.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

const usage = (message: string) =>
  Object.assign(new Error(message), { code: 'ERR_PARSE_ARGS_BAD_VALUE' as const });

/** A flag value read like a chat reply: "kulit 150rb per tas" gives the words, the amount and its basis. */
function moneyItem(label: Label, flag: string, value: string): Item {
  const figure = readExpression(value);
  if (figure?.kind !== 'money') {
    const hint =
      figure?.kind === 'ambiguous' && figure.candidates?.length
        ? ` (maksudnya ${figure.candidates.map((c) => c.toLocaleString('id-ID')).join(' atau ')}?)`
        : '';
    throw usage(`--${flag} harus jumlah uang, misalnya 150rb atau "Rp 1,2 juta", bukan "${value}"${hint}`);
  }
  const words = value.slice(0, figure.start).trim() || flag.replace('-', ' ');
  const basis = basisNear(value.slice(figure.end), value.slice(0, figure.start));
  return {
    label,
    words,
    amount: figure.value,
    text: figure.text,
    ...(basis ? { basis } : {}),
    ...(figure.each ? { each: figure.each } : {}),
  };
}

function percentItem(label: Label, flag: string, value: string): PercentItem {
  const figure = readExpression(/%|persen|percent/.test(value) ? value : `${value}%`);
  if (figure?.kind !== 'percent' || figure.value < 0 || figure.value > 100_00 * 10)
    throw usage(`--${flag} harus persen, misalnya 30%, bukan "${value}"`);
  return { label, bp: figure.value, text: figure.text };
}

function count(flag: string, value: string): { value: number; noun?: string } {
  const figure = readExpression(value);
  const n = figure?.value ?? Number.NaN;
  if (!figure || !['count', 'bare', 'money'].includes(figure.kind) || !Number.isInteger(n) || n <= 0)
    throw usage(`--${flag} harus bilangan bulat lebih dari 0, misalnya 40, bukan "${value}"`);
  return { value: n, noun: figure.noun };
}

const MONEY_FLAGS: [string, Label][] = [
  ['bahan', 'materials'],
  ['tenaga-kerja', 'labour'],
  ['upah', 'labour'],
  ['overhead', 'overhead'],
  ['hpp', 'hpp'],
  ['operasional', 'opcost'],
  ['harga', 'price'],
  ['biaya-tetap', 'fixed'],
  ['biaya-variabel', 'variable'],
  ['omzet', 'revenue'],
];
const PERCENT_FLAGS: [string, Label][] = [
  ['markup', 'markup'],
  ['margin', 'margin'],
  ['komisi', 'fee'],
  ['reseller', 'reseller'],
  ['diskon', 'discount'],
];

const fracJson = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'num' in value && 'den' in value) return toNumber(value as Frac);
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(fracJson);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fracJson(v)]));
  return value;
};

/** The JSON of `pendamping hitung --json`: every input and intermediate value, rupiah as numbers. */
export const workedJson = (worked: Worked) => fracJson(worked);

/** `hitung hpp|harga|impas|susut|laba|potongan`: the flags are declared once for all in program.ts. */
export async function hitungCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const { sub, values } = args;
  const v = values as Record<string, string[] | string | boolean | undefined>;
  const intent =
    sub === 'hpp'
      ? 'hpp'
      : sub === 'harga'
        ? 'harga'
        : sub === 'impas' || sub === 'bep'
          ? 'impas'
          : sub === 'susut' || sub === 'penyusutan'
            ? 'susut'
            : sub === 'laba' || sub === 'untung'
              ? 'laba'
              : sub === 'potongan' || sub === 'marketplace'
                ? 'potongan'
                : undefined;
  if (!intent) {
    await write(io.stderr, `Sub-perintah tidak dikenal: ${sub}\n\n${args.help}`);
    return EXIT.usage;
  }
  const facts: MoneyFacts = { items: [], percents: [], ambiguous: [], zero: [], loose: [], intent };
  for (const [flag, label] of MONEY_FLAGS)
    for (const value of (v[flag] as string[] | undefined) ?? [])
      facts.items.push(moneyItem(label, flag, value));
  for (const [flag, label] of PERCENT_FLAGS)
    for (const value of (v[flag] as string[] | undefined) ?? [])
      facts.percents.push(percentItem(label, flag, value));
  const machines = (v.mesin as string[] | undefined) ?? [];
  const lives = (v.umur as string[] | undefined) ?? [];
  machines.forEach((value, n) => {
    const item = moneyItem('machine', 'mesin', value);
    const life = lives[n] ? readExpression(lives[n]!) : undefined;
    if (lives[n] && life?.kind !== 'duration')
      throw usage(`--umur harus lama pakai, misalnya "5 tahun" atau "60 bulan"`);
    if (life) item.lifespanMonths = life.value;
    facts.items.push(item);
  });
  // Zero is a figure the artisan gives on purpose ("--overhead 0"), not a missing one.
  for (const [flag, label] of MONEY_FLAGS)
    if (((v[flag] as string[] | undefined) ?? []).some((value) => /^\s*(0|nol|tidak ada)\s*$/i.test(value))) {
      facts.zero.push(label);
      facts.items = facts.items.filter((i) => !(i.label === label && i.amount === 0));
    }
  if (v.jumlah) facts.units = count('jumlah', v.jumlah as string);
  const sold = v.terjual ? count('terjual', v.terjual as string) : undefined;
  if (sold) facts.unitsSold = sold.value;
  if (v['per-produksi']) facts.frame = 'batch';
  facts.noun = (v.produk as string | undefined) ?? facts.units?.noun ?? sold?.noun;
  const worked = solve(facts, intent);
  const complete = worked.missing.length === 0 && worked.ambiguous.length === 0;
  const text = formatWorked(worked, 'id');
  const source = `Sumber:\n[1] ${worked.source.title} — ${worked.source.section} (${worked.source.source}; per ${worked.source.asOf}) · ${worked.source.path}`;
  if (v.json) await write(complete ? io.stdout : io.stderr, JSON.stringify(workedJson(worked)));
  else await write(complete ? io.stdout : io.stderr, `${text}\n\n${source}`);
  return complete ? EXIT.ok : EXIT.usage;
}
