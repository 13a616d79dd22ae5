import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, MONEY_NOUNS, QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { CUR, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Sterling's admirers with offers of up to £50million", "Releasing Hutchings on bail of £500", "the FCC's $550,000
// (£293,000) fine", "Mayweather's cut is to be £80m", "provides more than $1 billion annually in grants": money labelled
// by who pays or gets it, a person, a firm or a place, when the sentence says what the money is (an offer, bail, a fine,
// a cut, grants, "$1.8bn in worldwide box office", "£3.4bn of spending"). A money verb's noun alone ("Tipler had made
// £54,852" → earnings) is not used: it drops the name a headline shares, and the card loses the story's key amount. The party says whose; the card's label is what (card audits 19-25: 'Sterling's admirers',
// 'Southampton', 'FCC's'). A label that names no party is left as it is.

/** Nouns of money a payment is said as, before its "of": "offers of £50m", "bail of £500", "a fee of £2m". */
const PAYMENT_NOUNS = new Set([
  "offer", "offers", "bid", "bids", "bail", "fee", "fees", "fine", "fines", "bonus", "bonuses", "payout", "payouts",
  "payment", "payments", "compensation", "damages", "ransom", "reward", "grant", "grants", "loan", "loans", "donation",
  "donations", "settlement", "bill", "bills", "pension", "salary", "wage", "wages", "budget", "bribe", "bribes",
]);

/** Adverbs of time between an amount and the "in" of what it is: "$1 billion annually in grants". */
const PERIOD_ADVERBS = new Set(["annually", "yearly", "monthly", "weekly", "daily", "each", "every", "a", "per", "year", "month", "week"]);

/** Relabels money labelled by a party with what the sentence says the money is. */
export function payerLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined) return;
  // "The clubs made offers of £50million": a payment noun before its "of" names the money whatever the label was.
  const payment = paymentOf(toks, r.s);
  if (payment !== undefined && !r.label.toLowerCase().endsWith(payment)) {
    r.label = payment;
    return;
  }
  if (!namesParty(r.label)) return;
  const e = pastMoneyBracket(toks, r.e);
  const what = nounAfter(toks, r) ?? purposeIn(toks, e) ?? ofWhat(toks, e) ?? possessedAfter(toks, r);
  if (what !== undefined) r.label = what;
}

/** The words a money verb's noun ends in: "takings", "earnings", "price", "fine" (lexicon.ts MONEY_NOUNS). */
const MONEY_HEADS: ReadonlySet<string> = new Set([...MONEY_NOUNS.values(), "takings"].map((v) => v.split(" ").at(-1) ?? v));

/** A label that names a party: a name ("Hutchings", "Justice"), a possessive ("FCC's", "Sterling's admirers"). */
function namesParty(label: string): boolean {
  const words = label.split(" ");
  // "Ironvale's takings" (two-takers.ts): a party's money already named, which "in fewer cinemas" would only blur.
  if (words.slice(1).some((w) => MONEY_HEADS.has(w))) return false;
  // ("payment to make Falcao's", "donation to Labour's coffers": a possessive inside says to whom, the head what.)
  return /'s?$|’s?$/.test(words[0] ?? "") || isName(label);
}

/** A label of capitalised words only: a name ("Tipler", "Burt Clements", "Montana"). */
function isName(label: string): boolean {
  return label.split(" ").every((w) => /^\p{Lu}/u.test(w));
}

/** "offers of up to £50million", "on bail of £500": the payment noun right before the amount's "of", whatever its tag. */
function paymentOf(toks: readonly Tok[], s: number): string | undefined {
  const n = toks[s - 2];
  return isWord(toks[s - 1], "of") && isWord(n) && PAYMENT_NOUNS.has(n.l) ? n.s.toLowerCase() : undefined;
}

/** "the FCC's $550,000 (£293,000) fine": after a possessive, the noun past the amount's conversion is what it is. */
function nounAfter(toks: readonly Tok[], r: Raw): string | undefined {
  const owner = toks[r.s - 1];
  if (!isWord(owner) || !/'s?$|’s?$/.test(owner.s)) return undefined;
  const e = pastMoneyBracket(toks, r.e);
  const end = forwardNP(toks, e);
  // ("$550,000 (£293,000) fine levied": a payment noun the tagger read as a verb is the noun all the same.)
  if (end === e && isWord(toks[e]) && PAYMENT_NOUNS.has(toks[e]!.l)) return toks[e]!.l;
  return end > e ? phrase(toks, e, end) : undefined;
}

/** Past a bracket holding another currency's amount, hedged or not: "(approximately £17 million)"; else `e`. */
function pastMoneyBracket(toks: readonly Tok[], e: number): number {
  const after = afterConversion(toks, e);
  if (after !== e || toks[e]?.s !== "(") return after;
  for (let k = e + 1; k < toks.length && k - e <= 6; k++) {
    if (toks[k]?.s === ")") return toks.slice(e + 1, k).some((t) => t.kind === CUR) ? k + 1 : e;
  }
  return e;
}

/**
 * "more than $1 billion annually in grants", "does $1.8bn in worldwide box office": a purpose "in", over a period said
 * between; not a name ("in London").
 */
function purposeIn(toks: readonly Tok[], e: number): string | undefined {
  let k = e;
  while (k - e < 3 && isWord(toks[k]) && PERIOD_ADVERBS.has(toks[k]!.l)) k++;
  // ("worth $30,000 in the driveway", "by £2,000 in an attempt": a noun after a determiner is where or why, not what.)
  if (!isWord(toks[k], "in") || DETERMINERS.has(toks[k + 1]?.l ?? "")) return undefined;
  return commonNP(toks, k + 1);
}

/** "reclassified £3.4bn of spending", "seeking £100,000 ($150,000) of funding": what the amount is of; not a name's. */
function ofWhat(toks: readonly Tok[], e: number): string | undefined {
  return isWord(toks[e], "of") ? commonNP(toks, e + 1) : undefined;
}

/**
 * "Mayweather's cut is to be £80m": a possessive label cut at a word the tagger took for a verb ("cut") takes that word,
 * the thing possessed; only a word right after the possessive, before a copula or an auxiliary.
 */
function possessedAfter(toks: readonly Tok[], r: Raw): string | undefined {
  const last = r.label.split(" ").pop() ?? "";
  if (!/'s$|’s$/.test(last)) return undefined;
  for (let k = r.s - 1; k >= 0 && r.s - k < 12; k--) {
    const t = toks[k];
    if (!isWord(t) || t.s.toLowerCase() !== last.toLowerCase()) continue;
    const next = toks[k + 1];
    if (isWord(next) && /^\p{Ll}/u.test(next.s) && isWord(toks[k + 2]) && BE_OR_AUX.has(toks[k + 2]!.l)) return `${r.label} ${next.s}`;
    return undefined;
  }
  return undefined;
}

/** Copulas and auxiliaries a possessed noun's verb starts with: "Mayweather's cut is to be", "his fee will be". */
const BE_OR_AUX = new Set(["is", "was", "are", "were", "will", "would", "could", "has", "had", "may", "might"]);

/**
 * The common noun phrase at `k`, over its determiners: "spending on road repairs" → spending, "worldwide box office"
 * (a first word the tagger calls an adjective or a gerund kept), '"wasteful" spending' (a quoted describing word kept);
 * undefined for a name ("in London") or no noun.
 */
function commonNP(toks: readonly Tok[], k: number): string | undefined {
  const from = pastDeterminers(toks, k + (QUOTE_MARKS.has(toks[k]?.s ?? "") ? 1 : 0));
  const first = toks[from];
  if (!isWord(first) || !/^\p{Ll}/u.test(first.s)) return undefined;
  let to = forwardNP(toks, from);
  // ("of spending on", "in worldwide box office": the noun reading stops before a gerund or an adjective it starts with.)
  if (to === from) to = first.l.endsWith("ing") ? gerundNP(toks, from) : forwardNP(toks, from + 1);
  if (to === from + 1 && QUOTE_MARKS.has(toks[to]?.s ?? "") && isWord(toks[to + 1])) to = Math.max(to, toks[to + 1]!.l.endsWith("ing") ? gerundNP(toks, to + 1) : forwardNP(toks, to + 1));
  return to > from ? phrase(toks, from, to) : undefined;
}

/** The end of a noun phrase that opens on an "-ing" noun the reading takes for a verb ("spending on road repairs"). */
function gerundNP(toks: readonly Tok[], k: number): number {
  return Math.max(forwardNP(toks, k + 1), k + 1);
}
