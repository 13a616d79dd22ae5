import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "mothers whose sons are over 21 still have a son at home", "Men who are over 50 should get checked": a bare number
// after a person's copula ends its clause when the next clause's verb follows it, so it is an age as "users are over
// 18." is. The clause end was read only from a stop or a small word, so the 21 was a count of sons (sample BD: a type
// error on a card). After a number the tagger calls an -ing word a noun ("were 300 marching down the road"), which
// stays a count.

/** Whether the tagger reads the token as a finite verb: an auxiliary or a main verb, not in -ing ("I Was Only 19 being performed": a title). */
function verb(t: Tok | undefined): boolean {
  return isWord(t) && (t.pos === "AUX" || t.pos === "VERB") && !t.l.endsWith("ing");
}

/** Whether the words from `end` (the token after the number) open the next clause: its verb, or an adverb and then it. */
export function verbOpensClause(toks: readonly Tok[], end: number): boolean {
  return verb(toks[end]) || (toks[end]?.pos === "ADV" && verb(toks[end + 1]));
}
