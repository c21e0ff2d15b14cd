import { type Figure, scanFigures, UNIT_NOUNS } from './figures.ts';
import {
  type Basis,
  basisNear,
  frameOf,
  type Label,
  type LabelHit,
  labelsIn,
  nearestLabel,
  SHARE,
} from './labels.ts';
import { namePhrase } from './names.ts';
import type { Lang } from './numbers.ts';

export type Intent = 'hpp' | 'harga' | 'impas' | 'susut';

/** A money figure with what it is for and the period it covers, as read from the artisan's words. */
export interface Item {
  label: Label;
  words: string;
  amount: number;
  basis?: Basis;
  text: string;
  detail?: string;
  /** "mesin 12 jt umur 5 tahun": the lifespan in months, for depreciation. */
  lifespanMonths?: number;
  each?: Figure['each'];
}

export interface PercentItem {
  label: Label;
  bp: number;
  text: string;
  of?: 'price' | 'cost';
}

export interface Ambiguity {
  label?: Label;
  text: string;
  words?: string;
  candidates: number[];
  /** The amount is clear but nothing says what it is for ("trus ada 300rb lagi"): asked, never dropped. */
  unnamed?: boolean;
}

/** Everything one message says about money, before any calculator runs. */
export interface MoneyFacts {
  intent?: Intent;
  items: Item[];
  percents: PercentItem[];
  units?: { value: number; noun?: string; sold?: boolean };
  unitsSold?: number;
  ambiguous: Ambiguity[];
  /** Labels the artisan said are zero ("overhead gak ada"). */
  zero: Label[];
  frame?: Basis;
  /** Unlabelled figures, to fill what an earlier turn asked for. */
  loose: Figure[];
  noun?: string;
}

const IMPAS =
  /\b(bep|impas|break[- ]?even|balik modal|titik impas|harus (laku|terjual)|minimal (laku|terjual)|how many .{0,20}(sell|sold))\b/;
const HARGA =
  /\b(harga jual\w*|harga (eceran|reseller|grosir)|(di)?jual (berapa|brp|brapa)|pasang harga|patok harga|selling price|what price|price should|markup|mark[- ]up|margin|rugi|untung (berapa|brp)|(uang|duit) yang (saya |aku |sy )?terima|terima (berapa|brp)|harga ?(nya)? (berapa|brp)|how much should i (sell|charge)|charge)\b/;
const HPP =
  /\b(hpp\w*|harga pokok|biaya produksi|ongkos produksi|modal per|cost per (unit|bag|item|piece|jar|pack|bottle)|unit cost|production cost|cogs)\b/;

/**
 * A question that asks for depreciation itself ("berapa biaya penyusutan mesin", "penyusutannya brp",
 * "how much depreciation"), not one that gives it as a cost of something else. The words between
 * "penyusutan" and "berapa" must not name another calculation ("penyusutan 200rb, hpp berapa?"); in
 * English a figure between them is one given ("depreciation 200k a month").
 */
const SUSUT = [
  /\b(berapa|brp|brapa|hitung(kan|lah)?|menghitung|ngitung|itung)\s+(biaya\s+|besar(nya)?\s+|nilai\s+|uang\s+)?(penyusutan|susut)(nya)?\b/,
  /\b(penyusutan|susut\s+mesin)(nya)?\b((?!hpp|harga|modal|untung|laba|jual|bep|impas)(\.(?=\d)|[^.?!;])){0,60}?\b(berapa|brp|brapa)\b/,
  /\b(how much|calculate|work out)\s+(is\s+|the\s+|my\s+)*(machine\s+|equipment\s+)?depreciation\b/,
  /\bdepreciation\b((?!cost per|price|break)[^.?!;\d]){0,60}?\b(per month|a month|monthly|each month|how much)\b/,
];

const PER_HEAD =
  /^\s*(?:per|\/|tiap|setiap|masing-masing|each)\s*-?\s*(?:orang|org|pekerja|penjahit|karyawan|tukang|person|worker)\b/i;

/** A monthly figure for upkeep or depreciation of a machine is overhead, not the machine's price. */
const UPKEEP = /\b(penyusutan|susut|perawatan|servis|service|maintenance|depreciation|upkeep)\b/i;

/** The last phrase of the words before an amount ("hpp kerupuk: tapioka " -> " tapioka "). */
const lastPhrase = (text: string) => text.split(/[:()]|\.\s/).at(-1) ?? '';

/** Informal reduplication ("rata2", "kira2") would otherwise read as the figure 2. */
export const normalise = (text: string) => text.replace(/\b([a-z]{2,})2\b/gi, '$1-$1');

const boundaries = (text: string) => [
  -1,
  ...[...text.matchAll(/[;?!\n]|,(?!\d)|\.(?=\s|$)/g)].map((m) => m.index!),
  text.length,
];

const ZERO =
  /\b([a-z ]{0,30}?)\s*(?:nya)?\s*(?:gak|ga|nggak|ngga|tidak|tak|enggak|gk|g)\s+ada\b|\b(?:tidak|tak|gak|ga|nggak|no|tanpa|without)\s+(?:ada\s+)?([a-z ]{2,30})/gi;

/** "20 kursi sebulan", "sebulan 200 bungkus": an output counted by the month. */
const monthlyCount = (text: string, f: Figure) =>
  /^\s*(sebulan|per ?bulan|tiap bulan|\/ ?bulan|a month|per month)\b/i.test(text.slice(f.end, f.end + 16)) ||
  /\b(sebulan|per ?bulan|tiap bulan|a month|per month)\s*(bikin|buat|produksi|jadi|dapat|dapet|sekitar|kira-kira)?\s*$/i.test(
    text.slice(Math.max(0, f.start - 24), f.start),
  );

const LEAD =
  /^(?:\s|[,:;+]|\b(?:kalau|kalo|klo|jika|bila|if|dan|sama|sm|terus|trus|lalu|and|plus|untuk|utk|buat|hitung|hpp|dong|ya|is|are|my|the)\b)+/i;
const TRAIL =
  /(?:\s|[,:;=]|\b(?:nya|adalah|sebesar|senilai|is|are|was|itu|per|tiap|setiap|se|sebulan|bulan|tas|unit)\b|-nya)+$/i;

/** The artisan's own words for a figure ("listrik dan sewa"), else just the label word that matched. */
function wordsFor(near: string, hit: LabelHit): string {
  const label = hit.words;
  const first = labelsIn(near)
    .filter((h) => h.label === hit.label)
    .sort((a, b) => a.at - b.at)[0];
  const words = near
    .slice(first?.at ?? 0)
    .replace(LEAD, '')
    .replace(TRAIL, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 0 && words.length <= 32 && words.toLowerCase().includes(label.toLowerCase().trim())
    ? words
    : label.trim();
}

export function detectIntent(
  text: string,
  facts: Pick<MoneyFacts, 'items' | 'percents'>,
): Intent | undefined {
  const q = text.toLowerCase();
  // "... masukkan ke HPP": depreciation asked for wins over the HPP it is meant for
  if (facts.items.some((i) => i.label === 'machine') && SUSUT.some((re) => re.test(q))) return 'susut';
  if (IMPAS.test(q)) return 'impas';
  // "hpp nya 300rb, mau untung 30%": an HPP that is given is not an HPP that is asked for
  const hppGiven = facts.items.some(
    (i) => (i.label === 'hpp' || i.label === 'cost') && (!i.basis || i.basis === 'unit'),
  );
  if (hppGiven && !HARGA.test(q))
    return facts.percents.length > 0 || facts.items.some((i) => i.label === 'price') ? 'harga' : undefined;
  const priceFigures =
    facts.items.some((i) => ['hpp', 'cost', 'price', 'retail'].includes(i.label)) ||
    facts.percents.length > 0;
  if (HARGA.test(q) && (priceFigures || !HPP.test(q))) return 'harga';
  if (HPP.test(q)) return 'hpp';
  return undefined;
}

/** Reads one message into labelled figures; no calculator runs here and nothing is assumed. */
export function readMoneyFacts(raw: string, lang: Lang): MoneyFacts {
  const text = normalise(raw);
  const figures = scanFigures(text, lang);
  const cuts = boundaries(text);
  const clauseOf = (at: number) => {
    let start = 0;
    let end = text.length;
    for (const c of cuts) {
      if (c < at) start = c + 1;
      else {
        end = c;
        break;
      }
    }
    return { start, end };
  };
  const facts: MoneyFacts = { items: [], percents: [], ambiguous: [], zero: [], loose: [] };
  const firstMoney = figures.find((f) => f.kind === 'money' || f.kind === 'ambiguous')?.start ?? text.length;
  const framePart = text
    .slice(0, firstMoney)
    .replace(/\d+\s*(tas|bungkus|toples|pcs|buah|unit)\s*(sebulan|per ?bulan)?/gi, ' ');
  facts.frame = frameOf(framePart);
  for (let n = 0; n < figures.length; n++) {
    const f = figures[n]!;
    const clause = clauseOf(f.start);
    const prevEnd = Math.max(clause.start, figures[n - 1]?.end ?? 0);
    const nextStart = Math.min(clause.end, figures[n + 1]?.start ?? text.length);
    // labels may sit before earlier figures of the same clause ("upah 2 orang 180rb"), never past a cut
    const blanked = (from: number, to: number) => {
      let part = text.slice(from, to);
      for (const g of figures) {
        if (g !== f && g.start >= from && g.end <= to)
          part = part.slice(0, g.start - from) + ' '.repeat(g.end - g.start) + part.slice(g.end - from);
      }
      return part;
    };
    const before = blanked(clause.start, f.start);
    const after = text.slice(f.end, nextStart);
    const near = text.slice(prevEnd, f.start);
    if (f.kind === 'percent') {
      const hit = nearestLabel(before, after, (l) =>
        ['markup', 'margin', 'fee', 'reseller', 'discount', 'price', 'retail'].includes(l),
      );
      const of = /^\s*(dari|of|on)\s+(the\s+)?(harga|price|selling|omzet|penjualan|sales)/i.test(after)
        ? 'price'
        : /^\s*(dari|of|on)\s+(the\s+)?(biaya|modal|hpp|cost|total)/i.test(after)
          ? 'cost'
          : undefined;
      const label = hit && !['price', 'retail'].includes(hit.label) ? hit.label : 'markup';
      facts.percents.push({ label, bp: f.value, text: f.text, ...(of ? { of } : {}) });
      continue;
    }
    if (f.kind === 'count' || f.kind === 'bare') {
      const hit = nearestLabel(near, '', (l) => l === 'sold' || l === 'made');
      const sold = hit?.label === 'sold' || /\b(terjual|laku|sold|sell)\b/i.test(near);
      if (f.kind === 'count') {
        if (sold) facts.unitsSold = f.value;
        if (!sold || !facts.units) facts.units = { value: f.value, noun: f.noun, sold };
        facts.noun ??= f.noun;
        continue;
      }
      if (hit) {
        if (sold) facts.unitsSold = f.value;
        else facts.units = { value: f.value };
        continue;
      }
    }
    if (f.kind === 'duration') {
      const machine = [...facts.items].reverse().find((i) => i.label === 'machine' && !i.lifespanMonths);
      if (machine) machine.lifespanMonths = f.value;
      else facts.loose.push(f);
      continue;
    }
    if (f.kind === 'people' || f.kind === 'measure') continue;
    const moneyLabels = (l: Label) =>
      !['fee', 'reseller', 'discount', 'margin', 'markup', 'sold', 'made'].includes(l);
    // The words right before an amount name it ("hpp kerupuk: tapioka 1jt" is tapioka, not an HPP); a
    // name outside the label lexicon ("pisang", "malam", "kedelai") is still a cost line.
    const nameNear = namePhrase(near);
    const name = nameNear || namePhrase(before);
    const named = name ? nearestLabel(lastPhrase(nameNear ? near : before), '', moneyLabels) : undefined;
    // "2 penjahit @ 2,25 jt": the counted noun says what the money is for
    // A name the lexicon lacks ("yg bantu") may still sit in a phrase that says it pays people ("bayar 1 org").
    let own = name
      ? (named ?? nearestLabel(before, '', (l) => l === 'labour'))
      : nearestLabel(before, after, moneyLabels);
    if (own && own.label === 'machine' && UPKEEP.test(name)) own = { ...own, label: 'overhead' };
    const eachHit = f.each?.noun ? nearestLabel(f.each.noun, '', moneyLabels) : undefined;
    const unlisted: LabelHit | undefined =
      !own && !eachHit && name ? { label: 'materials', at: 0, end: 0, words: name } : undefined;
    const hit = own ?? eachHit ?? unlisted;
    if (f.kind === 'ambiguous' || (f.kind === 'bare' && hit && f.value > 0 && f.value < 1000)) {
      facts.ambiguous.push({
        text: f.text,
        words: hit?.words,
        label: hit?.label,
        candidates: f.kind === 'bare' ? [f.value * 1000, f.value] : (f.candidates ?? []),
      });
      continue;
    }
    if (!hit) {
      facts.loose.push(f);
      continue;
    }
    // "upah 2 penjahit 2jt per orang": the wage of each of the people counted before it, not a cost per product
    const perHead = PER_HEAD.exec(after);
    const people = perHead
      ? [...figures.slice(0, n)]
          .reverse()
          .find((g) => g.start >= clause.start && (g.kind === 'people' || g.kind === 'bare') && g.value > 0)
      : undefined;
    const basis = basisNear(people ? after.slice(perHead![0].length) : after, near);
    if (people && !f.each) {
      f.each = { count: people.value, amount: f.value, noun: people.noun ?? 'orang' };
      f.value *= people.value;
      facts.ambiguous = facts.ambiguous.filter((a) => a.text !== people.text);
    }
    const item: Item = {
      label: hit.label,
      words: unlisted ? unlisted.words : own ? wordsFor(near, own) : '',
      amount: f.value,
      text: f.text,
      ...(basis ? { basis } : {}),
    };
    if (f.each) item.each = f.each;
    // "sewa rumah 18 juta setahun, separuh dipakai bengkel": the share may follow in the next clause
    if (
      /sewa|rent/i.test(hit.words) &&
      SHARE.test(text.slice(clause.start, Math.min(text.length, clause.end + 40)))
    )
      item.detail = 'half';
    facts.items.push(item);
  }
  for (const m of text.matchAll(ZERO)) {
    const words = (m[1] ?? m[2] ?? '').trim();
    const hit = nearestLabel(words, '');
    if (hit) facts.zero.push(hit.label);
  }
  facts.noun ??= /(?:\bper|\/|\btiap|\bsetiap)\s*-?\s*([a-z]+)/i
    .exec(text)?.[1]
    ?.toLowerCase()
    .match(UNIT_NOUNS)?.[0];
  facts.noun ??= UNIT_NOUNS.exec(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => UNIT_NOUNS.test(w) && !/^(kain|produk|products|item|items|label)$/.test(w)) ?? '',
  )?.[0];
  // "bahan 200rb sekali goreng, upah 50rb": when the artisan dates some production costs by period and none
  // per unit, the undated ones are read the same way.
  const production = facts.items.filter((i) => i.label === 'materials' || i.label === 'labour');
  if (!facts.frame && !production.some((i) => i.basis === 'unit')) {
    const dated = production.find((i) => i.basis === 'batch' || i.basis === 'month');
    if (dated) facts.frame = dated.basis;
    // "kursi rotan 20 kursi sebulan: rotan 3jt, ...": a story that opens with the month's output and then lists
    // costs, none per unit, lists the month's costs
    else if (
      production.length > 0 &&
      figures.some((f) => f.kind === 'count' && f.start < firstMoney && monthlyCount(text, f))
    )
      facts.frame = 'month';
  }
  if (lang === 'en' && facts.noun && facts.noun !== 'pcs')
    facts.noun = facts.noun
      .replace(/ies$/, 'y')
      .replace(/(x|ch|sh)es$/, '$1')
      .replace(/([^s])s$/, '$1');
  facts.intent = detectIntent(text, facts);
  return facts;
}
