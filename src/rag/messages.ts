/**
 * User-facing texts of the answering core, Indonesian first, English when the user writes English.
 * A decline says only what the core knows; whether a mentor follows up is said by the channel that
 * did (or did not) pass the question on: `passedOn` in the bot after a hand-off, `noMentorHere` in
 * the terminal.
 */
export const MESSAGES = {
  id: {
    unknown: 'Maaf, saya belum tahu jawaban yang pasti untuk pertanyaan ini.',
    noTerms:
      'Maaf, pertanyaannya belum cukup jelas untuk saya carikan jawabannya. Coba sebutkan hal yang ingin ditanyakan, misalnya "cara menghitung HPP" atau "syarat sentra IKM".',
    englishNote: '',
    greeting:
      'Halo! Saya Pendamping IKM. Silakan tanya soal pembukuan dan harga jual, merek, kemasan dan label, pemasaran, atau program sentra IKM. Contoh: "gimana cara ngitung HPP tas kulit?" atau "desa kami ada 500 KK, 120 bikin tas, bisa jadi sentra?"',
    thanks: 'Sama-sama! Semoga usahanya lancar. Kalau ada pertanyaan lain, tulis saja.',
    liveFigure:
      'Maaf, saya tidak punya data harga, tarif, atau suku bunga terkini: pengetahuan saya berupa dokumen bertanggal, bukan data harian. Tanyakan langsung ke penjual, bank, atau dinas terkait.',
    contact:
      'Maaf, saya tidak menyimpan nomor telepon atau kontak pribadi. Hubungi Dinas Perindustrian setempat untuk kontak resmi.',
    noFigure: 'Maaf, saya belum punya angka pasti untuk pertanyaan ini dan tidak mau menebak.',
    clarify: 'Maksudnya yang mana? Pilih salah satu:',
    passedOn: 'Pertanyaan Anda sudah diteruskan ke mentor pendamping.',
    noMentorHere:
      'Dari terminal pertanyaan ini tidak diteruskan ke mentor; tanyakan lewat bot Telegram Pendamping IKM bila ingin dijawab mentor.',
    clarifyElse: 'Kalau bukan semuanya, tulis pertanyaannya dengan kata lain, atau minta dijawab mentor.',
    sources: 'Sumber',
    error:
      'Maaf, terjadi gangguan saat mencari jawaban. Pertanyaan Anda sudah dicatat; silakan coba lagi sebentar lagi.',
  },
  en: {
    unknown: "Sorry, I don't know a reliable answer to this yet.",
    noTerms:
      'Sorry, the question is not specific enough for me to search. Try naming what you want to know, e.g. "how to calculate production cost".',
    englishNote: 'Our knowledge base is written in Indonesian; here is what it says:\n',
    greeting:
      'Hello! I am Pendamping IKM. Ask me about bookkeeping and pricing, brands, packaging and labels, marketing, or the sentra IKM programmes.',
    thanks: "You're welcome! Good luck with your business.",
    liveFigure:
      'Sorry, I have no current prices, fees or interest rates: my knowledge is a set of dated documents, not a daily feed. Please ask the seller, bank or local office directly.',
    contact:
      "Sorry, I don't keep phone numbers or personal contacts. Please contact the local industry office (Dinas Perindustrian).",
    noFigure: "Sorry, I don't have a reliable figure for this and won't guess.",
    clarify: 'Which one do you mean? Pick one:',
    passedOn: 'Your question has been passed to a human mentor.',
    noMentorHere:
      'From the terminal this question is not passed to a mentor; ask the Pendamping IKM Telegram bot if you want a mentor to answer.',
    clarifyElse: 'If none of these, ask in other words, or ask for a human mentor.',
    sources: 'Sources',
    error:
      'Sorry, something went wrong while looking for an answer. Your question has been recorded; please try again shortly.',
  },
} as const;

export type Language = keyof typeof MESSAGES;
