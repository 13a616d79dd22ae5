import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Seven London-based companies and an eighth Paris firm", "three Premier League clubs and a fourth Championship
// side": an ordinal after "and a" that is one past a count said just before it adds one more of the same to that
// count, which the story states on its own; it is no tally of titles ("an eighth FA Cup victory"), and on a card it
// put 'eighth — Paris firm' beside the count of eight it restates.

/** How many tokens before the "and" the count may stand: "Seven London-based companies and". */
const REACH = 6;

/** Whether the ordinal at `i` (value `value`) follows "and a"/"and an" after a count of one less. */
export function oneMore(toks: readonly Tok[], i: number, value: number): boolean {
  if (!(isWord(toks[i - 1], "a") || isWord(toks[i - 1], "an")) || !isWord(toks[i - 2], "and")) return false;
  for (let k = i - 3; k >= 0 && i - 3 - k < REACH; k--) {
    const t = toks[k]!;
    const said = t.kind === NUM ? Number(t.s.replace(/,/g, "")) : CARDINAL_WORDS.get(t.l);
    if (said === value - 1) return true;
  }
  return false;
}
