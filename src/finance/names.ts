/**
 * The artisan's own name for an amount: the words right before it in its phrase ("pisang sebulan 1,5jt" is
 * "pisang", "hpp kerupuk: tapioka 1jt" is "tapioka"). Any named amount is a cost line, whether or not its
 * name is in the label lexicon; an amount with no name at all ("trus ada 300rb lagi") is asked about.
 */

/** Words that join, date or point but never name what the money is for. */
export const FILLER = new Set([
  'dan',
  'sama',
  'sm',
  'terus',
  'trus',
  'lalu',
  'ada',
  'lagi',
  'juga',
  'jg',
  'yg',
  'yang',
  'itu',
  'ini',
  'nya',
  'untuk',
  'utk',
  'buat',
  'kalau',
  'kalo',
  'klo',
  'sy',
  'saya',
  'aku',
  'gw',
  'kami',
  'kita',
  'ya',
  'dong',
  'sih',
  'eh',
  'oh',
  'lupa',
  'maaf',
  'maksud',
  'maksudnya',
  'yaitu',
  'yakni',
  'iya',
  'betul',
  'benar',
  'bener',
  'salah',
  'bukan',
  'ganti',
  'jadiin',
  'i',
  'mean',
  'meant',
  'tambah',
  'plus',
  'habis',
  'abis',
  'sekitar',
  'kira',
  'kurang',
  'lebih',
  'cuma',
  'cuman',
  'hanya',
  'sebesar',
  'senilai',
  'adalah',
  'jadi',
  'jadinya',
  'per',
  'tiap',
  'setiap',
  'sebulan',
  'bulan',
  'bln',
  'seminggu',
  'minggu',
  'sehari',
  'hari',
  'setahun',
  'tahun',
  'sekali',
  'kali',
  'produksi',
  'mau',
  'hitung',
  'hpp',
  'brp',
  'berapa',
  'the',
  'and',
  'my',
  'is',
  'a',
  'an',
  'of',
  'for',
  'at',
  'month',
  'also',
  'then',
  'another',
  'more',
  'rp',
  'idr',
]);

/** The last phrase of the words before an amount, without filler: "" when nothing names it. */
export function namePhrase(near: string): string {
  const phrase = near.split(/[:()]|\.\s/).at(-1) ?? '';
  const words = phrase
    .toLowerCase()
    .replace(/-nya\b/g, '')
    .match(/[a-z\u00c0-\u024f][a-z\u00c0-\u024f+&'/-]*/gu);
  if (!words) return '';
  const kept = words.filter((w) => !FILLER.has(w.replace(/nya$/, '')) && !FILLER.has(w));
  // a name is the run of content words nearest the amount
  return kept
    .slice(-3)
    .join(' ')
    .replace(/^[+&/-]+|[+&/-]+$/g, '');
}
