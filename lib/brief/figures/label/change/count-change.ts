import { isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "The claimant count fell by 11,000 to 1.2 million": a bare count right after a verb of change and "by", or before
// "to" and the level reached, is the size of the change, not a second level of the subject; labelled by the subject
// alone ('11,000 — claimant count') it read as the count itself. Named as the change, as a percent is ('fall in
// claimant count'). A verb with neither ("rose 11,000") may as well give the level, and is read as before.

/** "up" or "down" when the count s..e is the change of the verb before it ("fell by 11,000", "rose 200 to 5,000"). */
export function countChange(toks: readonly Tok[], s: number, e: number): "up" | "down" | undefined {
  if (isWord(toks[s - 1], "by")) return upDown(toks[s - 2]);
  const level = isWord(toks[e], "to") && toks[e + 1]?.kind === NUM;
  return level ? upDown(toks[s - 1]) : undefined;
}
