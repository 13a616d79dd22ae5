import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "her two sons Owen and Ethan Phillips", "his three younger brothers Brandon, Neal and Tyler": a plural counted noun
// followed by the names of what it counts, with no comma between, was read as one noun phrase, and the label took the
// list's first name ('two — sons Owen'). The names are the counted things one by one, so the count counts the noun ('sons').

/**
 * Cuts the count's noun phrase `c` back to its plural noun when the names after that noun start a list (listGoesOn):
 * "three younger brothers Brandon, Neal" → younger brothers; a phrase the names do not end ("three Premier League
 * titles"), a name alone ("two sons Owen.") or a name first ("two Arsenal players") stays as it is.
 */
export function pastNamedList(toks: readonly Tok[], c: Count, sentenceText: string): void {
  const end = c.npEnd;
  // Cheap first: the phrase ends on a capitalised word and a list goes on after it.
  if (end - c.e < 2 || !isCapitalised(toks[end - 1]!) || !listGoesOn(toks, end)) return;
  let n = end - 1;
  while (n > c.e && isCapitalised(toks[n - 1]!)) n--;
  const noun = toks[n - 1];
  if (!isWord(noun) || noun.pos !== "NOUN" || !noun.l.endsWith("s")) return;
  c.np = sentenceText.slice(toks[c.e]!.start, noun.end);
  c.npEnd = n;
  c.head = noun.l;
}

/**
 * Whether the list goes on at `k`: "and" another name ("Owen and Ethan"), or a comma and another name or an age
 * ("Brandon, Neal", "Essa, four,"); not a comma before a clause ("millions of fans Richie Benaud, who died": the name
 * is the clause's subject, not one of the fans).
 */
function listGoesOn(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (next === undefined || !(toks[k]!.s === "," || isWord(toks[k], "and"))) return false;
  return (isWord(next) && isCapitalised(next)) || (toks[k]!.s === "," && (next.kind === NUM || CARDINAL_WORDS.has(next.l)));
}
