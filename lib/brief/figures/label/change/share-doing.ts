// "From a birth certificate to the deeds to a car, only eight per cent keep a spare copy online": a share that opens
// its clause and is the subject of a verb right after it counts those who do what the clause says ('keep spare copy
// online'). With no noun of its own it took the nearest noun phrase, which a fronted aside before the comma named
// ('— car', the thirty-fifth round's made-up shape); without the aside, the words after the verb ('spare copy online').
// A verb of saying or taking a side is poll-answer.ts' (tried first); a verb of rising or falling is a change's.
import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

/** Words after which a clause opens: "…, only 8% keep", "while 30% rent". */
const OPENERS = new Set(["and", "but", "while", "whereas", "yet"]);

/** The clause a share ending before `r.e` is the subject of ("keep spare copy online"), else "". */
export function shareDoing(toks: readonly Tok[], r: Raw): string {
  const verb = toks[r.e];
  if (!r.percent || !isWord(verb) || verb.pos !== "VERB" || upDown(verb) !== undefined) return "";
  const before = toks[r.s - 1];
  const opens = before === undefined || /^[,;:]$/.test(before.s) || (isWord(before) && OPENERS.has(before.l));
  return opens ? answerFrom(toks, r.e) : "";
}
