import { WORKS } from "#brief/figures/read/type/called-title.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the cover of 1964 live album 20,000 Jazz Lovers Can't Be Wrong", "the 1971 film 40 Horses Can't Be Wrong": a number
// right after a work's noun, with no comma or naming verb between, opening a run of capitalised words, starts the
// work's title and counts nothing ('20,000 — Jazz Lovers', card audit 47, sample AO: junk). The title set off by
// commas ("LP, 100 Miles From Home,") and the title after "called" (called-title.ts) were read already. A title
// capitalises its words; a count after a work's noun ("the film 300 soldiers died in") is followed by a common noun.
// Two capitalised words are asked for, not one: "the series 20 Premier …" aside, one capitalised word after a count
// is often a people's name ("the show 20 Irish dancers" is written lower case after it, but "Irish" is not).

/** Whether the number at `ci`, ending before `end`, opens a title right after a work's noun. */
export function workTitle(toks: readonly Tok[], ci: number, end: number): boolean {
  const work = toks[ci - 1];
  if (!isWord(work) || !WORKS.has(work.l)) return false;
  const first = toks[end];
  const second = toks[end + 1];
  return isWord(first) && isCapitalised(first) && isWord(second) && isCapitalised(second);
}
