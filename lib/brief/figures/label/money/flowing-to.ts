import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Yet it also showed 3.4 billion rupees was flowing to the wealthiest tenth of households", "About $2m is going to the
// council", "The £5m went to charity": money that is the subject of a verb of going or flowing "to" someone goes to
// them, but the purpose rule named the recipient alone ('3.4 billion rupees — wealthiest tenth', blind sample AZ's
// made-up shape 10), which reads as what the recipient has. Labelled by the verb's "-ing" and where the money goes.
// Not "is going to fund new beds" (a purpose to come: a verb after "to"), nor a verb that is not the money's ("paid
// £5m before going to the council").

/** Verbs of money moving to someone, by their "-ing" form. */
const GOING: ReadonlyMap<string, string> = new Map([
  ["go", "going"], ["goes", "going"], ["went", "going"], ["gone", "going"], ["going", "going"],
  ["flow", "flowing"], ["flows", "flowing"], ["flowed", "flowing"], ["flowing", "flowing"],
]);

/** How many auxiliaries may stand between the money and its verb: "has been going", "was flowing". */
const AUX_REACH = 2;

/** The label of money ending at `e` that goes or flows "to" a recipient, or undefined. */
export function flowingTo(toks: readonly Tok[], e: number): string | undefined {
  let v = e;
  while (v - e < AUX_REACH && AUXILIARIES.has(toks[v]?.l ?? "")) v++;
  const ing = GOING.get(toks[v]?.l ?? "");
  if (ing === undefined || !isWord(toks[v + 1], "to")) return undefined;
  const k = pastDeterminers(toks, v + 2);
  let end = forwardNP(toks, k);
  // "is going to fund new beds": a verb after "to", no noun phrase, is a purpose, no recipient.
  if (end === k) return undefined;
  // "the wealthiest tenth of households": a part is named with what it is of, when that fits.
  if (isWord(toks[end], "of")) {
    const of = forwardNP(toks, pastDeterminers(toks, end + 1));
    if (of > end + 1 && of - k + 2 <= MAX_LABEL_WORDS) end = of;
  }
  return `${ing} to ${phrase(toks, k, end)}`;
}
