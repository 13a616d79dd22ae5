import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Oxfam and Denmark will put an extra £0.4bn into a fund for clean water": money a verb of putting moves "into"
// something is labelled by what it goes into, not by the clause's subject, which names a giver (one of two, when two
// join: card audit 41's '— Denmark'). The money labellers label a payment by what it pays for, not by its payer.

/** Verbs that put money into a thing: "put", "pour", "pump", "inject", "plough", "sink". */
const PUTTING = new Set([
  ...["put", "puts", "putting", "pour", "pours", "poured", "pouring", "pump", "pumps", "pumped", "pumping"],
  ...["inject", "injects", "injected", "injecting", "plough", "ploughs", "ploughed", "ploughing", "plow", "plows", "plowed"],
  ...["sink", "sinks", "sank", "sunk", "sinking"],
]);

/** Words between the verb and the amount: "put an extra £2bn", "pour a further $5m", "pump another £1m". */
const BETWEEN = new Set(["a", "an", "extra", "further", "another", "additional"]);

/**
 * The label of money starting at s and ending before e that a verb of putting moves "into" a thing: the thing, with its
 * "for" or "of" when that fits ("fund for clean water"), or "funding" when no noun phrase follows "into".
 */
export function putInto(toks: readonly Tok[], s: number, e: number): string | undefined {
  let k = s - 1;
  while (k > s - 4 && isWord(toks[k]) && BETWEEN.has(toks[k]!.l)) k--;
  if (!isWord(toks[k]) || !PUTTING.has(toks[k]!.l)) return undefined;
  const into = afterConversion(toks, e);
  if (!isWord(toks[into], "into")) return undefined;
  const start = pastDeterminers(toks, into + 1);
  let end = forwardNP(toks, start);
  if (end === start) return "funding";
  // "a fund for clean water", "the Alliance of Small Charities": the phrase's complement says which fund it is.
  if (isWord(toks[end], "for") || isWord(toks[end], "of")) {
    const more = forwardNP(toks, pastDeterminers(toks, end + 1));
    if (more > end + 1 && toks.slice(start, more).filter((t) => isWord(t)).length <= MAX_LABEL_WORDS) end = more;
  }
  return phrase(toks, start, end);
}
