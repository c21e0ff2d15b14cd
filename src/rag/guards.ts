/**
 * Questions the knowledge base cannot answer by its nature: it is a curated set of documents with
 * dates, not a live feed, so today's prices, rates and fees are never in it. Saying so beats
 * quoting an old figure as if it were current.
 */
const LIVE_TIME =
  /\b(hari ini|saat ini|sekarang|skrg|skrang|terkini|terbaru|minggu ini|bulan ini|tahun ini|per hari ini|today|current(ly)?|right now|this (week|month|year)|latest)\b/i;
const LIVE_VALUE =
  /\b(harga|harganya|tarif|tarifnya|biaya|biayanya|bunga|bunganya|suku bunga|kurs|ongkos|fee|fees|price|prices|rate|rates|cost|costs|charge|charges)\b/i;

export function asksForLiveFigure(question: string): boolean {
  return LIVE_TIME.test(question) && LIVE_VALUE.test(question);
}

/** Contact details are never in the knowledge base (no phone numbers, e-mail or addresses of people). */
const CONTACT =
  /\b(no(mor)?\.? ?(telp|telepon|hp|wa|whatsapp)|nomor (telepon|hp|wa|whatsapp|kontak)|kontak(nya)?|phone number|alamat email|(minta|kasih|bagi|tau|tahu|what is|what's)\s+(\w+\s+)?e-?mail(nya)?|e-?mail\s?(nya)?\s+(apa|berapa|brp|dong|ada|dmn|di ?mana|address))\b/i;
// An e-mail only mentioned ("blm ada email balasan") asks for no contact: it is one when asked for.

/** "... daerah mana? biar sy cari kontak pemasoknya": what the asker will do with the answer asks us nothing. */
const PURPOSE = /\b(biar|supaya|agar|so that|so (?:i|we) can)\b[^.?!]*/gi;

export function asksForContact(question: string): boolean {
  return CONTACT.test(question.replace(PURPOSE, ' '));
}

const GREETING =
  /^(halo|hallo|hai|hi|hello|hey|selamat (pagi|siang|sore|malam)|assalamu'?alaikum|permisi|tes|test|p|pagi|siang|sore|malam)\b[\s!.,?]*(min|kak|pak|bu|mas|mbak|bot|semua)?[\s!.,?]*$/i;
const THANKS =
  /^((terima ?kasih|makasih|makasi|trims|thanks|thank you|tq|thx)( (ya|banyak|banget|sekali|min|kak|pak|bu|mas|mbak|infonya|atas (info|infonya|jawabannya|bantuannya)))*|(oke|ok|siap|sip|mantap|baik)( (kak|min|pak|bu|mas|mbak))?)[\s!.,?]*$/i;

/** Greetings and thanks get a friendly reply, not a "belum tahu" and a hand-off. */
export function smallTalk(question: string): 'greeting' | 'thanks' | undefined {
  const q = question.trim();
  if (GREETING.test(q)) return 'greeting';
  if (THANKS.test(q)) return 'thanks';
  return undefined;
}
