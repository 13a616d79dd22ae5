import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";

// "The Long Road has taken $58m so far, while Ironvale has taken $33.2m": two named takers set side by side, each
// with its own sum, are told apart by name ('The Long Road's takings so far', 'Ironvale's takings'); as bare
// 'takings' each read as the story's own film's beside the lead title's takings (card audit 51, sample AS's made-up
// shape 6). One taker alone keeps the bare label: the card's subject is the story's.

/** Labels a money verb gives and whose taker the parallel names ("grossed" gives a film's box office takings). */
const TAKINGS = new Set(["takings", "earnings", "box office takings"]);

/** The name that is the subject of the verb at `v` (ending on a capitalised word: "The Long Road", not "The film"), or undefined. */
function namedTaker(toks: readonly Tok[], v: number): string | undefined {
  const span = verbSubject(toks, v);
  if (span === undefined || !isCapitalised(toks[span[1] - 1] as Tok)) return undefined;
  // A name opening the sentence keeps its capital, which the phrase lowers there ('oxford's earnings').
  const named = phrase(toks, span[0], span[1]);
  const first = toks[span[0]] as Tok;
  return named.startsWith(`${first.l} `) || named === first.l ? `${first.s}${named.slice(first.l.length)}` : named;
}

/**
 * "NAME's takings" (with "so far" when the clause says it) for money whose verb is said again in the sentence of
 * another named subject, or undefined.
 */
export function twoTakers(toks: readonly Tok[], r: Raw): string | undefined {
  if (!TAKINGS.has(r.label)) return undefined;
  const v = verbBefore(toks, r.s);
  const verb = toks[v];
  if (!isWord(verb)) return undefined;
  const name = namedTaker(toks, v);
  if (name === undefined) return undefined;
  const other = toks.some((t, u) => u !== v && isWord(t, verb.l) && (namedTaker(toks, u) ?? name) !== name);
  if (!other) return undefined;
  // "has taken $58m (£31m) so far": up to the clause's end.
  let k = r.e;
  while (k < toks.length && toks[k]?.s !== "," && !(toks[k]?.kind === PUNCT && toks[k]?.s === ".")) k++;
  const soFar = toks.slice(r.e, k).some((t, i, w) => isWord(t, "so") && isWord(w[i + 1], "far"));
  return `${name}${name.endsWith("s") ? "'" : "'s"} ${r.label}${soFar ? " so far" : ""}`;
}
