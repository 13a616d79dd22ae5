import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { lastWindow } from "#brief/figures/label/time-windows/last-window.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "has been stopped by police six times in the past two months": the window is the period of the count of times
// beside it, which carries the story ('six — times stopped by police'); alone it read 'two — months' (card audit 56,
// sample AX's made-up shape 11). How often something happened names no thing a window holds (count-window.ts leaves
// "times" out), and its clause's subject is often a pronoun the window's label cannot name, so the window is off the
// card, said only with its count. Only a window back from now ("in the last/past N units"): "shared 30,000 times in
// six hours" says how fast, a figure of its own (count-window.test.ts).

/** Nouns of how often: "six times", "three occasions". */
const HOW_OFTEN = new Set(["times", "occasions"]);

/** Whether the duration `r` is the window "in the last/past N units" right after a count of times ("six times"). */
export function timesWindow(toks: readonly Tok[], r: Raw): boolean {
  if (r.type !== "duration") return false;
  const i = lastWindow(toks, r.s);
  if (i < 1 || !isWord(toks[i - 1]) || !HOW_OFTEN.has(toks[i - 1]!.l)) return false;
  const count = toks[i - 2];
  return count !== undefined && (count.kind === NUM || (isWord(count) && (CARDINAL_WORDS.get(count.l) ?? 0) > 1));
}
