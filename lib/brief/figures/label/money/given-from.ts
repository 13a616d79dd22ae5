import { MONTHS, PERIOD_NOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The £8m allocated from the Home Office has paid for new cameras", "of the £50m given by the government": money a
// participle right after it says was given from or by a body (or to one) is that allocation, grant or funding. With no
// noun of its own the amount fell back on the nearest noun phrase, the giver ('£8m — Home Office', card audit 32's
// pattern 3), which names who gave it, not what it is.

/** Participles that give money "from" or "by" a giver, and the noun of what they give. */
const GIVEN_FROM: ReadonlyMap<string, string> = new Map([
  ["allocated", "allocation"], ["granted", "grant"], ["awarded", "award"], ["given", "funding"], ["provided", "funding"],
  ["donated", "donation"], ["pledged", "pledge"], ["lent", "loan"], ["loaned", "loan"], ["paid", "payment"],
  ["raised", "raised"], ["received", "sum received"],
]);

/** Heads of a phrase after "by" that say when: "by the end of March" (with a period, month or weekday: "by the hour"). */
const WHEN_HEADS = new Set(["end", "start", "close"]);

/** Heads of a phrase after "by" that say how it was paid: "paid by cheque", "by credit card", "given by hand". */
const MEANS_HEADS = new Set(["cheque", "check", "card", "cash", "email", "e-mail", "post", "mail", "hand", "phone", "telephone", "transfer", "debit", "instalment", "instalments", "installment", "installments"]);

/** Whether a phrase's head says when: a period, a month, a weekday, "end". */
const saysWhen = (head: string): boolean => PERIOD_NOUNS.has(head) || MONTHS.has(head) || WEEKDAYS.has(head) || WHEN_HEADS.has(head);

/** The most words of the giver the label names; a longer one is cut to its first words' phrase. */
const GIVER_WORDS = 4;

/**
 * The label of an amount ending at `e` that a giving participle right after it says came "from" or "by" a giver:
 * "allocation from the Home Office", "funding from the government"; the participle's noun alone when no noun phrase
 * follows the preposition; undefined when no such participle and preposition follow the amount.
 */
export function givenFrom(toks: readonly Tok[], e: number): string | undefined {
  const noun = isWord(toks[e]) ? GIVEN_FROM.get(toks[e]!.l) : undefined;
  const by = toks[e + 1];
  if (noun === undefined || !isWord(by) || !(by.l === "from" || by.l === "by" || by.l === "to")) return undefined;
  // "£5m raised to fund the school": a purpose after "to" is no recipient (label.ts reads it).
  if (by.l === "to" && toks[e + 2]?.pos === "VERB") return undefined;
  const k = pastDeterminers(toks, e + 2);
  const end = forwardNP(toks, k);
  // "£10m raised by the end of March", "£40,000 paid by the hour": a time, not a giver, so the older readings stand;
  // "£500 paid by cheque": a means, so the money is what the participle says, from no one.
  const head = end > k ? (toks[end - 1]?.l ?? "") : "";
  if (saysWhen(head)) return undefined;
  if (MEANS_HEADS.has(head)) return noun;
  // "allocated to the police" is the police's allocation; "from" and "by" both name the giver.
  const party = end > k ? phrase(toks, e + 2, Math.min(end, k + GIVER_WORDS)) : "";
  return party === "" ? noun : `${noun} ${by.l === "to" ? "to" : "from"} ${party}`;
}
