import { COMPARATIVES, CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { comparedThan } from "#brief/figures/label/change/compared-than.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore, verbSubject } from "#brief/figures/language/subject.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Percent labels whose words name how the percent is said, not what it measures: a comparative ("6% higher"), a record
// ("a new record of 21.9 per cent") or a group the parse cannot read ("3% of the most well off"). Each takes the
// thing measured from the clause, as the other percent labels do (label.ts).

/** Comparatives a percent is told by ("18 per cent higher", "60 per cent stronger"): the difference of the subject. */
const COMPARED = new Set([
  "higher", "lower", "bigger", "greater", "larger", "smaller", "cheaper", "dearer", "stronger", "weaker", "faster", "slower",
  "better", "worse", "heavier", "lighter", "longer", "shorter", "richer", "poorer",
]);

/** Verbs that quote a share price ("recovered to trade almost 6% higher", "closed 2% lower"): the shares are the subject. */
const PRICE_QUOTE = new Set(["trade", "trading", "traded", "trades", "close", "closed", "closing", "closes", "end", "ended", "ending", "finish", "finished"]);

/**
 * The label of a percent told by its comparative alone (the word at `e`): the subject that is so much higher or
 * stronger ("the risk of any recurrent infection was 18 per cent higher" → "higher risk of any recurrent infection"),
 * or for a share price the shares named before the verb that quotes it ("Shares of IPC dipped …, but recovered to
 * trade almost 6% higher" → "rise in shares of IPC"); "" when it is no comparative alone or names neither.
 */
export function comparedLabel(toks: readonly Tok[], s: number, e: number): string {
  const c = toks[e];
  if (!isWord(c) || !COMPARED.has(c.l)) return "";
  // "a retirement income 13% higher than a colleague": the noun right before the amount is what is higher.
  const own = toks[s - 1]?.pos === "NOUN" ? backNP(toks, s, false) : undefined;
  const subject = own === undefined ? subjectBefore(toks, s) : phrase(toks, own[0], own[1]);
  if (subject !== "") return `${c.l} ${subject}`;
  // "it is a third shorter than the old pylons": no subject named, what it is measured against (compared-than.ts).
  const than = comparedThan(toks, e);
  if (than !== "") return than;
  if (!priceQuote(toks, s)) return "";
  const dir = COMPARATIVES.get(c.l);
  if (dir === undefined) return "";
  const change = dir === "up" ? "rise" : "fall";
  for (let k = s - 2; k >= 0; k--) {
    if (toks[k]?.l !== "shares") continue;
    // "Shares of IPC", "Rossignol shares": the shares and whose they are.
    const of = isWord(toks[k + 1], "of") && isCapitalised(toks[k + 2] as Tok) ? k + 3 : k + 1;
    const np = backNP(toks, k + 1, false);
    return `${change} in ${phrase(toks, np?.[0] ?? k, of)}`;
  }
  // "The index closed 3% higher in Tokyo trade": what the verb quotes is its subject (rise in the index), the place of
  // trade after the comparative no part of it ('3% — higher in Tokyo trade' before).
  const quoted = verbSubject(toks, s - 1);
  return quoted === undefined ? "" : `${change} in ${phrase(toks, quoted[0], quoted[1])}`;
}

/** Whether a verb that quotes a market's price stands right before the percent at `s`: "closed 3% higher". */
export const priceQuote = (toks: readonly Tok[], s: number): boolean => PRICE_QUOTE.has(toks[s - 1]?.l ?? "");

/**
 * "our market share reaching a new record of 21.9 per cent": a record (the noun phrase `np` before "of") reached by the
 * subject of the verb before it is that subject's record ("record market share"); "" when no verb comes before the
 * record or its subject is a name (what it ranks is not the name: "Internet Explorer, attaining a peak of 95 per cent").
 */
export function recordOf(toks: readonly Tok[], np: readonly [number, number]): string {
  if (toks[np[1] - 1]?.l !== "record") return "";
  let v = np[0] - 1;
  while (v >= 0 && DETERMINERS.has(toks[v]?.l ?? "")) v--;
  if (toks[v]?.pos !== "VERB") return "";
  const subject = verbSubject(toks, v);
  if (subject === undefined || toks.slice(subject[0], subject[1]).every((t) => isCapitalised(t))) return "";
  return `record ${phrase(toks, subject[0], subject[1])}`;
}

/** The most words of a group said as a superlative: "the most well off", "the least well-off". */
const GROUP_WORDS = 3;

/**
 * "about 3% of the most well off paying more": a share of a group said as a superlative, which the noun-phrase reader
 * stops at ("most" is an adverb), is a share of the words up to the clause's next verb ("share of the most well off");
 * "" when "of" is followed by no "the most"/"the least".
 */
export function shareOfSuperlative(toks: readonly Tok[], of: number): string {
  if (!isWord(toks[of + 1], "the") || !(isWord(toks[of + 2], "most") || isWord(toks[of + 2], "least"))) return "";
  let k = of + 3;
  while (k - of - 3 < GROUP_WORDS && isWord(toks[k]) && toks[k]?.pos !== "VERB" && toks[k]?.pos !== "AUX" && !CONJUNCTIONS.has(toks[k]?.l ?? "")) k++;
  return k > of + 3 ? `share of ${phrase(toks, of + 1, k)}` : "";
}
