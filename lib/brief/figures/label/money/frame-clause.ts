import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "Fees will rise very steeply after the vote, in the order of roughly £4bn": an idiom of approximation set off by a
// comma says how big the change of the clause before it is; frame-noun.ts found nothing the frame hangs on (a comma
// stands before it) and left the idiom's noun, '£4bn — order' (card audit 57, AY's made-up shape 14). The clause's
// verb of rising or falling and its subject name it, 'rise in fees'; with none, money is a generic 'sum', never the
// idiom's noun.

/** Idiom nouns that say only that an amount is rough: "in the order of", "in the region of", "in the vicinity of". */
const ROUGH_FRAMES = new Set(["order", "region", "neighbourhood", "neighborhood", "vicinity"]);

/** How far back from the comma the clause's verb of change may stand: "will rise very steeply after the vote". */
const CLAUSE_REACH = 10;

/**
 * What a rough frame opening at `f` after a comma is said of: the change of the clause before ("rise in fees"), else
 * "sum" for money; undefined when the frame is no rough one, no comma stands before it, or the figure is no money and
 * no change is found.
 */
export function frameClause(toks: readonly Tok[], f: number, frame: string, r: Raw): string | undefined {
  if (!ROUGH_FRAMES.has(frame) || toks[f - 1]?.s !== ",") return undefined;
  for (let v = f - 2; v >= 0 && f - v <= CLAUSE_REACH && isWord(toks[v]); v--) {
    const direction = upDown(toks[v]);
    if (direction === undefined) continue;
    const subject = verbSubject(toks, v);
    if (subject !== undefined) return `${direction === "up" ? "rise" : "fall"} in ${phrase(toks, subject[0], subject[1])}`;
    break;
  }
  return r.currency === undefined ? undefined : "sum";
}
