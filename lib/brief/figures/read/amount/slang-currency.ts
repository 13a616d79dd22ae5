import { CURRENCY_SYMBOLS } from "#news/numbers.ts";
import { currencyWord } from "#brief/figures/language/currency-word.ts";
import { ARTICLES, CONJUNCTIONS, MONEY_NOUNS, MONEY_VERBS, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";
import { CUR, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Slang money after a number: "fifty million bucks" is $50 million, "a few hundred quid" pounds, and "forty grand a
// week" £40,000 a week: read as counts of bucks or grand, they were typed counts labelled by the slang word. Only
// lower case: "the Bucks" is a team, "Grand" opens a name. "grand" is an adjective more often than money ("three
// grand slams", "two grand pianos"), so it is money only where no noun follows it: at a comma or full stop, or before
// a preposition, conjunction or article ("forty grand a week", "50 grand for the car"). "bucks" are deer, rabbits and
// a team as often ("The hunters shot three bucks in the forest"): dollars only where the sentence talks money (see
// bucksAreMoney).

/** The slang words that name one currency. */
const SLANG: ReadonlyMap<string, string> = new Map([
  ["bucks", "USD"],
  ["quid", "GBP"],
]);

/** A word after "grand" that leaves it the noun of its phrase, not an adjective before one. */
const AFTER_GRAND = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...ARTICLES, "per", "each", "apiece"]);

/** Words of money besides the money verbs: a price, a wage, what a thing is worth, money pocketed or made. */
const MONEY_WORDS = new Set([
  ...MONEY_VERBS, ...MONEY_NOUNS.keys(), "price", "prices", "priced", "worth", "fee", "fees", "fare", "fares", "wage",
  "wages", "salary", "tip", "tips", "bill", "cash", "money", "pocket", "pocketed", "made", "make", "makes", "making",
  "charge", "charges", "ticket", "tickets", "rent", "bet", "bets", "bribe", "bribes", "dollars",
]);

/** Words after "N bucks" that make it a sum: a rate ("bucks a week"), a price ("bucks for a ticket"), a share each. */
const AFTER_BUCKS = new Set(["a", "an", "per", "each", "apiece", "for"]);

/**
 * Whether "bucks" after a number at `j` are dollars: after a scale ("fifty million bucks"), before a rate or a price's
 * "for" ("ten bucks an hour", "20 bucks for the ticket"), or in a clause that says money ("spent 30 bucks on lunch",
 * "the price was 20 bucks"); not deer or rabbits ("shot three bucks in the forest", "keeps 40 bucks and 200 does").
 */
function bucksAreMoney(toks: readonly Tok[], j: number, exponent: number): boolean {
  if (exponent > 0 || AFTER_BUCKS.has(toks[j + 1]?.l ?? "") || setBack(toks, j - 2)) return true;
  return toks.some((t) => isWord(t) && MONEY_WORDS.has(t.l));
}

/** Object pronouns between "set" and "back": "set me back". */
const OBJECTS = new Set(["me", "him", "her", "us", "them", "you"]);

/** Forms of "set" in "set me back 20 bucks". */
const SET = new Set(["set", "sets", "setting"]);

/**
 * Whether "back" at `k`, right before the number, ends "set me back": a cost ("It set me back 20 bucks" was a count
 * of bucks; the sentence had no other word of money). Its object pronoun makes "set" the cost's: "set back 20 bucks
 * into the woods" returns deer.
 */
function setBack(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k], "back") || !OBJECTS.has(toks[k - 1]?.l ?? "")) return false;
  return isWord(toks[k - 2]) && SET.has(toks[k - 2]!.l);
}

/**
 * The currency a bare "grand" is in: the sentence's other money's ("£30,000 … and forty grand in bonuses"), else the
 * pound, the slang's home: the corpora's stories that say it (cnndm, BBC) are British far more often than not.
 */
function sentenceCurrency(toks: readonly Tok[]): string {
  for (const t of toks) {
    if (t.kind === CUR) return CURRENCY_SYMBOLS.get(t.s) ?? "GBP";
    // "pounds" may weigh; a pound sign or "sterling" names the pound anyway.
    const word = isWord(t) && t.l !== "pound" && t.l !== "pounds" ? currencyWord(t) : undefined;
    if (word !== undefined) return word;
  }
  return "GBP";
}

/**
 * The currency and the multiple the slang word at `j` (right after a number) gives the amount, if it is slang money.
 */
export function slangCurrency(toks: readonly Tok[], j: number, exponent: number): { currency: string; factor: number } | undefined {
  const t = toks[j];
  if (!isWord(t) || t.s !== t.l) return undefined;
  const code = SLANG.get(t.l);
  if (code !== undefined) return code === "USD" && !bucksAreMoney(toks, j, exponent) ? undefined : { currency: code, factor: 1 };
  if (t.l !== "grand" || exponent > 0) return undefined;
  const next = toks[j + 1];
  if (isWord(next) && !AFTER_GRAND.has(next.l)) return undefined;
  return { currency: sentenceCurrency(toks), factor: 1000 };
}
