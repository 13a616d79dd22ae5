import { DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a five-year (£20m) deal", "a multi-year ($3m) contract", "a new (£20m) deal": an amount bracketed between a noun
// phrase's modifier and its head is the head's amount; the noun phrase before the bracket ended on the modifier
// ("£20m — five-year"). A bracket after a head ("the deal (£20m) was") or a conversion ("a $1.8bn (£931m) deal", a
// number before the bracket) is left to the readings that name them.

/** The most modifiers between the determiner and the bracket ("a new five-year (£20m) deal"). */
const MODIFIERS = 3;

/** The head after the bracket that `s`..`e` fills, when a determiner and modifiers open the phrase before it; else undefined. */
export function bracketHead(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (toks[s - 1]?.s !== "(" || toks[e]?.s !== ")") return undefined;
  let k = s - 2;
  while (k >= 0 && s - 2 - k < MODIFIERS && isModifier(toks[k])) k--;
  const opener = toks[k];
  if (!isWord(opener) || !(DETERMINERS.has(opener.l) || POSSESSIVES.has(opener.l))) return undefined;
  const end = forwardNP(toks, e + 1);
  return end > e + 1 ? phrase(toks, e + 1, end) : undefined;
}

/** An adjective or a hyphenated compound ("five-year", "long-term"), not a name nor a noun that could head the phrase. */
function isModifier(t: Tok | undefined): boolean {
  return isWord(t) && !isCapitalised(t) && (t.pos === "ADJ" || (t.l.includes("-") && t.pos !== "VERB"));
}
