import type { Part } from './calc.ts';
import type { Lang } from './numbers.ts';
import { rupiah } from './rupiah.ts';

/** Fixed phrases of the Hitung bareng answers, Indonesian first. */
export const T = {
  id: {
    hpp: 'HPP per',
    price: 'harga jual per',
    impas: 'titik impas (BEP)',
    need: 'Supaya bisa saya hitung, saya masih perlu:',
    have: 'Yang sudah saya catat:',
    reply: 'Balas saja dengan angkanya, misalnya',
    formula: 'Rumus',
    numbers: 'Angka Anda',
    working: 'Hitungan',
    result: 'Hasil',
    meaning: 'Artinya',
    month: 'sebulan',
    batch: 'sekali produksi',
    per: 'per',
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` untuk ${words}` : ''}: ${c.length ? `maksudnya ${c.map((v) => rupiah(v)).join(' atau ')}?` : 'angka ini tidak bisa saya baca dengan pasti.'} Tulis lengkap, misalnya "150rb" atau "Rp 1.500".`,
  },
  en: {
    hpp: 'production cost (HPP) per',
    price: 'selling price per',
    impas: 'break-even point (BEP)',
    need: 'To work it out I still need:',
    have: 'What I have so far:',
    reply: 'Just reply with the figure, for example',
    formula: 'Formula',
    numbers: 'Your figures',
    working: 'Working',
    result: 'Result',
    meaning: 'What it means',
    month: 'a month',
    batch: 'per batch',
    per: 'per',
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` for ${words}` : ''}: ${c.length ? `do you mean ${c.map((v) => rupiah(v)).join(' or ')}?` : 'I cannot read this figure for sure.'} Please write it in full, e.g. "150k" or "Rp 1,500".`,
  },
};

export const plural = (noun: string) => (/(s|x|ch|sh)$/.test(noun) ? noun : `${noun}s`);

/** One of the artisan's figures as they gave it: "listrik dan sewa Rp 1.200.000 sebulan". */
export const partLine = (p: Part, noun: string, periodWord: string, lang: Lang) =>
  `${p.name ? `${p.name} ` : ''}${p.detail ? `${p.detail} = ` : ''}${rupiah(p.amount)} ${p.basis === 'unit' ? `${T[lang].per} ${noun}` : periodWord}`;
