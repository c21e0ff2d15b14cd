import { createAreaIndex } from '../directory/areas.ts';
import { analyze } from './analyze.ts';

/** The compass words of place names ("Jawa Timur", "Nusa Tenggara Barat", "Papua Barat Daya"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(
  'barat timur utara selatan tengah tenggara laut daya'.split(' '),
);

/**
 * Words that name no place on their own ("Kota Baru", "Jawa Timur", "Daerah Istimewa Yogyakarta", "Tanah
 * Datar", "Lima Puluh Kota"): "daerah mana?", "tanah liat" and "lima orang" ask about no place.
 */
const GENERIC = new Set([
  ...COMPASS_WORDS,
  ...'kota kabupaten kab kepulauan pulau raya baru lama jaya besar kecil ilir ulu hulu hilir darat gunung sungai air batu tanjung muara kuala teluk pasar kampung desa induk makmur sari indah mulya mulia agung daerah istimewa khusus ibukota tanah lima puluh'.split(
    ' ',
  ),
]);

let cached: ReadonlySet<string> | undefined;

/**
 * Index terms of Indonesia's provinces, regencies and districts (idn-area-data): the place a user
 * tells in a story ("usaha tenun saya di Sumba") is where they are, not what they ask about.
 * Words the knowledge's own topics use are left out by the caller.
 */
export function placeTerms(): ReadonlySet<string> {
  if (cached) return cached;
  const areas = createAreaIndex();
  const out = new Set<string>();
  for (const area of [...areas.provinces, ...areas.regencies])
    for (const term of analyze(area.name)) if (!GENERIC.has(term) && term.length > 3) out.add(term);
  cached = out;
  return out;
}
