import { atSentenceStart, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Chelsea had to cope without FIVE regular starters": a tabloid writes a number word in capitals for emphasis, and
// read as a capitalised name's word it was an identifier, never a candidate (blind sample BE's shape 13, M1). A name's
// capitals run with its neighbours' ("PLOS ONE", "SKY BET LEAGUE ONE", "SBS ONE", "a whopping NINE Barcelona …" left
// as it was), so the number word is the number only inside running text: a lower-case word right before it (or the
// sentence's first word, itself no capitals' run: "Only TWO of the players") and none capitalised right after it
// ("in ONE Championship" stays a name).

/** Whether the all-capital number word at `ci`, ending before `end`, stands in running text for emphasis. */
export function shoutedNumber(toks: readonly Tok[], ci: number, end: number): boolean {
  const t = toks[ci];
  if (t === undefined || !/^[A-Z]{3,}(?:-[A-Z]+)?$/.test(t.s)) return false;
  const before = toks[ci - 1];
  if (!isWord(before) || (isCapitalised(before) && !(atSentenceStart(toks, ci - 1) && before.s !== before.s.toUpperCase()))) return false;
  const next = toks[end];
  return !(isWord(next) && isCapitalised(next));
}
