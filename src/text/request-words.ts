/**
 * Words that ask for help without saying what about: "ada solusi gak?", "saran kakak gmn?", "any tips?".
 * A card's chat variant may happen to use one ("solusinya?"), which makes it rare among the cards; yet
 * it tells no topic apart, so the card matcher weighs it less (card.request-words) and it does not make
 * an asking sentence specific. So do words that ask for the usual measure without naming what of
 * ("idealnya brp persen", "wajarnya", "normally"): "dp idealnya brp persen" and "diskon reseller
 * idealnya brp persen" share them and nothing else. Surface words in Indonesian, chat and English;
 * matched after analysis.
 */
export const REQUEST_WORDS: readonly string[] = [
  'solusi',
  'solusinya',
  'saran',
  'sarannya',
  'tips',
  'tip',
  'trik',
  'rekomendasi',
  'solution',
  'solutions',
  'advice',
  'suggestion',
  'suggestions',
  'recommendation',
  'help',
  'ideal',
  'idealnya',
  'wajar',
  'wajarnya',
  'normal',
  'normalnya',
  'normally',
  'typically',
  'ideally',
];
