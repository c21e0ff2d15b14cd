/** User-facing texts of the answering core, Indonesian first, English when the user writes English. */
export const MESSAGES = {
  id: {
    unknown:
      'Maaf, saya belum tahu jawaban yang pasti untuk pertanyaan ini. Pertanyaan Anda sudah dicatat dan akan diteruskan ke mentor pendamping untuk ditindaklanjuti.',
    noTerms:
      'Maaf, pertanyaannya belum cukup jelas untuk saya carikan jawabannya. Coba sebutkan hal yang ingin ditanyakan, misalnya "cara menghitung HPP" atau "syarat sentra IKM".',
    englishNote: '',
    sources: 'Sumber',
    error:
      'Maaf, terjadi gangguan saat mencari jawaban. Pertanyaan Anda sudah dicatat; silakan coba lagi sebentar lagi.',
  },
  en: {
    unknown:
      "Sorry, I don't know a reliable answer to this yet. Your question has been recorded and will be passed to a human mentor who will follow up.",
    noTerms:
      'Sorry, the question is not specific enough for me to search. Try naming what you want to know, e.g. "how to calculate production cost".',
    englishNote: 'Our knowledge base is written in Indonesian; here is what it says:\n',
    sources: 'Sources',
    error:
      'Sorry, something went wrong while looking for an answer. Your question has been recorded; please try again shortly.',
  },
} as const;

export type Language = keyof typeof MESSAGES;
