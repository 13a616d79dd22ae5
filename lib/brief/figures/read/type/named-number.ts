import type { Raw } from "#brief/figures/card/figure.ts";
import { isQuote } from "#brief/figures/read/type/quoted-name.ts";
import { isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "March 14, which fans call 314,", "the day what smokers call 420.", "a treatment known as '771,": a bare number a
// naming verb gives as a name ends its clause and counts nothing; read as a count it put '314 — fans call' on a card
// (card-audit-33, sample AA). The verb's object must stand before it ("which … call"), or the name come after "known
// as": "the defence called three." is a count of witnesses said short, and "called 92 witnesses" has its noun.

/** Verbs whose fronted object the number names: "which fans call 314". */
const CALLING = new Set(["call", "calls", "called", "dub", "dubs", "dubbed", "nickname", "nicknames", "nicknamed", "name", "names", "named"]);
/** Words that front the object of a naming verb. */
const FRONTED = new Set(["which", "what", "that"]);
/** How far before the verb the fronted object may stand: "which fans call", "which many locals now call". */
const REACH = 4;

/** Whether the clause ends right after the number: punctuation (not "%" or "-"), a closing quote, or the end. */
function endsClause(t: Tok | undefined): boolean {
  return t === undefined || (t.kind === PUNCT && t.s !== "%" && t.s !== "-");
}

/** Whether a bare number is a name a naming verb gives it. */
export function namedNumber(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.valueMax !== undefined || r.glued !== undefined || r.compound !== undefined) return false;
  if (!endsClause(toks[r.e])) return false;
  const v = isQuote(toks[r.s - 1]) ? r.s - 2 : r.s - 1;
  const verb = toks[v];
  const word = verb !== undefined && verb.kind === WORD ? verb.l : "";
  if (word === "as") return isWord(toks[v - 1], "known");
  if (!CALLING.has(word)) return false;
  for (let k = v - 1; k >= 0 && v - k <= REACH; k--) if (isWord(toks[k]) && FRONTED.has(toks[k]!.l)) return true;
  return false;
}
