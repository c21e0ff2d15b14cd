/**
 * Every user-facing string of the bot, Indonesian. Values are plain text (the bot escapes them for
 * Telegram HTML) with {name} placeholders. en.ts must have the same keys: the type below enforces it.
 */
export const id = {
  welcome:
    'Halo! Saya Pendamping IKM, asisten untuk perajin dan pelaku industri kecil serta pendamping sentra IKM. Saya menjawab soal pembukuan dan harga jual, merek, kemasan dan label, pemasaran, dan program sentra IKM, dengan sumbernya; kalau belum tahu, saya teruskan ke mentor manusia.\n\nPerintah: /hitung hitung HPP, harga jual, untung, dan lainnya, /sentra cari sentra, /kriteria cek kriteria sentra, /bantuan, /privasi, /hapus.',
  privacy:
    'Privasi\n\nYang disimpan: pertanyaan Anda, jawaban saya, penilaian 👍/👎, dan pertanyaan yang diteruskan ke mentor, dengan kode samaran (bukan nama atau nomor telepon Anda), serta ID chat agar balasan mentor bisa dikirim ke sini.\nUntuk apa: menjawab Anda, meneruskan ke mentor, dan memperbaiki pengetahuan bot.\nSiapa yang membaca: mentor pendamping IKM di ruang kerja mentor.\nBerapa lama: sampai Anda menghapusnya dengan /hapus (paling lama 2 tahun).\n\nSebelum Anda setuju, tidak ada data pribadi yang disimpan: hanya pertanyaan terakhir Anda, sementara (paling lama 30 menit) dan dengan kode samaran, agar bisa dijawab setelah Anda setuju. Pesan suara tidak diunduh atau didengarkan sebelum Anda setuju: yang disimpan hanya rujukan Telegram ke pesan itu.',
  privacyConsented: 'Anda sudah menyetujui. Ketik /hapus kapan saja untuk menghapus semua data Anda.',
  privacyShort:
    'Privasi singkatnya: pertanyaan dan jawaban disimpan dengan kode samaran (bukan nama atau nomor Anda) agar mentor bisa membantu dan bot makin baik. Bisa dihapus kapan saja dengan /hapus.',
  privacyButton: '📄 Baca selengkapnya',
  consentReminder:
    'Pertanyaan terakhir Anda saya simpan sebentar. Tekan ✅ Saya setuju agar saya bisa menjawabnya.',
  groupConsent:
    'Sebelum saya menjawab, mohon setujui pemberitahuan privasi di chat pribadi dengan saya. Pertanyaan Anda saya jawab di sana.',
  groupConsentButton: '💬 Buka chat pribadi',
  heldFromGroup: 'Pertanyaan Anda dari grup ("{question}") saya jawab di sini setelah Anda setuju.',
  consentButton: '✅ Saya setuju',
  consentAsk: 'Sebelum saya menjawab, mohon setujui pemberitahuan privasi ini.',
  consentThanks: 'Terima kasih, persetujuan Anda tercatat.',
  consentThanksPending: 'Terima kasih, persetujuan Anda tercatat. Ini jawaban untuk pertanyaan Anda tadi:',
  consentExpired: 'Silakan kirim pertanyaan Anda sekarang.',
  help: 'Yang bisa saya bantu:\n• Tulis pertanyaan biasa, misalnya "gimana cara ngitung HPP tas kulit?"\n• /sentra tas di Sidoarjo: cari sentra di direktori (atau kirim lokasi untuk sentra terdekat)\n• /kriteria: cek apakah desa Anda memenuhi kriteria sentra IKM\n• /hitung: berhitung dengan angka Anda: /hitung hpp (HPP per unit), /hitung harga (harga jual), /hitung impas (titik impas), /hitung susut (penyusutan mesin), /hitung laba (untung bersih), /hitung potongan (potongan marketplace)\n• Tombol "Tanya mentor" di bawah jawaban: teruskan ke mentor manusia\n• /privasi: data apa yang disimpan; /hapus: hapus semua data Anda\n\nSaya membaca pesan teks (bahasa Indonesia atau Inggris). Di grup, sebut @{bot} atau balas pesan saya.',
  sources: 'Sumber',
  typingFailed: 'Maaf, terjadi gangguan. Silakan coba lagi sebentar lagi.',
  buttonUp: '👍',
  buttonDown: '👎',
  buttonMentor: '🙋 Tanya mentor',
  feedbackThanks: 'Terima kasih atas penilaiannya!',
  feedbackGone: 'Jawaban ini sudah tidak tersimpan.',
  handoffRequested:
    'Pertanyaan Anda sudah diteruskan ke mentor pendamping. Balasan mentor akan dikirim ke chat ini; biasanya dalam 1-2 hari kerja.',
  handoffFailed:
    'Maaf, pertanyaan ini belum berhasil diteruskan ke mentor. Tekan 🙋 Tanya mentor untuk mencoba lagi.',
  handoffAlready: 'Pertanyaan ini sudah diteruskan ke mentor.',
  consentKept:
    'Terima kasih, persetujuan Anda sudah kami catat. Sistem kami sedang gangguan, jadi persetujuan ini akan tersimpan begitu sistem pulih.',
  feedbackKept:
    'Terima kasih! Sistem sedang gangguan; penilaian Anda dicatat dan tersimpan begitu sistem pulih.',
  handoffKept:
    'Permintaan Anda ke mentor sudah kami catat. Sistem kami sedang gangguan, jadi permintaan ini masuk antrean dan diteruskan ke mentor begitu sistem pulih. Balasan mentor akan dikirim ke chat ini.',
  deleteConfirm:
    'Hapus semua data Anda? Pertanyaan, jawaban, penilaian, pertanyaan ke mentor, dan persetujuan Anda akan dihapus dan tidak bisa dikembalikan.',
  deleteYes: '🗑 Ya, hapus',
  deleteNo: 'Batal',
  deleteDone:
    'Semua data Anda sudah dihapus ({count} catatan). Persetujuan Anda juga dicabut; bila Anda bertanya lagi, saya akan meminta persetujuan dulu.',
  deleteNothing: 'Tidak ada data Anda yang tersimpan. Persetujuan (bila ada) sudah dicabut.',
  deleteCancelled: 'Baik, tidak ada yang dihapus.',
  privateOnly: 'Perintah ini hanya bisa dipakai di chat pribadi dengan saya, demi privasi Anda.',
  sentraAsk:
    'Sebutkan tempat dan/atau produknya, misalnya "tas di Sidoarjo" atau "tenun di Lampung". Atau kirim lokasi Anda untuk mencari sentra terdekat.',
  sentraLocationButton: '📍 Kirim lokasi saya',
  sentraSearching: '🔎 Saya carikan di direktori sentra…',
  sentraNearby: 'sekitar lokasi Anda',
  sentraNotFound:
    'Saya tidak menemukan sentra untuk "{words}" di direktori. Coba sebut produk dan/atau kabupaten/kota, misalnya "/sentra tas di Sidoarjo", atau kirim /sentra lalu bagikan lokasi Anda.',
  criteriaStart:
    'Cek kriteria sentra IKM. Saya akan menanyakan beberapa hal; ketik /batal untuk berhenti.\n\nBerapa jumlah rumah tangga (KK) di desa itu?',
  criteriaSimilar: 'Berapa usaha sejenis (yang membuat produk yang sama) di desa itu?',
  criteriaVillage: 'Apakah usaha-usaha itu berada dalam satu desa/kelurahan?',
  criteriaGuidance:
    'Apakah sudah ada kelompok/koperasi atau pembinaan dari dinas, kementerian, atau lembaga?',
  criteriaKnown:
    'Apakah usaha di desa itu sudah dikenal masyarakat (misalnya sebagai kampung penghasil produk itu)?',
  criteriaNumber: 'Mohon tulis angkanya saja, misalnya 500. Ketik /batal untuk berhenti.',
  yes: 'Ya',
  no: 'Tidak',
  unknown: 'Tidak tahu',
  cancelled: 'Baik, dihentikan.',
  nothingToCancel: 'Tidak ada yang sedang berjalan.',
  signInLink: 'Tautan masuk ruang kerja mentor (sekali pakai, segera kedaluwarsa):\n{link}',
  signInRefused: 'Maaf, perintah ini khusus untuk mentor yang terdaftar.',
  signInUnavailable: 'Maaf, ruang kerja mentor belum tersedia di layanan ini.',
  unsupported:
    'Maaf, saya baru bisa membaca pesan teks. {kind} belum bisa saya baca; silakan tulis pertanyaan Anda dengan kata-kata.',
  kindPhoto: 'Foto',
  kindVoice: 'Pesan suara',
  kindAudio: 'Audio',
  kindVideo: 'Video',
  kindSticker: 'Stiker',
  kindDocument: 'Dokumen',
  kindAnimation: 'GIF',
  kindContact: 'Kontak',
  kindLocation: 'Lokasi (di luar /sentra)',
  kindPoll: 'Polling',
  kindOther: 'Jenis pesan ini',
  edited:
    'Saya tidak membaca pesan yang disunting. Bila pertanyaannya berubah, kirim ulang sebagai pesan baru.',
  rateDeferred:
    'Pelan-pelan ya 🙏 Pesan Anda saya jawab berurutan, yang berikutnya sekitar {seconds} detik lagi.',
  rateRefused:
    'Terlalu banyak pesan sekaligus 🙏 Pesan ini dan yang Anda kirim dalam {seconds} detik ke depan tidak saya jawab. Setelah itu, kirim lagi pertanyaan yang penting.',
  warmingUp:
    'Sebentar ya 🙏 Saya baru saja dinyalakan dan sedang menyiapkan pengetahuan. Pesan Anda saya jawab sebentar lagi.',
  commandsStart: 'Mulai dan pemberitahuan privasi',
  commandsHelp: 'Apa yang bisa dibantu',
  commandsSentra: 'Cari sentra IKM (tempat, produk, atau lokasi)',
  commandsCriteria: 'Cek kriteria sentra IKM',
  commandsHitung: 'Hitung HPP, harga jual, titik impas, penyusutan, untung bersih, potongan marketplace',
  hitungChoose:
    'Mau hitung apa? Pilih salah satu, lalu kirim angka-angka usaha Anda. Saya hitung langkah demi langkah.',
  commandsPrivacy: 'Data apa yang disimpan',
  commandsDelete: 'Hapus semua data saya',
  commandsCancel: 'Hentikan dialog yang berjalan',
  mentorReplyHeader: 'Balasan mentor',
} as const;

export type MessageKey = keyof typeof id;
