import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Hull have lost seven and won none of their last 12 trips": two verbs with a bare count each share the "of" whole
// after the second, so the first count is of that whole as the second is ('seven — trips lost'), not a count with no
// noun labelled by its verb ('seven — lost', card-audit-20.md, sample N).

/** Words that count the second conjunct's part: a cardinal, a digit amount, "none", "all", "both". */
const PARTS = new Set(["none", "all", "both"]);

/**
 * Where a bare count's "of" stands when a coordinated verb and count come between ("seven and won none of"): the
 * token after that "of"'s count, or `e` (the token after the count) when nothing of the kind follows.
 */
export function coordinatedOf(toks: readonly Tok[], e: number): number {
  const and = toks[e];
  // Cheap first: a conjunction right after the count.
  if (!isWord(and) || (and.l !== "and" && and.l !== "but" && and.l !== "or")) return e;
  const verb = toks[e + 1];
  const part = toks[e + 2];
  if (!isWord(verb) || verb.pos !== "VERB" || part === undefined || !isWord(toks[e + 3], "of")) return e;
  return part.kind === NUM || CARDINAL_WORDS.has(part.l) || PARTS.has(part.l) ? e + 3 : e;
}
