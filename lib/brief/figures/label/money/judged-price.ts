import type { Raw } from "#brief/figures/card/figure.ts";
import { governingSubject } from "#brief/figures/label/measures/lonely-label.ts";
import { COPULA, verbSubject } from "#brief/figures/language/subject.ts";
import { PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "City paid what now looks like a bargain £38m for him", "landed Pietersen for what looked like a bargain of
// £205,000", "priced this property at a cool $2.5 million": a word that judges the amount (cheap, dear, big) stood
// where its noun would, and the card showed it as what the money is ('£38m — bargain', '$2.5 million — cool'; card
// audit 25, sample S, as B's 'mere' and P's 'top': 3 of cnndm-dev's card rows). What was bought is often not in the
// sentence ("for him"); the judgement says the amount is a price, and "price", the kind of money, says that much.

/** Nouns that judge a price and name one: "a bargain £38m", "a snip at £5". */
const PRICE_JUDGEMENTS = new Set(["bargain", "snip", "steal"]);

/** Adjectives that judge an amount's size: "a cool $2.5 million", "a whopping £1m", "a princely sum of £50". */
const SIZE_JUDGEMENTS = new Set(["cool", "whopping", "staggering", "hefty", "princely", "tidy", "mere", "paltry", "eye-watering"]);

/**
 * Adjectives that judge an amount said of its subject: "The launch costs were modest -- about $200,000", "the trip is
 * a more affordable £8,835", "it is incredibly cheap: for as little as $6".
 */
const PREDICATE_JUDGEMENTS = new Set(["modest", "cheap", "affordable", "expensive", "pricey", "reasonable", "steep", "huge", "enormous", "substantial", "considerable", "massive"]);

/** How far before the amount its judging adjective may stand: "modest -- about", "cheap: for as little as". */
const JUDGEMENT_REACH = 6;

/**
 * What a copula's judging adjective is said of: its subject ("launch costs"), or "price" when that is a pronoun; undefined
 * when the label is no such adjective or no copula stands before it (over adverbs, "more" and an article).
 */
function judgedSubject(toks: readonly Tok[], r: Raw): string | undefined {
  const judgement = r.label.toLowerCase();
  if (!PREDICATE_JUDGEMENTS.has(judgement)) return undefined;
  let k = r.s - 1;
  while (k >= 0 && r.s - k <= JUDGEMENT_REACH && !isWord(toks[k], judgement)) k--;
  if (!isWord(toks[k], judgement)) return undefined;
  let c = k - 1;
  while (c >= 0 && isWord(toks[c]) && (toks[c]!.pos === "ADV" || toks[c]!.pos === "DET" || toks[c]!.l === "more")) c--;
  if (!isWord(toks[c]) || !COPULA.has(toks[c]!.l)) return undefined;
  const np = verbSubject(toks, c);
  const subject = np === undefined ? "" : phrase(toks, np[0], np[1]);
  return subject === "" || subject.split(" ").some((w) => PRONOUNS.has(w.toLowerCase())) ? "price" : subject;
}

/** Verbs that make an amount a price: "paid", "priced", "landed" (a player), "sold". */
const PRICE_VERBS = new Set([
  "pay", "pays", "paid", "paying", "price", "priced", "pricing", "cost", "costs", "costing", "buy", "buys", "bought", "buying",
  "sell", "sells", "sold", "selling", "fetch", "fetched", "fetches", "landed", "signed", "snapped", "valued", "auctioned",
]);

/**
 * "price" for money labelled by a judgement that stands right before it or before its "of" or "at", or the subject
 * of its verb when nothing is bought; any other label is left.
 */
export function judgedPrice(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined) return;
  // "The launch costs were modest -- about $200,000": the judgement is said of the copula's subject (launch costs).
  const subject = judgedSubject(toks, r);
  if (subject !== undefined) {
    r.label = subject;
    return;
  }
  const noun = PRICE_JUDGEMENTS.has(r.label);
  if (!noun && !SIZE_JUDGEMENTS.has(r.label)) return;
  const j = isWord(toks[r.s - 1], "of") || isWord(toks[r.s - 1], "at") ? r.s - 2 : r.s - 1;
  // A size said of money is a price only where the sentence buys or prices something before it; else the amount is
  // what the governing verb's subject came to ("The deficit stood at a cool £1m" → deficit), if one is named.
  if (noun || toks.slice(0, j).some((t) => isWord(t) && PRICE_VERBS.has(t.l))) r.label = "price";
  else r.label = governingSubject(toks, j) || r.label;
}
