/**
 * The knowledge documents each calculator follows, cited like every other source: title, path, source and
 * the date it holds from, copied from the documents' front matter (a test keeps them in step).
 */
export interface FinanceSource {
  title: string;
  path: string;
  section: string;
  source: string;
  asOf: string;
}

const COST_PRACTICE = 'Praktik umum akuntansi biaya usaha kecil; disusun tim Pendamping IKM';
const PRICE_PRACTICE = 'Praktik umum penetapan harga usaha kecil; disusun tim Pendamping IKM';

export const FINANCE_SOURCES = {
  hpp: {
    title: 'Cara menghitung HPP (harga pokok produksi) dengan contoh bengkel tas kulit',
    path: 'knowledge/keuangan/hpp-harga-pokok-produksi.md',
    section: 'Apa itu HPP (harga pokok produksi) dan rumusnya',
    source: COST_PRACTICE,
    asOf: '2026-11-23',
  },
  depreciation: {
    title: 'Cara menghitung HPP (harga pokok produksi) dengan contoh bengkel tas kulit',
    path: 'knowledge/keuangan/hpp-harga-pokok-produksi.md',
    section: 'Menghitung penyusutan mesin dan bagian sewa untuk HPP',
    source: COST_PRACTICE,
    asOf: '2026-11-23',
  },
  hppBatch: {
    title: 'Menghitung HPP keripik dan kue kering per bungkus',
    path: 'knowledge/keuangan/hpp-makanan-kering.md',
    section: 'Cara menghitung HPP makanan kering per bungkus',
    source: COST_PRACTICE,
    asOf: '2026-11-23',
  },
  price: {
    title: 'Cara menentukan harga jual produk IKM - HPP, margin, harga pesaing, dan harga bertingkat',
    path: 'knowledge/keuangan/menentukan-harga-jual.md',
    section: 'Langkah menentukan harga jual dengan metode biaya plus margin',
    source: PRICE_PRACTICE,
    asOf: '2026-11-23',
  },
  competitor: {
    title: 'Cara menentukan harga jual produk IKM - HPP, margin, harga pesaing, dan harga bertingkat',
    path: 'knowledge/keuangan/menentukan-harga-jual.md',
    section: 'Mengecek harga pesaing dan kemampuan pembeli',
    source: PRICE_PRACTICE,
    asOf: '2026-11-23',
  },
  pricing_mistakes: {
    title: 'Kesalahan menentukan harga jual yang sering dilakukan IKM',
    path: 'knowledge/keuangan/kesalahan-menentukan-harga.md',
    section: 'Kesalahan harga: salah membedakan markup dan margin',
    source: PRICE_PRACTICE,
    asOf: '2026-11-23',
  },
  channel: {
    title: 'Reseller, dropship, dan menentukan harga untuk tiap saluran penjualan',
    path: 'knowledge/pemasaran/reseller-dropship-dan-harga-per-kanal.md',
    section: 'Menghitung harga untuk tiap saluran penjualan',
    source: 'Pengetahuan umum praktik penjualan lewat reseller, dropshipper, dan konsinyasi',
    asOf: '2026-11-23',
  },
  profit: {
    title: 'Laporan laba rugi sederhana untuk IKM - laba kotor dan laba bersih',
    path: 'knowledge/keuangan/laporan-laba-rugi-sederhana.md',
    section: 'Susunan laporan laba rugi sederhana',
    source: 'Praktik umum pembukuan usaha kecil; disusun tim Pendamping IKM',
    asOf: '2026-11-23',
  },
  breakEven: {
    title: 'Menghitung titik impas (BEP) usaha kecil dalam unit',
    path: 'knowledge/keuangan/titik-impas-bep.md',
    section: 'Rumus BEP dalam unit',
    source: 'Praktik umum analisis titik impas usaha kecil; disusun tim Pendamping IKM',
    asOf: '2026-11-23',
  },
  cash: {
    title: 'Buku kas harian untuk usaha kecil - kolom, contoh, dan tutup buku bulanan',
    path: 'knowledge/keuangan/buku-kas-harian.md',
    section: 'Tutup buku bulanan dari buku kas harian',
    source: 'Praktik umum pembukuan usaha kecil; disusun tim Pendamping IKM',
    asOf: '2026-11-23',
  },
} satisfies Record<string, FinanceSource>;
