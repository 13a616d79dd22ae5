import type { Raw } from "#brief/figures/card/figure.ts";
import { MONEY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { priceVerb } from "#brief/figures/label/money/money-verb.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { worthOwner } from "#brief/figures/language/worth.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What a rate of money ("£102.80 a week", "$15 an hour") is of, when its period alone would be its label: what
// follows the period, the noun it is the worth or the amount of, the clause's subject, or a price said as where prices
// start or what a thing is had for. Apart from label.ts because a rate is its own family of money labels, whose
// period tells it from a total (the money verb that may name it instead is money-verb.ts').

/**
 * What a rate is of, when its period alone would be the label: what follows the period ("$5 billion a year in
 * profits", "$446 million per year on fees", "a £120,000 a week salary"), else the noun it is the worth or the amount of
 * ("a deal worth £200,000 a week", "a salary of more than £7,000 a month"), else the subject it is the level of ("the
 * minimum wage is just $68 a month"); "" when the sentence names none.
 */
export function rateOf(toks: readonly Tok[], r: Raw, after: number): string {
  const what = rateNoun(toks, r, after);
  // A name ("NSW", "China") is where, not what; "£7,000 a month slashed to £2,000 a month" names the period twice.
  const words = what.split(" ");
  const last = words[words.length - 1] ?? "";
  if (words.every((w) => /^\p{Lu}/u.test(w)) || (toks[after - 1]?.l ?? "").startsWith(last.replace(/ly$/, ""))) return "";
  return what;
}

function rateNoun(toks: readonly Tok[], r: Raw, after: number): string {
  const p = toks[after];
  // "£4.9bn every year in terms of treating drunks": "in terms of" says how it is counted, not what.
  if (isWord(p) && (p.l === "in" || p.l === "on") && !isWord(toks[after + 1], "terms")) {
    const k = pastDeterminers(toks, after + 1);
    const end = forwardNP(toks, k);
    if (end > k) return phrase(toks, k, end);
  }
  const end = forwardNP(toks, after);
  if (end > after) return phrase(toks, after, end);
  // "a five-year contract worth an eye-watering £90,000 a week": the worth is named over the amount's article and its
  // describing word.
  const article = isWord(toks[r.s - 2], "a") || isWord(toks[r.s - 2], "an");
  const described = article && isWord(toks[r.s - 1]) ? r.s - 2 : r.s;
  const s = isWord(toks[described - 1], "worth") ? described : r.s;
  const before = toks[s - 1];
  // "a 50% income tax rate on earnings over £100,000 a year": after a noun, "over" is no hedge (qualifierBefore) and
  // the noun is what the rate is of.
  // ("Each elephant costs over $65,000 a year": a money verb the tagger read as a noun is the rate's verb, below.)
  const threshold = isWord(before) && THRESHOLDS.has(before.l) && toks[r.s - 2]?.pos === "NOUN" && !MONEY_NOUNS.has(toks[r.s - 2]?.l ?? "");
  if (isWord(before) && (before.l === "of" || before.l === "worth" || threshold)) {
    const np = backNP(toks, s - 1, !threshold);
    if (np) return phrase(toks, np[0], np[1]);
    // "is believed to be worth at least £10million a year": what is worth it is the subject of the clause.
    if (before.l === "worth") return worthOwner(toks, s - 1) || subjectBefore(toks, s - 1);
  }
  // "currently on £35,000 a week", "a man on £90,000 per week": living on an amount a period is earning it.
  if (isWord(before, "on")) return "earnings";
  // The subject only when it ends on a noun ("the minimum wage is just $68"), not an adjective ("£1,100 a year worse-off").
  const subject = subjectBefore(toks, r.s);
  return subject !== "" && toks.some((t) => t.pos === "NOUN" && t.end <= (toks[r.s]?.start ?? 0) && subject.endsWith(t.s)) ? subject : "";
}

/** Words after a noun that set a threshold on it: "earnings over £100,000 a year". */
const THRESHOLDS = new Set(["over", "above", "under", "below"]);

/**
 * "prices start at £98 per night", "starts from £45 per week", "bookable from £83 per night", "for £451 a week": a rate
 * said as where prices start or what something is had for is a price (or the noun of the clause's money verb,
 * "bought games … for £800 a year" → purchase price); "" otherwise. `s` is the amount's first token.
 */
export function ratePrice(toks: readonly Tok[], s: number): string {
  const prev = toks[s - 1];
  if (isWord(prev, "from")) return "price";
  if (isWord(prev, "for")) return priceVerb(toks, s - 1) ?? "price";
  return isWord(prev, "at") && /^start(?:s|ed|ing)?$/.test(toks[s - 2]?.l ?? "") ? "price" : "";
}
