import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "For 12 years Adelma Cifuentes felt worthless", "After 21 years in the same apartment Blomberg is looking": a
// duration fronted before its clause runs, as a noun phrase, into the clause's subject, so the label took the name
// ("years Adelma Cifuentes", "years in same apartment Blomberg"). A unit of time or the place it was spent in ends at a
// capitalised word after a lowercase one: no name is a kind of year or of apartment.

/** Cuts a count's noun phrase that is a unit of time followed by a name to the unit ("years"). */
export function durationBeforeName(toks: readonly Tok[], c: Count): void {
  const unit = toks[c.e];
  const name = toks[c.e + 1];
  if (c.npEnd <= c.e + 1 || !isWord(unit) || !DURATIONS.has(unit.l) || isCapitalised(unit) || !isWord(name) || !isCapitalised(name)) return;
  c.npEnd = c.e + 1;
  c.np = phrase(toks, c.e, c.npEnd);
  c.head = unit.l;
  // "three years Kane's senior": an age gap said against the name, which the name's owner is older or younger by.
  const gap = name.l.endsWith("'s") || name.l.endsWith("s'") ? AGE_GAP.get(toks[c.e + 2]?.l ?? "") : undefined;
  if (gap !== undefined && isWord(toks[c.e + 2])) c.np = `${c.np} ${gap}`;
}

/** "N years X's senior / junior": what the age gap says of the one it is told of. */
const AGE_GAP: ReadonlyMap<string, string> = new Map([["senior", "older"], ["junior", "younger"]]);

/** Where a noun phrase k..end ends at a capitalised word after a lowercase one ("the same apartment Blomberg"). */
export function endAtName(toks: readonly Tok[], k: number, end: number): number {
  for (let n = k + 1; n < end; n++) if (isCapitalised(toks[n]!) && !isCapitalised(toks[n - 1]!)) return n;
  return end;
}
