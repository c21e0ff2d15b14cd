import { describe, expect, it } from 'vitest';
import { rupiah } from '../../src/finance/rupiah.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

/**
 * Issue 16's property: whatever the artisan calls a cost, every amount in the message is accounted for in
 * the answer: used with its name, or named and asked about. Messages are generated from a seeded generator
 * (the same 10,000 every run), with item names from the crafts, invented words, and no name at all.
 */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KNOWN = [
  'pisang',
  'kedelai',
  'malam',
  'pewarna',
  'kain mori',
  'singkong',
  'minyak',
  'gas',
  'plastik',
  'label',
  'plastik+label',
  'benang',
  'kulit',
  'rotan',
  'kayu',
  'cabai',
  'ragi',
  'tawas',
  'nira',
  'gesper',
  'sol',
  'biji kopi',
  'tepung',
  'gula',
  'daging',
  'bumbu',
  'upah',
  'gaji',
  'listrik',
  'sewa',
  'kayu bakar',
  'tapioka',
];
const CONS = 'bcdfghjklmnprstwy';
const VOW = 'aiueo';

function inventedWord(r: () => number) {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += CONS[Math.floor(r() * CONS.length)]! + VOW[Math.floor(r() * VOW.length)]!;
  return w;
}

/** An amount in rupiah and one way an artisan writes it. */
function amount(r: () => number): { value: number; text: string } {
  const value = (1 + Math.floor(r() * 60)) * 50_000;
  const forms = [
    () => (value % 1_000_000 === 0 ? `${value / 1_000_000} juta` : `${value / 1000}rb`),
    () =>
      value % 100_000 === 0 && value >= 1_000_000
        ? `${String(value / 1_000_000).replace('.', ',')}jt`
        : `${value / 1000}rb`,
    () => `${value / 1000}rb`,
    () => `Rp ${value.toLocaleString('de-DE')}`,
    () => `${value / 1000} ribu`,
  ];
  return { value, text: forms[Math.floor(r() * forms.length)]!() };
}

const BASIS = ['', '', ' sebulan', ' per bungkus', ' sekali produksi', ' per bulan'];
const OPENERS = [
  (n: number) => `sy bikin keripik, sebulan ${n} bungkus.`,
  (n: number) => `sekali produksi jadi ${n} bungkus:`,
  (n: number) => `produksi ${n} bungkus sebulan,`,
  () => '',
];
const QUESTIONS = ['hpp nya brp?', 'hpp per bungkus berapa?', 'berapa hpp per bungkus?'];

function generate(r: () => number) {
  const lines: { name?: string; value: number }[] = [];
  const parts: string[] = [];
  const count = 1 + Math.floor(r() * 5);
  for (let i = 0; i < count; i++) {
    const a = amount(r);
    const roll = r();
    const name =
      roll < 0.55 ? KNOWN[Math.floor(r() * KNOWN.length)]! : roll < 0.9 ? inventedWord(r) : undefined;
    const basis = BASIS[Math.floor(r() * BASIS.length)]!;
    parts.push(name ? `${name} ${a.text}${basis}` : `trus ada ${a.text} lagi`);
    lines.push({ ...(name ? { name } : {}), value: a.value });
  }
  const units = 10 + Math.floor(r() * 490);
  const opener = OPENERS[Math.floor(r() * OPENERS.length)]!(units);
  const tail = opener ? '' : `, ${units} bungkus sebulan`;
  const text =
    `${opener} ${parts.join(', ')}${tail}. ${QUESTIONS[Math.floor(r() * QUESTIONS.length)]!}`.trim();
  return { text, lines };
}

describe('no figure is dropped in silence (issue 16 property)', () => {
  it('accounts for every amount of 10,000 generated messages', () => {
    const r = rng(16);
    const misses: string[] = [];
    let amounts = 0;
    const N = 10_000;
    for (let n = 0; n < N; n++) {
      const { text, lines } = generate(r);
      const answer = hitungToolAnswer(text)?.answer ?? '';
      for (const line of lines) {
        amounts++;
        // used with its name, or quoted and asked about
        const shown =
          answer.includes(rupiah(line.value)) &&
          (!line.name || answer.toLowerCase().includes(line.name) || answer.includes(`): ini biaya apa?`));
        if (!shown && misses.length < 2000)
          misses.push(
            `${rupiah(line.value)} (${line.name ?? 'no name'}) in: ${text}\n  -> ${answer.split('\n').slice(0, 3).join(' | ')}`,
          );
      }
    }
    console.log(
      `amounts: ${amounts} in ${N} messages; unaccounted: ${misses.length}\n${misses.slice(0, 8).join('\n')}`,
    );
    expect(misses).toEqual([]);
  });
});

/**
 * The same property for the other calculators: price, profit for a period, break-even, depreciation and the
 * marketplace cut, with the figures each takes and some it does not (an HPP beside a rent, sales beside a
 * break-even). Every amount is in the answer: used, named as not used, or asked about.
 */
const OTHER = {
  harga: {
    names: [
      'hpp',
      'modal per bungkus',
      'sewa',
      'listrik',
      'biaya operasional',
      'iklan',
      'kulit',
      'upah',
      'harga jual',
    ],
    questions: [
      'mau untung 30%, jual brp?',
      'markup 40%, harga jual nya brp?',
      'kalau margin 25% jual berapa?',
    ],
  },
  laba: {
    names: ['omzet', 'hpp', 'harga', 'sewa', 'gaji', 'iklan', 'ongkos kirim', 'listrik', 'biaya lain'],
    questions: ['bulan ini laku 120 bungkus, untung bersih brp?', 'laba bersih sebulan brp? terjual 80 pcs'],
  },
  impas: {
    names: ['biaya tetap', 'harga jual', 'biaya variabel', 'sewa', 'gaji', 'bahan', 'hpp', 'omzet'],
    questions: ['bep nya brp?', 'harus laku berapa biar balik modal?', 'titik impas berapa?'],
  },
  susut: {
    names: ['oven', 'mesin jahit', 'kompor', 'etalase', 'mobil box', 'bahan', 'upah'],
    questions: ['umur 5 tahun, penyusutan sebulan brp?', 'kepake 4 tahun, susutnya sebulan brp?'],
  },
} as const;

function generateOther(r: () => number) {
  const kinds = Object.keys(OTHER) as (keyof typeof OTHER)[];
  const kind = kinds[Math.floor(r() * kinds.length)]!;
  const { names, questions } = OTHER[kind];
  const lines: { name: string; value: number }[] = [];
  const parts: string[] = [];
  const count = 1 + Math.floor(r() * 4);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(r() * names.length)]!;
    if (used.has(name)) continue;
    used.add(name);
    const a = amount(r);
    const basis = kind === 'susut' ? '' : ['', '', ' sebulan', ' per pcs'][Math.floor(r() * 4)]!;
    parts.push(`${name} ${a.text}${basis}`);
    lines.push({ name, value: a.value });
  }
  const question = questions[Math.floor(r() * questions.length)]!;
  return { text: `${parts.join(', ')}, ${question}`, lines };
}

describe('no figure is dropped in silence by the other calculators', () => {
  it('accounts for every amount of 5,000 generated price, profit, break-even and depreciation questions', () => {
    const r = rng(1616);
    const misses: string[] = [];
    const notTaken: string[] = [];
    let amounts = 0;
    const N = 5_000;
    for (let n = 0; n < N; n++) {
      const { text, lines } = generateOther(r);
      const answer = hitungToolAnswer(text)?.answer;
      if (answer === undefined) {
        notTaken.push(text);
        continue;
      }
      for (const line of lines) {
        amounts++;
        if (!answer.includes(rupiah(line.value)) && misses.length < 2000)
          misses.push(
            `${rupiah(line.value)} (${line.name}) in: ${text}\n  -> ${answer.split('\n').slice(0, 3).join(' | ')}`,
          );
      }
    }
    console.log(
      `other calculators: ${amounts} amounts in ${N - notTaken.length} messages answered; unaccounted: ${misses.length}; not taken by the calculators: ${notTaken.length}\n${[...misses.slice(0, 8), ...notTaken.slice(0, 6)].join('\n')}`,
    );
    expect(misses).toEqual([]);
  });
});
