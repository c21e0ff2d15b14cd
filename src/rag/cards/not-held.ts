import type { StoredCard } from '../../db/cards-repo.ts';
import { splitSentences } from '../sentences.ts';

/**
 * A card that answers by saying the knowledge does not hold what is asked: its first sentence (after
 * a bare "Tidak.") says so. Such a card is an honest "belum tahu", with a pointer to where to ask.
 */
const NOT_HELD_OPENING =
  /^(tidak\.\s+)?(basis pengetahuan|pendamping ikm|dokumen|sumber|berita)( ini| tersebut)? (juga )?(sengaja )?(tidak|belum) (memuat|merinci|menyebut|mencantumkan|menyimpan|punya|memiliki|menjawab|melayani|membahas)/i;
/** Anywhere in the first sentence: "..., dan basis pengetahuan ini tidak memuat angkanya." */
const NOT_HELD_ANYWHERE =
  /\b(basis pengetahuan|pendamping ikm)( ini)? (juga )?(tidak|belum) (memuat|menyimpan|menyebut|punya|mencantumkan)/i;

export function saysNotHeld(card: Pick<StoredCard, 'jawab'>): boolean {
  const text = card.jawab.trim();
  const first = splitSentences(text.replace(/^tidak\.\s+/i, ''))[0] ?? text;
  return NOT_HELD_OPENING.test(text) || NOT_HELD_ANYWHERE.test(first);
}
