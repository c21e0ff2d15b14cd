/**
 * Groups of words that ask for the same thing in this domain. A question word from a group also
 * searches the others (at a lower weight), so "syarat" finds a section written with "kriteria".
 * Words are written unstemmed; the searcher analyses them like any text.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['syarat', 'kriteria', 'persyaratan', 'ketentuan'],
  ['pembicara', 'narasumber'],
  ['untung', 'laba', 'keuntungan'],
  ['pembeli', 'konsumen', 'pelanggan', 'buyer'],
  ['biaya', 'ongkos'],
  ['foto', 'gambar', 'memotret'],
  ['izin', 'perizinan', 'legalitas'],
  ['pisah', 'terpisah', 'memisahkan'],
  ['dana', 'anggaran', 'pendanaan', 'modal'],
  ['bantuan', 'fasilitas', 'fasilitasi'],
  ['merek', 'brand', 'merk'],
  ['kemasan', 'bungkus', 'packaging'],
  ['jual', 'pasar'],
  ['catat', 'buku', 'pembukuan'],
  ['harga', 'tarif'],
  ['kota', 'kabupaten', 'daerah'],
  ['rusak', 'revitalisasi', 'perbaikan'],
  ['kelompok', 'koperasi', 'kelembagaan'],
  ['pesanan', 'order'],
  ['pinjaman', 'kredit', 'utang'],
  ['kedaluwarsa', 'kadaluarsa'],
  ['temu', 'matching'],
];
