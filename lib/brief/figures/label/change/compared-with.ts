import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "who cost just £10m less than Aguero", "$3,000 more than its official price", "£33.5bn less spending than that
// anticipated": money-price.ts took an amount before a comparative and "than" for a difference and labelled it so, not
// by the comparative or by what it is compared with alone ('$10 million — co-star Mark Wahlberg' read as his pay). But
// 'difference' alone loses both sides of the gap, as a change labelled by the change alone does ('just £10m —
// difference', card audit 25, sample S; 6 of cnndm-dev's and dev-bbc's card rows). The comparative with what follows
// "than" keeps the gap readable as the sentence says it ("less than Aguero"); a noun between the comparative and "than"
// is what the gap is in ("less spending").

/**
 * The label of an amount at e.. whose comparative at c is followed by "than" at t: "less spending" when words stand
 * between them, else "less than Aguero", the comparative and the noun phrase after "than"; "" when none follows.
 */
export function comparedWith(toks: readonly Tok[], c: number, t: number): string {
  const comparative = toks[c]!.l;
  if (t > c + 1) return `${comparative} ${phrase(toks, c + 1, t)}`;
  const k = pastDeterminers(toks, t + 1);
  const end = forwardNP(toks, k);
  if (end <= k) return "";
  return `${comparative} than ${phrase(toks, k, end)}`;
}
