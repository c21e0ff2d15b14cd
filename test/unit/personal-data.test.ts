import { describe, expect, it } from 'vitest';
import { findPersonal, MASKS, maskDeep, maskPersonal } from '../../src/text/personal-data.ts';

describe('personal data in Indonesian text', () => {
  it.each([
    ['NIK saya 3174012507900003 mohon dicek', 'nik', '3174012507900003'],
    ['nik: 3174 0125 0790 0003', 'nik', '3174 0125 0790 0003'],
    ['hubungi 081234567890 ya', 'phone', '081234567890'],
    ['WA +62 812-3456-7890', 'phone', '+62 812-3456-7890'],
    ['telp 0812.3456.789', 'phone', '0812.3456.789'],
    ['nomor 62 856 1234 5678 aktif', 'phone', '62 856 1234 5678'],
    ['kantor (021) 555-1234', 'phone', '(021) 555-1234'],
    ['kirim ke siti.perajin@gmail.com', 'email', 'siti.perajin@gmail.com'],
    ['alamat Jl. Mawar Indah No. 12 Bantul', 'address', 'Jl. Mawar Indah No. 12'],
    ['rumah di Jalan Raya Bogor Km 5 No 7A', 'address', 'Jalan Raya Bogor Km 5 No 7A'],
  ])('finds and masks %j', (text, kind, value) => {
    const found = findPersonal(text);
    expect(found).toEqual([{ kind, value }]);
    const masked = maskPersonal(text);
    expect(masked.found).toEqual([kind]);
    expect(masked.text).not.toContain(value);
    expect(masked.text).toContain(MASKS[kind as keyof typeof MASKS]);
  });

  it.each([
    'Modal saya Rp 1.500.000 dan omzet Rp 25.000.000 per bulan',
    'Ada 13.762 sentra IKM di Indonesia',
    'Pada tahun 2024 dan 2025 bunga KUR 6% atau 0,5% per bulan',
    'Harga Rp1.250.000,00 untuk 1000 pcs, naik 12,5%',
    'HPP Rp 5.000 per bungkus, 100 bungkus keripik',
    'Nomor izin P-IRT 2063471010123-25',
    'Tanggal 12-08-2026, pukul 08.30',
    'Sertifikat halal nomor ID35110000123450223',
    'Berat bersih 250 gram, kode produksi 0824',
  ])('leaves %j alone', (text) => {
    expect(findPersonal(text)).toEqual([]);
    expect(maskPersonal(text)).toEqual({ text, found: [] });
  });

  it('masks several kinds in one message and every string of a nested value', () => {
    const text =
      'Saya Siti, NIK 3174012507900003, HP 0812-3456-7890, email siti@contoh.co.id, tinggal di Jl. Kenanga No. 5.';
    const masked = maskPersonal(text);
    expect(masked.found.sort()).toEqual(['address', 'email', 'nik', 'phone']);
    for (const value of ['3174012507900003', '0812-3456-7890', 'siti@contoh.co.id', 'Kenanga No. 5'])
      expect(masked.text).not.toContain(value);
    expect(masked.text).toContain('Saya Siti');

    const deep = maskDeep({ filter: { q: 'cari 081234567890' }, ids: [1, 2], note: ['siti@contoh.co.id'] });
    expect(deep).toEqual({ filter: { q: `cari ${MASKS.phone}` }, ids: [1, 2], note: [MASKS.email] });
  });
});
