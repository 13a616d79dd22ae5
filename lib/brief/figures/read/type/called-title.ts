import { isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "a BBC Two series called 500 Spoons, 30 Teapots and a Stuffed Owl", "a book entitled 101 Dalmatian Tales": a
// number inside a work's title, given unquoted after "called", "entitled" or "titled", is a word of the title, no
// count ('500 — Spoons', card audit 43, sample AK: junk). quoted-name.ts reads the quoted title; a capitalised number
// word is a name's already (read-rejected.ts). A title capitalises its words, so the run from the naming verb to the
// number holds capitalised words, numbers, commas and a title's small words only, and the word after the number is
// capitalised. "Called" is also a call ("called 12 Republicans to testify", "called 999"), so it names a title only
// after a work's noun; "entitled" and "titled" right before the run name one whatever comes before them.

/** Nouns of a work a title is given to: "a series called …", "his new album, called …". */
export const WORKS: ReadonlySet<string> = new Set([
  "series", "show", "programme", "program", "documentary", "drama", "sitcom", "film", "movie", "book", "novel", "memoir",
  "album", "song", "single", "track", "play", "musical", "opera", "podcast", "blog", "column", "exhibition", "poem",
  "game", "episode", "comedy", "thriller", "ep",
]);

/** Verbs that give a work its title whatever precedes them. */
const TITLING = new Set(["entitled", "titled"]);

/** Small words a title leaves uncapitalised: "… and a Stuffed Owl", "… of the Rings". */
const SMALL = new Set(["a", "an", "the", "and", "of", "in", "on", "at", "to", "for", "with", "or", "from", "by"]);

/** How far the run from the naming verb to the number may reach, in tokens. */
const RUN_REACH = 10;

/** How far before "called" a work's noun may stand: "a BBC Two series called", "his album, called". */
const WORK_REACH = 2;

/** Whether the digits at `ci`, ending before `end`, stand inside a title given unquoted after a naming verb. */
export function calledTitle(toks: readonly Tok[], ci: number, end: number): boolean {
  const next = toks[end];
  if (!isWord(next) || !isCapitalised(next)) return false;
  for (let k = ci - 1; k >= 0 && ci - k <= RUN_REACH; k--) {
    const t = toks[k] as Tok;
    if (isWord(t) && (TITLING.has(t.l) || t.l === "called")) return t.l !== "called" || workBefore(toks, k);
    const inTitle = t.kind === NUM || t.s === "," || (t.kind === WORD && (isCapitalised(t) || SMALL.has(t.l)));
    if (!inTitle) return false;
  }
  return false;
}

/** Whether a work's noun stands just before "called" at `k`, past a comma. */
function workBefore(toks: readonly Tok[], k: number): boolean {
  let w = k - 1;
  if (toks[w]?.s === ",") w--;
  for (let n = 0; n < WORK_REACH && w - n >= 0; n++) {
    const t = toks[w - n];
    if (isWord(t) && WORKS.has(t.l)) return true;
  }
  return false;
}
