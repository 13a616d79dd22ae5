import { OPENING_QUOTES } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "'… you got paid either way. Three hundred rupees (four dollars) to sing, a hundred to watch.'": the splitter keeps
// a quotation whole, so a sentence opening after a full stop inside it is read mid-sentence and its capitalised number
// word was a name's (an identifier, no figure, and the elided "a hundred" after it lost the currency it takes: card
// audit 48's shape 3 when the sum opens a verbless sentence). A lower-case word before the stop is no title or name
// that the number runs on from ("No. Three", "Capt. Three-Fingers" keep their reading), and a capitalised word right
// after the number keeps the name's reading, as after a quote (quote-stop.ts): "… won. Three Lions fans sang".

/** Lower-case abbreviations a number names a thing after: "no.", "vol.", "pt.", "ch.", "fig.", "p.". */
const NAMING_ABBREVIATIONS = new Set([
  "no", "nos", "vol", "vols", "pt", "ch", "chap", "fig", "p", "pp", "para", "sec", "art", "op", "ep",
]);

/**
 * Whether the number at `ci`, whose words end before `end`, opens a sentence inside a quotation after a full stop
 * that closes a lower-case word.
 */
export function afterInnerStop(toks: readonly Tok[], ci: number, end: number): boolean {
  const next = toks[end];
  if (next !== undefined && isWord(next) && isCapitalised(next)) return false;
  const word = toks[ci - 2];
  if (toks[ci - 1]?.s !== "." || !isWord(word) || isCapitalised(word)) return false;
  // "the no. Seven shirt", "in vol. Three of the report": a lower-case abbreviation opens the name the number runs on.
  if (NAMING_ABBREVIATIONS.has(word.l) && word.end === toks[ci - 1]!.start) return false;
  for (let k = ci - 3; k >= 0; k--) if (OPENING_QUOTES.has(toks[k]!.s)) return true;
  return false;
}
