import { analyze } from '../text/analyze.ts';

/** The DAK fisik bidang IKM menus, as Kemenperin described them on 26 October 2022. */
export const DAK_SOURCE =
  'Kemenperin (Dirjen IKMA Reni Yanita), keterangan pers di Republika 26 Oktober 2022; contoh: revitalisasi Gedung Sentra Industri Tenun Tapis Kota Bandar Lampung dari DAK fisik 2021';
export const DAK_VALID_FROM = '2022-10-26';
export const DAK_MENUS = ['pembangunan sentra IKM', 'revitalisasi sentra IKM'] as const;

export type DakVerdict = 'yes' | 'no' | 'depends';

interface DakItem {
  name: string;
  verdict: DakVerdict;
  keywords: string[];
  reason: string;
}

/**
 * What a region can propose under DAK fisik bidang IKM. "yes" items are named by Kemenperin or in its
 * Bandar Lampung example; "no" items are not physical facilities of a sentra; everything else is
 * "depends" on the technical guidelines (juknis) of the year.
 */
export const DAK_ITEMS: readonly DakItem[] = [
  {
    name: 'rumah produksi / gedung produksi',
    verdict: 'yes',
    keywords: ['rumah produksi', 'gedung produksi', 'bengkel produksi', 'tempat produksi'],
    reason:
      'rumah produksi disebut Kemenperin sebagai sarana fisik yang dapat diusulkan daerah, dan gedung produksi termasuk fasilitas Sentra Tenun Tapis Bandar Lampung dari DAK fisik 2021',
  },
  {
    name: 'UPT (unit pelayanan teknis)',
    verdict: 'yes',
    keywords: ['upt', 'unit pelayanan teknis', 'kantor upt'],
    reason: 'UPT disebut Kemenperin sebagai sarana yang dapat diusulkan daerah',
  },
  {
    name: 'rumah kemasan',
    verdict: 'yes',
    keywords: ['rumah kemasan', 'packaging house', 'klinik kemasan'],
    reason: 'rumah kemasan disebut Kemenperin sebagai sarana yang dapat diusulkan daerah',
  },
  {
    name: 'mesin dan peralatan',
    verdict: 'yes',
    keywords: ['mesin', 'peralatan', 'alat produksi', 'alat'],
    reason: 'mesin dan peralatan disebut Kemenperin sebagai sarana yang dapat diusulkan daerah',
  },
  {
    name: 'gedung pusat promosi / showroom',
    verdict: 'yes',
    keywords: ['pusat promosi', 'gedung promosi', 'showroom', 'galeri', 'ruang pamer'],
    reason:
      'gedung pusat promosi termasuk fasilitas Sentra Tenun Tapis Bandar Lampung yang direvitalisasi dari DAK fisik 2021',
  },
  {
    name: 'kantor pengelola dan administrasi sentra',
    verdict: 'yes',
    keywords: ['kantor pengelola', 'kantor administrasi', 'kantor sentra'],
    reason:
      'kantor pengelola dan administrasi termasuk fasilitas Sentra Tenun Tapis Bandar Lampung dari DAK fisik 2021',
  },
  {
    name: 'pengolahan air limbah',
    verdict: 'depends',
    keywords: ['limbah', 'ipal', 'air limbah', 'pengolahan limbah'],
    reason:
      'Kemenperin menyebut harapan rumah produksi dengan pengelolaan air limbah yang baik di Sentra Tapis, tetapi tidak menyebutnya sebagai menu tersendiri',
  },
  {
    name: 'bahan kemasan (plastik, pouch, kardus) untuk produk',
    verdict: 'no',
    keywords: ['kemasan', 'bahan kemasan', 'pouch', 'kardus', 'plastik kemasan', 'stiker', 'label'],
    reason:
      'bahan kemasan habis pakai adalah biaya produksi, bukan sarana fisik sentra; yang bisa diusulkan adalah rumah kemasan yang membantu desain dan pengemasan',
  },
  {
    name: 'modal kerja atau bahan baku',
    verdict: 'no',
    keywords: ['modal', 'modal kerja', 'bahan baku', 'beli bahan', 'stok bahan'],
    reason: 'DAK fisik membiayai sarana dan prasarana fisik sentra, bukan modal kerja atau bahan baku usaha',
  },
  {
    name: 'gaji, upah, atau honor',
    verdict: 'no',
    keywords: ['gaji', 'upah', 'honor', 'bayar pekerja'],
    reason: 'DAK fisik untuk sarana fisik, bukan biaya operasional seperti gaji',
  },
  {
    name: 'pinjaman atau bantuan uang untuk perorangan',
    verdict: 'no',
    keywords: ['pinjaman', 'kredit', 'utang', 'bantuan uang', 'hibah perorangan'],
    reason:
      'DAK fisik adalah dana untuk pemerintah daerah membangun atau merevitalisasi sarana sentra, bukan bantuan uang kepada pelaku usaha',
  },
  {
    name: 'pelatihan, pendampingan, atau promosi (kegiatan non-fisik)',
    verdict: 'depends',
    keywords: ['pelatihan', 'pendampingan', 'bimtek', 'pameran', 'promosi', 'sertifikasi'],
    reason:
      'kegiatan non-fisik bukan menu DAK fisik; Kemenperin menyebut DAK non-fisik serta APBN dan APBD sebagai sumber lain untuk pengembangan sentra',
  },
];

export interface DakAnswer {
  verdict: DakVerdict;
  item?: string;
  reason: string;
  menus: readonly string[];
  source: string;
  validFrom: string;
}

/** Finds the item a question is about and says yes / no / depends, with the reason and the source. */
export function checkDak(question: string): DakAnswer | undefined {
  const words = analyze(question);
  const matches: { item: DakItem; start: number; end: number }[] = [];
  for (const item of DAK_ITEMS) {
    for (const keyword of item.keywords) {
      const stems = analyze(keyword);
      if (stems.length === 0) continue;
      for (let i = 0; i + stems.length <= words.length; i++) {
        if (stems.every((stem, j) => words[i + j] === stem))
          matches.push({ item, start: i, end: i + stems.length });
      }
    }
  }
  // A word inside a longer match belongs to it ("kemasan" in "rumah kemasan").
  const kept = matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
  // Several things named ("pelatihan desain kemasan", "gaji operator mesin"): Indonesian puts the head
  // of a phrase first, so the earliest match is what the question is about.
  const best = kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))[0];
  if (!best) return undefined;
  return {
    verdict: best.item.verdict,
    item: best.item.name,
    reason: best.item.reason,
    menus: DAK_MENUS,
    source: DAK_SOURCE,
    validFrom: DAK_VALID_FROM,
  };
}

const VERDICT = { yes: 'Ya, bisa diusulkan', no: 'Tidak', depends: 'Tergantung' } as const;

/** Who proposes, and where the rules of the year are set: the last lines of every DAK answer. */
const PROPOSED_BY = 'Usulan diajukan oleh pemerintah daerah, bukan oleh pelaku usaha perorangan.';
const SOURCE_LINE = `Sumber: ${DAK_SOURCE} (berlaku per ${DAK_VALID_FROM}). Rincian yang boleh didanai ditetapkan petunjuk teknis DAK tiap tahun; pastikan ke Dinas Perindustrian atau Bappeda setempat.`;

export function formatDak(answer: DakAnswer): string {
  return [
    `${VERDICT[answer.verdict]}: ${answer.item}. Alasannya, ${answer.reason}.`,
    `DAK fisik bidang IKM punya dua menu: ${answer.menus.join(' dan ')}. ${PROPOSED_BY}`,
    SOURCE_LINE,
  ].join('\n');
}

/**
 * What a region can propose at all, for a question that asks for the list ("sarana apa aja yg bs diusulin
 * lwt DAK?") while naming a thing only in its story: the yes items, then the story's thing with its verdict;
 * the verdict first when the question also asks whether "that" can be proposed ("Apakah usulan seperti itu
 * bisa ..., dan menunya apa saja?").
 */
export function formatDakList(story?: DakAnswer, verdictFirst = false): string {
  const yes = DAK_ITEMS.filter((item) => item.verdict === 'yes').map((item) => item.name);
  const no = DAK_ITEMS.filter((item) => item.verdict === 'no').map((item) => item.name.split(' (')[0]);
  const list = `Lewat DAK fisik bidang IKM (menu ${DAK_MENUS.join(' dan ')}), daerah dapat mengusulkan sarana fisik sentra: ${yes.join(', ')}. Bukan untuk: ${no.join('; ')}.`;
  if (verdictFirst && story?.item)
    return [`${VERDICT[story.verdict]}: ${story.item}. ${list}`, PROPOSED_BY, SOURCE_LINE].join('\n');
  return [
    list,
    ...(story?.item ? [`Yang Anda sebut, ${story.item}: ${VERDICT[story.verdict].toLowerCase()}.`] : []),
    PROPOSED_BY,
    SOURCE_LINE,
  ].join('\n');
}
