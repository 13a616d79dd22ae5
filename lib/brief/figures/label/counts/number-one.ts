import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "four number ones", "the 1,000th number one": a chart-topping hit is a "number one", one noun, but "one" is a number
// word and the noun phrase stopped before it, so the label said 'number' (a count of numbers). The noun runs on over
// it.

/** Runs the count's noun phrase on over the "one"/"ones" of a "number one" it stopped before, and a noun after it. */
export function pastNumberOne(toks: readonly Tok[], c: Count): void {
  const one = toks[c.npEnd];
  if (c.head !== "number" || !isWord(one) || (one.l !== "one" && one.l !== "ones")) return;
  // "two number one albums": "number one" describes the noun after it, which the phrase then takes too.
  const end = toks[c.npEnd + 1]?.pos === "NOUN" ? forwardNP(toks, c.npEnd + 1) : c.npEnd + 1;
  c.np = `${c.np} ${phrase(toks, c.npEnd, end)}`;
  c.head = toks[end - 1]!.l;
  c.npEnd = end;
}
