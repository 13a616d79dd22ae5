import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "… run by Marsh and Sons Co. Twenty-six boats were damaged": the splitter (sbd) never ends a sentence at an
// abbreviation it knows, so the next sentence stays joined, and read mid-sentence its capitalised number word was a
// name's ('Twenty-six' an identifier, no figure; card-audit-45's made-up shape 8). Splitting there was not tried: a
// split moves bullets (quote-stop.ts). Only abbreviations that end a name, a company's, a family's or a place's,
// where a sentence may stop; a title, "No.", "St." or "Mt." opens a name, so "Capt. Three-Fingers" keeps its reading.
const NAME_ENDING = new Set([
  "inc", "ltd", "co", "corp", "cos", "bros", "plc", "llc", "jr", "sr", "assn", "dept", "univ", "etc", "ave", "blvd",
  "rd", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
  "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
  "wash", "wis", "wyo",
]);

/** "U.S.", "D.C.", "U.K.": a dotted initialism, one token whose last dot may end the sentence as well. */
function dottedInitialism(t: Tok | undefined): boolean {
  return t !== undefined && isWord(t) && /^(?:[A-Z]\.){2,}$/.test(t.s);
}

/**
 * Whether the number at `ci`, whose words end before `end`, opens a sentence the splitter left joined after an
 * abbreviation that ends a name ("Co.", "Ltd.", "Jr.", "Calif.", "U.S."). A capitalised word right after the number
 * keeps the name's reading, as after a quote (quote-stop.ts): "… the U.S. Three Lions fans …".
 */
export function afterAbbreviationStop(toks: readonly Tok[], ci: number, end: number): boolean {
  const next = toks[end];
  if (next !== undefined && isWord(next) && isCapitalised(next)) return false;
  const before = toks[ci - 1];
  if (dottedInitialism(before)) return true;
  const word = toks[ci - 2];
  return before?.s === "." && isWord(word) && isCapitalised(word) && word.end === before.start && NAME_ENDING.has(word.l);
}
