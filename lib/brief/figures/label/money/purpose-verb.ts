import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { moneyVerbBefore } from "#brief/figures/label/money/money-verb.ts";
import { RECEIVING } from "#brief/figures/label/money/received.ts";
import { TAKE_FORMS } from "#brief/figures/language/lexicon.ts";
import { CUR, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { SCALE_SUFFIXES } from "#news/numbers.ts";

// Money followed by what it is for takes the noun of the verb that moved it before the purpose (purpose-label.ts):
// "offered to pay $300m to settle charges" → payment to settle charges. Verbs the lexicon's MONEY_NOUNS leave out, as
// they move money only in some senses, left the purpose alone as the label: "will pocket $25,000 for the night's work",
// "are seeking £10,000 for the protein bar", "looking for around £25m for his services", "charges $1 million to coach
// private clients", "it would take £40m to stage a takeover", "have each put up $480m to stabilise the firm", and the
// second of a pair whose verb the first half said ("spent £500,000 on flowers and £30,000 on a cake") (sweep 41).
// With a purpose after the amount these verbs say what the money is: received, sought, a charge, a cost, funding.

/** Verbs that name money by what they do with it when a purpose follows the amount. */
const PURPOSE_VERBS: ReadonlyMap<string, string> = new Map([
  ...["seek", "seeks", "seeking", "sought"].map((w): [string, string] => [w, "sum sought"]),
  ...["charge", "charges", "charging"].map((w): [string, string] => [w, "charge"]),
]);

/** "looking for around £25m": a verb of looking before "for" seeks the money. */
const LOOKING = new Set(["look", "looks", "looking", "looked"]);

/** "put up $480m": the verb of a phrasal "up" before the amount provides it. */
const PUTTING = new Set(["put", "puts", "putting"]);

/** How far back the first of a pair's amounts may start: "spent £500,000 ($700,000) on fresh flowers and". */
const PAIR_REACH = 14;

/** The most tokens a bracketed conversion takes: "($700,000)", "(£1.2 million)". */
const BRACKET_REACH = 8;

/**
 * The noun of the verb that moved the money starting at `s`, for a label whose purpose starts with `word` ("to",
 * "for" or "on"), from the verbs MONEY_NOUNS leaves out; undefined when none stands right before the amount.
 */
export function purposeVerb(toks: readonly Tok[], s: number, word: string): string | undefined {
  const before = toks[s - 1];
  if (isWord(before, "for") && LOOKING.has(toks[s - 2]?.l ?? "")) return "sum sought";
  if (isWord(before, "up") && PUTTING.has(toks[s - 2]?.l ?? "")) return "funding";
  // "it would take £40m to stage a takeover": money a thing takes to do is its cost (only before "to").
  if (word === "to" && TAKE_FORMS.has(before?.l ?? "")) return "cost";
  return moneyVerbBefore(toks, s, RECEIVING) ?? moneyVerbBefore(toks, s, PURPOSE_VERBS) ?? pairVerb(toks, s, word);
}

/**
 * "spent £500,000 on flowers and £30,000 on a cake": the second amount of a pair joined by "and" or a comma, each with
 * the same preposition after it, was moved by the verb before the first (the lexicon's or this file's).
 */
function pairVerb(toks: readonly Tok[], s: number, word: string): string | undefined {
  if (toks[s - 1]?.s !== "," && !isWord(toks[s - 1], "and")) return undefined;
  for (let k = s - 2; k >= 0 && s - k <= PAIR_REACH; k--) {
    // "spent £500,000 ($700,000) on flowers and": the first amount's bracketed conversion is passed over.
    if (toks[k]?.s === ")") {
      let open = k - 1;
      while (open > 0 && k - open < BRACKET_REACH && toks[open]?.s !== "(") open--;
      if (toks[open]?.s !== "(") return undefined;
      k = open;
      continue;
    }
    const t = toks[k];
    if (t === undefined || (t.kind === PUNCT && t.s !== ",") || t.pos === "VERB") return undefined;
    if (t.kind !== CUR && t.kind !== NUM) continue;
    let start = k;
    while (toks[start - 1]?.kind === CUR || toks[start - 1]?.kind === NUM) start--;
    let end = k + 1;
    while (isWord(toks[end]) && SCALE_SUFFIXES.has(toks[end]!.l)) end++;
    end = afterConversion(toks, end);
    if (!isWord(toks[end], word)) return undefined;
    return moneyVerbBefore(toks, start) ?? purposeVerb(toks, start, word);
  }
  return undefined;
}
