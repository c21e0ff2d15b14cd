import type { Part } from './calc.ts';
import type { Lang } from './numbers.ts';
import { percent, rupiah } from './rupiah.ts';

/** Fixed phrases of the Hitung bareng answers, Indonesian first. */
export const T = {
  id: {
    hpp: 'HPP per',
    price: 'harga jual per',
    impas: 'titik impas',
    susut: 'penyusutan mesin',
    need: 'saya masih perlu',
    toWork: 'Untuk menghitung',
    have: 'Yang sudah saya catat:',
    reply: 'Balas saja dengan angkanya, misalnya',
    formula: 'Rumus',
    meaning: 'Artinya',
    month: 'sebulan',
    batch: 'sekali produksi',
    day: 'sehari',
    per: 'per',
    role: (text: string, words: string | undefined, value: number, harga: boolean) =>
      harga
        ? `"${words ? `${words} ` : ''}${text}" (${rupiah(value)}): sudah termasuk di HPP, atau biaya operasional di luar HPP? Balas "sudah termasuk" atau "di luar HPP".`
        : `"${words ? `${words} ` : ''}${text}" (${rupiah(value)}) belum saya pakai di hitungan ini: ini biaya apa? Tulis namanya, misalnya "biaya tetap ${text}" atau "biaya variabel ${text}".`,
    which: (text: string) =>
      `"${text}": untuk biaya yang mana? Tulis namanya, misalnya "pisangnya per minggu".`,
    unnamed: (text: string, value: number) =>
      `"${text}" (${rupiah(value)}): ini biaya apa? Tulis namanya, misalnya "sewa ${text}" atau "bahan ${text}".`,
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` untuk ${words}` : ''}: ${c.length ? `maksudnya ${c.map((v) => rupiah(v)).join(' atau ')}?` : 'angka ini tidak bisa saya baca dengan pasti.'} Tulis lengkap, misalnya "150rb" atau "Rp 1.500".`,
  },
  en: {
    hpp: 'cost (HPP) per',
    price: 'selling price per',
    impas: 'break-even point',
    susut: 'machine depreciation',
    need: 'I still need',
    toWork: 'To work out your',
    have: 'What I have so far:',
    reply: 'Just reply with the figure, for example',
    formula: 'Formula',
    meaning: 'What it means',
    month: 'a month',
    batch: 'per batch',
    day: 'a day',
    per: 'per',
    role: (text: string, words: string | undefined, value: number, harga: boolean) =>
      harga
        ? `"${words ? `${words} ` : ''}${text}" (${rupiah(value)}): is it already in your cost (HPP), or an operating cost on top? Reply "included" or "on top".`
        : `"${words ? `${words} ` : ''}${text}" (${rupiah(value)}) is not used in this calculation yet: what cost is it? Name it, e.g. "fixed costs ${text}".`,
    which: (text: string) => `"${text}": which cost is that for? Name it, e.g. "the bananas are per week".`,
    unnamed: (text: string, value: number) =>
      `"${text}" (${rupiah(value)}): what is this cost for? Name it, e.g. "rent ${text}" or "materials ${text}".`,
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` for ${words}` : ''}: ${c.length ? `do you mean ${c.map((v) => rupiah(v)).join(' or ')}?` : 'I cannot read this figure for sure.'} Please write it in full, e.g. "150k" or "Rp 1,500".`,
  },
};

export const plural = (noun: string) => (/(s|x|ch|sh)$/.test(noun) ? noun : `${noun}s`);

/** "40 tas", "40 bags": a count of the artisan's product in the answer's language. */
export const count = (n: number | bigint, noun: string, lang: Lang) =>
  `${n} ${lang === 'en' && n !== 1 && n !== 1n ? plural(noun) : noun}`;

/** One of the artisan's figures as they gave it: "listrik dan sewa Rp 1.200.000 sebulan". */
export const partLine = (p: Part, noun: string, periodWord: string, lang: Lang) =>
  `${p.name ? `${p.name} ` : ''}${p.detail ? `${p.detail} = ` : ''}${rupiah(p.amount)} ${p.basis === 'unit' ? `${T[lang].per} ${noun}` : (p.said ?? periodWord)}`;

const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/nya\b/g, '')
    .replace(/\b(biaya|costs?)\b/g, '')
    .trim();

/**
 * A part's own words repeat the heading they sit under ("Biaya tetap: biaya tetap Rp 10.000.000"): say the
 * figure once. Words that add something ("listrik dan sewa", "upah") stay.
 */
export function withoutEcho(parts: Part[], heading: string): Part[] {
  const h = bare(heading);
  return parts.map((p) => {
    const n = bare(p.name);
    return n && h.startsWith(n) ? { ...p, name: '' } : p;
  });
}

/** A channel's cut as the answers take it: its share, its parts, whether a shop rather than a marketplace takes it. */
type Fee = { bp: number; parts?: number[]; byShop?: boolean };

/** "8%", or "(8% + 2%)" for the fees of one marketplace said apart: the rate a price is multiplied by. */
export function feeRate(fee: Fee): string {
  const shares = (fee.parts ?? [fee.bp]).map((p) => percent(p));
  return shares.length > 1 ? `(${shares.join(' + ')})` : shares[0]!;
}

/** "potongan 8%", "potongan 5% + 2%", "bagian toko 25%", "8% fee": a cut with its share, as the working names it. */
export function feeWords(fee: Fee, lang: Lang): string {
  const shares = (fee.parts ?? [fee.bp]).map((p) => percent(p)).join(' + ');
  if (lang === 'id') return `${fee.byShop ? 'bagian toko' : 'potongan'} ${shares}`;
  return fee.byShop ? `shop's ${shares} share` : `${shares} fee`;
}

/** "potongan marketplace", "bagian toko", "marketplace fee": what the cut is, in a formula or a heading. */
export function feeName(fee: Fee, lang: Lang): string {
  if (lang === 'id') return fee.byShop ? 'bagian toko' : 'potongan marketplace';
  return fee.byShop ? "the shop's share" : 'marketplace fee';
}
