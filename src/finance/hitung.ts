import type { Figure } from './figures.ts';
import type { Label } from './labels.ts';
import { formatWorked, isHitungAnswer } from './format.ts';
import { guideKind } from './guide.ts';
import { standardWords } from '../text/lexicon.ts';
import type { Lang } from './numbers.ts';
import {
  asksPayback,
  detectIntent,
  type Intent,
  type Item,
  type MoneyFacts,
  readMoneyFacts,
} from './read.ts';
import { behaviour, solve, TO_COVER, type Worked } from './solve.ts';

/** One earlier exchange, as `AnswerRequest.history` holds it. */
export interface Turn {
  question: string;
  answer: string;
}

const GENERIC =
  /^(bahan( baku)?|biaya bahan|overhead|tenaga kerja|upah|gaji|biaya (tetap|variabel|operasional)|harga( jual)?|hpp|materials?|labou?r|fixed|variable)$/i;

/** "pisangnya" is the "pisang" said before; "kulit sapi" is not "kulit domba". */
const bareName = (words: string) =>
  words
    .toLowerCase()
    .replace(/-?nya\b/g, '')
    .replace(/^(eh|oh|maaf|jadi)\s+/, '')
    .trim();
const sameName = (a: string, b: string) => bareName(a) === bareName(b);

/**
 * "kalo harganya aku naikin jd 40rb" after a price of 35rb: the artisan's product has one selling price, so a
 * new own price replaces the old one whatever words say it (someone else's price is a separate figure).
 */
const onePerProduct = (n: Item, old: Item) =>
  (n.label === 'price' || n.label === 'retail') && !n.market && !old.market && !n.pack && !old.pack;

/**
 * Later figures win: a new "kulit" replaces the old "kulit"; a generic "bahan" replaces every material.
 * A new quantity ("kalau bikin 300?") keeps what each earlier cost was said for, so that the costs that grow
 * with the quantity are scaled and the others are not; "itu per minggu" re-reads an earlier figure's period.
 */
function merge(base: MoneyFacts, next: MoneyFacts): MoneyFacts {
  const quantityChanged =
    next.whatIf === true &&
    base.units !== undefined &&
    next.units !== undefined &&
    next.units.value !== base.units.value;
  if (quantityChanged)
    for (const item of base.items)
      if (item.forUnits === undefined && behaviour(item, base.frame) === 'variable' && item.basis !== 'unit')
        item.forUnits = base.units!.value;
  if (next.rebasis) {
    const { words, basis } = next.rebasis;
    // "itu per minggu" re-reads the one figure it can mean; with several, it asks which one
    const target = words
      ? base.items.find((i) => sameName(i.words, words))
      : base.items.length === 1
        ? base.items[0]
        : undefined;
    if (target) target.basis = basis;
    else if (!words) next.ambiguous.push({ text: next.rebasis.said, candidates: [], which: true });
  }
  // "kulitnya 3,5jt" after "kalau 45?" corrects the kulit said for 30: it keeps the quantity it was said for
  for (const n of next.items) {
    const old = base.items.find((o) => o.label === n.label && sameName(n.words, o.words));
    if (old?.forUnits && n.basis !== 'unit' && n.forUnits === undefined) n.forUnits = old.forUnits;
  }
  // "biar untung sy tetep 18rb" after "mau ambil untung 40%": a new profit target replaces the old one,
  // whether each is a percentage or an amount
  const isTarget = (l: Label) => l === 'markup' || l === 'margin';
  const newTarget = next.percents.some((p) => isTarget(p.label)) || next.items.some((i) => isTarget(i.label));
  // "jual 25rb aja, marginnya brp?" after a price worked out from a markup: the percentage asked is that of
  // the price now said, not the target the earlier price was worked from
  const shareOfNewPrice =
    next.percentAsked !== undefined &&
    next.items.some((i) => (i.label === 'price' || i.label === 'retail') && !i.market);
  if (newTarget || shareOfNewPrice) {
    base = {
      ...base,
      items: base.items.filter((i) => !isTarget(i.label)),
      percents: base.percents.filter((p) => !isTarget(p.label)),
    };
  }
  const items = base.items.filter(
    (old) =>
      !next.items.some(
        (n) =>
          n.label === old.label &&
          (sameName(n.words, old.words) || GENERIC.test(n.words) || onePerProduct(n, old)),
      ),
  );
  const percents = base.percents.filter((old) => !next.percents.some((n) => n.label === old.label));
  return {
    intent: next.intent ?? base.intent,
    items: [...items, ...next.items],
    percents: [...percents, ...next.percents],
    units: next.units ?? base.units,
    unitsSold: next.unitsSold ?? base.unitsSold,
    ...((next.unitsSold !== undefined ? next.sales : base.sales)
      ? { sales: next.unitsSold !== undefined ? next.sales : base.sales }
      : {}),
    ...(next.asksGross || base.asksGross ? { asksGross: true } : {}),
    ...(next.asksNet || base.asksNet ? { asksNet: true } : {}),
    ...(next.asksShare ? { asksShare: true } : {}),
    // what this message asks of the figures: the order's total, one unit's profit, the year's depreciation
    ...(next.orderAsked ? { orderAsked: next.orderAsked } : {}),
    ...(next.asksPerUnit ? { asksPerUnit: true } : {}),
    ...(next.perYearAsked ? { perYearAsked: true } : {}),
    // "margin nya brp?" after a price was checked: the percentage this message asks leads
    ...(next.percentAsked ? { percentAsked: next.percentAsked } : {}),
    ...((next.paybackIn ?? base.paybackIn) ? { paybackIn: next.paybackIn ?? base.paybackIn } : {}),
    ...((next.batches ?? base.batches) ? { batches: next.batches ?? base.batches } : {}),
    ambiguous: next.ambiguous,
    zero: [...base.zero.filter((z) => !next.items.some((i) => i.label === z)), ...next.zero],
    frame: next.frame ?? base.frame,
    ...(next.roleReply ? { roleReply: next.roleReply } : {}),
    loose: next.loose,
    noun: base.noun ?? next.noun,
    // "harga jualnya brp?" still stands when the next turn only gives a figure, not when it asks a percentage
    ...(next.asksPrice || (base.asksPrice && !next.percentAsked) ? { asksPrice: true } : {}),
  };
}

/** A bare figure in a reply fills what the previous answer asked for, in the order it was asked. */
function fillLoose(facts: MoneyFacts, asked: Worked, lang: Lang): MoneyFacts {
  // "sudah termasuk" / "di luar HPP": the amounts asked about leave the calculation or become operating costs
  if (facts.roleReply) {
    const roles = asked.ambiguous.filter((a) => a.role);
    const isAsked = (i: Item) => roles.some((a) => a.text === i.text && a.candidates[0] === i.amount);
    facts.items =
      facts.roleReply === 'included'
        ? facts.items.filter((i) => !isAsked(i))
        : facts.items.map((i) => (isAsked(i) ? { ...i, label: 'opcost' as const } : i));
    delete facts.roleReply;
  }
  // what a result said it left out ("belum termasuk upah") is filled like what was asked for
  const order = [...asked.missing, ...(asked.notIncluded ?? [])];
  const used = new Set<Figure>();
  // A figure that was asked back ("150" untuk kulit) is answered first, keeping what it was for.
  const unclear = asked.ambiguous.filter((a) => a.label);
  for (const f of facts.loose) {
    if (f.kind === 'money' && unclear.length > 0) {
      const a = unclear.shift()!;
      used.add(f);
      facts.items.push({ label: a.label!, words: a.words ?? a.label!, amount: f.value, text: f.text });
      continue;
    }
    if ((f.kind === 'bare' || f.kind === 'count') && order.includes('units') && !facts.units) {
      used.add(f);
      facts.units = { value: f.value };
      continue;
    }
    if (f.kind === 'duration') {
      const machine = facts.items.find((i) => i.label === 'machine' && !i.lifespanMonths);
      if (machine) machine.lifespanMonths = f.value;
      continue;
    }
    if (f.kind !== 'money') continue;
    const slot = order.find(
      (m) =>
        ['materials', 'labour', 'overhead', 'hpp', 'fixed', 'price', 'variable', 'machine'].includes(m) &&
        !facts.items.some((i) => i.label === m),
    );
    // a machine's name is said in the answer's language when it is shown ("mesin", "machine"); the other
    // figures are named in it ("upah 50rb" for a bare "50rb" sent for the wages)
    if (slot) used.add(f);
    if (slot)
      facts.items.push({
        label: slot as never,
        words: slot === 'machine' ? '' : (SLOT_WORDS[lang][slot] ?? slot),
        amount: f.value,
        text: f.text,
      });
  }
  facts.loose = facts.loose.filter((f) => !used.has(f));
  return facts;
}

/** What a bare figure sent for an asked-for slot is called in the answer. */
const SLOT_WORDS: Record<Lang, Partial<Record<string, string>>> = {
  id: {
    materials: 'bahan',
    labour: 'upah',
    overhead: 'overhead',
    hpp: 'HPP',
    fixed: 'biaya tetap',
    price: 'harga jual',
    variable: 'biaya variabel',
  },
  en: {
    materials: 'materials',
    labour: 'wages',
    overhead: 'overhead',
    hpp: 'HPP',
    fixed: 'fixed costs',
    price: 'price',
    variable: 'variable cost',
  },
};

/** An amount nothing names and no earlier question asked for is asked about, never dropped in silence. */
function askUnnamed(facts: MoneyFacts): MoneyFacts {
  const unnamed = facts.loose.filter((f) => f.kind === 'money');
  if (unnamed.length === 0) return facts;
  return {
    ...facts,
    loose: facts.loose.filter((f) => f.kind !== 'money'),
    ambiguous: [
      ...facts.ambiguous,
      ...unnamed.map((f) => ({ text: f.text, candidates: [f.value], unnamed: true })),
    ],
  };
}

export interface MoneyAnswer {
  worked: Worked;
  text: string;
  intent: Intent;
}

const OTHER_TOPIC =
  /\b(sentra|dak|kk|kepala keluarga|rumah tangga|desa|kur|pinjam\w*|kredit|cicil\w*|bunga)\b/i;

/** The closing line of an answer that asked the artisan for a missing figure. */
const ASKED_BACK = /^(?:Balas saja dengan angkanya|Just reply with the figure)/m;

const hasFigures = (f: MoneyFacts) => f.items.length > 0 || f.percents.length > 0 || f.ambiguous.length > 0;

/** A reply says something for the calculation in progress: a figure, a count, a basis, a role, a zero. */
const saysFigures = (f: MoneyFacts) =>
  hasFigures(f) ||
  f.loose.length > 0 ||
  f.units !== undefined ||
  f.unitsSold !== undefined ||
  f.batches !== undefined ||
  f.rebasis !== undefined ||
  f.roleReply !== undefined ||
  f.zero.length > 0;

/**
 * How a turn is taken when it is answered: whether it continues the calculation before it, and whether it
 * takes that calculation's calculator whatever its own words ask (a reply to our question back, a result
 * asked again).
 */
interface Taken {
  continuing: boolean;
  followsCalculator: boolean;
}

/**
 * The figures of the calculation in progress, walking back over our own turns to where it started: what
 * each of those turns was sent, oldest first, with the calculator each one asked for as it was taken then;
 * the calculator a /hitung prompt named, if one did; and the calculator the calculation runs now.
 */
function calculationSoFar(
  history: readonly Turn[],
  lang: Lang,
  taken: (at: number) => Taken,
): { chain: MoneyFacts[]; chosen?: Intent; runs?: Intent } {
  const turns: { read: MoneyFacts; at: number }[] = [];
  let chosen: Intent | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    chosen = guideKind(turn.answer);
    if (chosen) break;
    if (!isHitungAnswer(turn.answer)) break;
    const read = readMoneyFacts(turn.question, lang);
    turns.unshift({ read, at: i });
    // A turn that asked for a calculation of its own started it; one that replied to our question back or
    // built on the result before it ("sy mau ambil untung 25% dr hpp" after an HPP) went on with that one.
    if (read.intent && !taken(i).continuing) {
      // Figures sent right after a /hitung prompt belong to the calculator it named.
      chosen = i > 0 ? guideKind(history[i - 1]!.answer) : undefined;
      break;
    }
  }
  let runs: Intent | undefined;
  for (const [k, { read, at }] of turns.entries()) {
    if (k === 0 && chosen) read.intent = chosen;
    else if (runs && taken(at).followsCalculator) read.intent = undefined;
    runs = read.intent ?? runs;
  }
  return {
    chain: turns.map((t) => t.read),
    ...(chosen ? { chosen } : {}),
    ...((runs ?? chosen) ? { runs: runs ?? chosen } : {}),
  };
}

/**
 * The results a follow-up with no figures of its own may ask for again, each with the calculators whose
 * answer works it out and an example: "jd hrs jual brp?" after a price was worked out asks for that price,
 * and continues that calculation. A question of another kind ("trs cara daftar merek gmn?") asks none.
 */
export const ASKED_AGAIN: {
  result: string;
  asks: (facts: MoneyFacts) => boolean;
  workedBy: Intent[];
  example: string;
}[] = [
  { result: 'price', asks: (f) => f.intent === 'harga', workedBy: ['harga'], example: 'jd hrs jual brp?' },
  { result: 'hpp', asks: (f) => f.intent === 'hpp', workedBy: ['hpp', 'harga'], example: 'jd hpp nya brp?' },
  {
    result: 'profit',
    asks: (f) => f.intent === 'laba' || f.asksProfit === true,
    workedBy: ['harga', 'laba'],
    example: 'jd untungnya brp?',
  },
  {
    result: 'break-even',
    asks: (f) => f.intent === 'impas',
    workedBy: ['impas'],
    example: 'bep nya jd brp?',
  },
];

/** How one message stands to the conversation before it (see `Taken`), with its own figures. */
interface TurnReading extends Taken {
  current: MoneyFacts;
  /** The calculation in progress, when the previous answer was ours. */
  sofar?: ReturnType<typeof calculationSoFar>;
}

/**
 * Whether a message continues the calculation in progress or asks one of its own. A reply continues a
 * calculation only when it reads like figures for it, or asks again for the result it worked out, not a
 * new question of its own.
 */
function readTurn(
  question: string,
  lang: Lang,
  history: readonly Turn[],
  taken: (at: number) => Taken,
): TurnReading {
  const current = readMoneyFacts(question, lang);
  // Figures sent right after a /hitung prompt are for the calculator it named, whatever words they use
  // ("harga jual 450rb" is an input of the break-even, not a price question).
  const prompted = history.length > 0 ? guideKind(history[history.length - 1]!.answer) : undefined;
  if (prompted && (hasFigures(current) || current.units !== undefined)) current.intent = prompted;
  // After we asked for a figure, a labelled reply ("biaya variabel 20rb per unit") is that figure even if
  // its words suggest a calculation of their own, unless it carries everything that calculation needs.
  const last = history.at(-1);
  const ours = last !== undefined && isHitungAnswer(last.answer);
  const askedBack = last !== undefined && ASKED_BACK.test(last.answer);
  // "harga jualnya brp kalau mau untung 40%?" right after an HPP was worked out prices that HPP.
  // "eh hpp nya 250rb" after a price was worked out corrects that price's HPP; said alone it is only noted.
  const missingNow = current.intent === 'harga' ? solve(current, 'harga').missing : [];
  const onlyNoted =
    missingNow.length === 1 &&
    missingNow[0] === 'target' &&
    !current.asksPrice &&
    current.percents.length === 0 &&
    !current.items.some((i) => i.label === 'price' || i.label === 'retail');
  // "hrs laku brp botol biar modal 5jt nya balik?" after a price was checked: the payback of that price
  const paybackLacks =
    current.intent === 'impas' &&
    (current.items.some((i) => i.label === 'capital') || asksPayback(question)) &&
    solve(current, 'impas').missing.some((m) => m === 'price' || m === 'variable');
  // "klo sebulan laku 300, total untungnya brp?" after a price was checked: that price's profit for the month
  // "dijual 10rb, sebulan produksi 8 kali, untung sebulan brp?" after an HPP: a price alone is no cost of its own
  const labaLacks =
    current.intent === 'laba' &&
    current.items.every((i) => i.label === 'price' || i.label === 'retail') &&
    solve(current, 'laba').missing.some((m) => m === 'price' || m === 'revenue' || m === 'hpp');
  // "jd hrs jual brp?" after a price was worked out: that result asked again, with no figure of its own
  const sofar = ours ? calculationSoFar(history, lang, taken) : undefined;
  const runs = sofar?.runs;
  // Only a result worked out from figures can be asked again: a card's "mau hitung bareng?" offer worked out
  // nothing ("gmn cara nentuin harga jual?" then "kalo harga reseller di contohnya dipotong brp persen?").
  const asksAgain =
    runs !== undefined &&
    sofar?.chain.some(saysFigures) === true &&
    !saysFigures(current) &&
    ASKED_AGAIN.some((rule) => rule.asks(current) && rule.workedBy.includes(runs));
  const buildsOnLast =
    ours && (missingNow.includes('hpp') || onlyNoted || paybackLacks || labaLacks || asksAgain);
  const ownCalculation =
    current.intent !== undefined &&
    !buildsOnLast &&
    !(askedBack && solve(current, current.intent).missing.length > 0);
  const continuing =
    !ownCalculation && !OTHER_TOPIC.test(question) && (saysFigures(current) || paybackLacks || asksAgain);
  return { current, continuing, followsCalculator: askedBack || asksAgain, ...(sofar ? { sofar } : {}) };
}

/**
 * Answers a money question that carries the artisan's own figures, or continues one from the earlier turns
 * of the conversation (the previous answer asked for "jumlah produksi" and the reply is "40 tas").
 * Returns undefined when the message is not such a question, so retrieval answers it.
 */
export function answerMoneyQuestion(
  question: string,
  lang: Lang,
  history: readonly Turn[] = [],
): MoneyAnswer | undefined {
  // each earlier turn is taken as it was when it was answered, once
  const memo = new Map<number, Taken>();
  const taken = (at: number): Taken => {
    let known = memo.get(at);
    if (!known) {
      const { continuing, followsCalculator } = readTurn(
        history[at]!.question,
        lang,
        history.slice(0, at),
        taken,
      );
      known = { continuing, followsCalculator };
      memo.set(at, known);
    }
    return known;
  };
  const turn = readTurn(question, lang, history, taken);
  let facts = turn.current;
  if (turn.continuing) {
    // The figures each of our earlier turns was sent, oldest first, then this message's.
    // A /hitung prompt names the calculator the artisan chose; the figures come in the turns after it.
    const { chain, chosen } = turn.sofar ?? calculationSoFar(history, lang, taken);
    if (chain.length === 0 && !chosen) return undefined;
    let state: MoneyFacts | undefined;
    let asked: Worked | undefined;
    for (const next of [...chain, facts]) {
      if (chosen && !state) next.intent = chosen;
      // The reply to our question back fills the calculation in progress; it does not start another, and a
      // result asked again is the one that calculation works out.
      if (next === turn.current && turn.followsCalculator && state?.intent) next.intent = undefined;
      state = state ? merge(state, next) : next;
      if (asked) state = fillLoose(state, asked, lang);
      if (state.intent) asked = solve(state, state.intent);
    }
    facts = state!;
    if (!facts.intent) return undefined;
  } else if (
    !facts.intent ||
    !(hasFigures(facts) || facts.loose.some((f) => f.kind === 'money') || facts.intent === 'potongan')
  ) {
    // "Biaya per botol 14rb, jual 25rb." "Biaya tetap sebulan 3,3 jt." "trs hrs laku brp biar balik modal?": a
    // calculation asked with no figure of its own, after messages that told the figures and that no
    // calculation took, is one message told in several (money.told-before)
    const told = facts.intent && !hasFigures(facts) ? toldBefore(history, lang) : 0;
    if (told === 0) return undefined;
    const start = history.length - told;
    const whole = [...history.slice(start).map((t) => t.question), question].join('\n');
    return answerMoneyQuestion(whole, lang, history.slice(0, start));
  }
  // "modal awal 5jt" said in an earlier turn that asked nothing yet: the capital a payback earns back
  if (facts.intent === 'impas' && asksPayback(question) && !facts.items.some((i) => i.label === 'capital'))
    for (const turn of [...history].reverse()) {
      const capital = readMoneyFacts(turn.question, lang).items.filter((i) => i.label === 'capital');
      if (capital.length === 0) continue;
      facts = { ...facts, items: [...capital, ...facts.items] };
      break;
    }
  facts = costsSaidBefore(facts, history, lang);
  // "jual 175rb, di marketplace bnyk yg jual 120rb, gmn nentuin harga yg pas?": advice, not a calculation
  if (asksPricingAdvice(question, facts)) return undefined;
  facts = fromEarlierMessages(facts, history, lang);
  facts = askUnnamed(facts);
  const intent = facts.intent ?? detectIntent(question, facts)!;
  const worked = solve(facts, intent);
  return { worked, intent, text: formatWorked(worked, lang) };
}

/**
 * How many of the latest earlier messages told money figures that no calculation took: each has figures, asks
 * no calculation of its own, and was not answered by the calculator. At most three.
 */
function toldBefore(history: readonly Turn[], lang: Lang): number {
  let n = 0;
  for (const turn of [...history].reverse()) {
    if (n === 3 || isHitungAnswer(turn.answer)) break;
    const read = readMoneyFacts(turn.question, lang);
    if (!hasFigures(read)) break;
    n++;
  }
  return n;
}

/** Costs that are the period's or paid once whatever words say them: a break-even's costs to cover. */
const PERIOD_COSTS: Label[] = ['fixed', 'overhead', 'opcost', 'capital', 'machine'];

/**
 * "ikut pameran 5 hari, sewa stand 3,2jt", "transport sama nginep 1,5jt", then "untung 60rb per biji, hrs laku
 * brp biar balik modal?": a break-even that lacks the costs to cover takes them from the artisan's messages
 * just before it that asked nothing of their own, with the event they were for. Beside a profit per unit
 * every cost not said per unit is one to cover; else only the kinds that are never a unit's.
 */
function costsSaidBefore(facts: MoneyFacts, history: readonly Turn[], lang: Lang): MoneyFacts {
  if (facts.intent !== 'impas' || !solve(facts, 'impas').missing.includes('fixed')) return facts;
  const unitProfit = facts.items.some((i) => i.label === 'markup' && i.basis === 'unit');
  const kinds = unitProfit ? TO_COVER : PERIOD_COSTS;
  const earlier: Item[] = [];
  let event = facts.event;
  for (const turn of [...history].reverse()) {
    if (isHitungAnswer(turn.answer)) break;
    const read = readMoneyFacts(turn.question, lang);
    if (read.intent) break;
    earlier.unshift(...read.items.filter((i) => kinds.includes(i.label) && i.basis !== 'unit'));
    event ??= read.event;
  }
  if (earlier.length === 0) return facts;
  return { ...facts, items: [...earlier, ...facts.items], ...(event ? { event } : {}) };
}

/**
 * Figures a calculator may take from the artisan's earlier messages when this one lacks them, by what it
 * lacks: "jual kain tenun di shopee 250rb", then "potongan admin 8% sm layanan 2%, yg masuk brp?" is the
 * fee on that price. The earlier message asked nothing of the calculators, so no calculation carries it.
 */
const EARLIER_FIGURES: Partial<Record<Intent, { lacks: string; labels: Label[] }>> = {
  potongan: { lacks: 'price', labels: ['price', 'retail'] },
};

function fromEarlierMessages(facts: MoneyFacts, history: readonly Turn[], lang: Lang): MoneyFacts {
  const rule = facts.intent ? EARLIER_FIGURES[facts.intent] : undefined;
  if (!rule || !solve(facts, facts.intent!).missing.includes(rule.lacks as never)) return facts;
  for (const turn of [...history].reverse()) {
    const earlier = readMoneyFacts(turn.question, lang);
    const found = earlier.items.filter((i) => rule.labels.includes(i.label) && !i.market);
    if (found.length !== 1) continue;
    return { ...facts, items: [...found, ...facts.items], noun: facts.noun ?? earlier.noun };
  }
  return facts;
}

/**
 * "gmn nentuin hrga yg pas biar gak rugi?", "hrs turunin harga ato nggak?", "should I lower my price?": how to
 * decide a price, asked as advice (read in standard spelling).
 */
const PRICING_ADVICE = [
  /\b(bagaimana|cara|gimana)\b[^.?!]{0,25}\b(tentu\w*|menentukan|pasang|patok|tetapkan|menetapkan|netapin|atur|set)\b[^.?!]{0,20}\b(harga|hrga|hrg)\b/,
  /\b(harus|perlu|mending|sebaiknya|apa|ikut)\b[^.?!]{0,20}\b(turun\w*|naik\w*|banting)\b[^.?!]{0,20}\b(harga|hrga|hrg|atau|tidak|apa)\b/,
  /\bshould i (lower|raise|cut|drop|match|change|increase|reduce)\b|\bhow (do|should|can) i (decide|set|choose|price)\b/,
];
/** Costs said by their own words ("hpp 70rb", "bahan 40rb"), not a name outside the lexicon read as one. */
const COST_LABELS: Label[] = [
  'hpp',
  'cost',
  'materials',
  'labour',
  'overhead',
  'variable',
  'fixed',
  'machine',
];

/**
 * A question of how to set a price that gives no cost of the artisan's own ("jual 175rb, di marketplace bnyk
 * yg jual 120rb, gmn nentuin harga yg pas?"): advice, which the knowledge gives. Another seller's price is
 * no cost, and the artisan's price alone prices nothing.
 */
export function asksPricingAdvice(question: string, facts: MoneyFacts): boolean {
  const standard = question.toLowerCase().replace(/[\p{L}\p{N}]+/gu, (word) => standardWords(word).join(' '));
  const lower = question.toLowerCase();
  if (!PRICING_ADVICE.some((re) => re.test(standard) || re.test(lower))) return false;
  const ownCost = facts.items.some((i) => COST_LABELS.includes(i.label) && !i.unlisted);
  return !ownCost && facts.percents.length === 0;
}

const MONEY_TOPIC =
  /\b(hpp|harga pokok|harga jual|menentukan harga|ngitung harga|markup|margin|titik impas|bep|break[- ]?even|impas|biaya produksi|cost per|selling price|pricing|how much should i (charge|sell))\b/i;

/**
 * One short line offering to work a money question out with the artisan's own figures, for a knowledge
 * answer to a money question that came without any. Undefined for other questions.
 */
export function moneyOffer(question: string, lang: Lang): string | undefined {
  const facts = readMoneyFacts(question, lang);
  // a price to decide with no cost given is answered as advice, and the calculator offers to work it out
  if (asksPricingAdvice(question, facts)) return OFFER[lang];
  if (!MONEY_TOPIC.test(question)) return undefined;
  if (hasFigures(facts)) return undefined;
  return OFFER[lang];
}

const OFFER: Record<Lang, string> = {
  en: 'Want to work it out with your own figures? Hitung bareng: send them, e.g. "materials 150k per bag, sewing 50k, 40 bags a month, rent and electricity 1.2 million".',
  id: 'Mau hitung bareng dengan angka Anda sendiri? Kirim angkanya, misalnya "kulit 150rb per tas, jahit 50rb, 40 tas sebulan, listrik dan sewa 1,2 juta".',
};
