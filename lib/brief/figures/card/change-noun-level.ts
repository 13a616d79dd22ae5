import type { Raw } from "#brief/figures/card/figure.ts";
import type { Link } from "#brief/figures/card/link.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "reported a 31% rise in yearly profits to $9.4bn", "posted a 12% fall in annual sales to £3.2bn": a percent before a
// change noun, "in" what changed and "to" the money it reached, is that money's change, as the clause "yearly profits
// rose 31% to $9.4bn" is (link.ts). Read apart, the card gave the rise and the level as two rows, the money without
// '(up 31%)'. Only when "to" follows the thing at once: "a 5% rise in sales to retailers" has no amount after "to".

/** How many words the thing that changed may have. */
const THING_WORDS = 5;

/** Ties the percent raws[n] said as "a N% rise in X to $Y" to the money after "to"; true when it did. */
export function changeNounLevel(toks: readonly Tok[], raws: readonly Raw[], n: number, links: Link[]): boolean {
  const r = raws[n];
  const level = raws[n + 1];
  if (r === undefined || level === undefined || !r.percent || level.currency === undefined || level.change !== undefined) return false;
  // The word right after the percent and before "in" is the change noun, however the tagger took it ("drop").
  const dir = upDown(toks[r.e]);
  if (dir === undefined || !isWord(toks[r.e + 1], "in")) return false;
  // What changed is a few words ("operating profit", which the noun-phrase reader stops at as a verb), then "to".
  let end = r.e + 2;
  while (end - r.e - 2 < THING_WORDS && isWord(toks[end]) && !isWord(toks[end], "to")) end++;
  if (end === r.e + 2 || !isWord(toks[end], "to") || level.s !== end + 1) return false;
  level.change = { value: r.value, unit: "%", direction: dir };
  // The level is of the thing that changed, all its words ('operating profit', not the money reader's 'profit').
  // "a 134% rise in the country's deficit": the thing without its article.
  const from = DETERMINERS.has(toks[r.e + 2]?.l ?? "") ? r.e + 3 : r.e + 2;
  level.label = phrase(toks, from, end);
  r.drop = true;
  links.push({ from: r, to: level, as: dir });
  return true;
}
