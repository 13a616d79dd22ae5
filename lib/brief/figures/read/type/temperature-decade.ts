import type { Reading } from "#brief/figures/read/amount/reading.ts";
import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { adjacent, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Overnight lows dropped into the mid-40s across the valley", "highs in the low 60s": a temperature said by its decade
// is a measure, where the "s" glued to the digits read as a decade of years ('20 — year') and "mid-" as an identifier's
// prefix ('40'), no candidate (card audit 51, sample AS's made-up shape 14). Only in a sentence that names a
// temperature: "in her mid-40s" is an age, "the 1960s" a decade. The scale is not said, so the unit is degrees.

/** Words that place a temperature within its decade, kept as the qualifier: "mid-40s", "the low 20s". */
const PARTS = new Set(["mid", "low", "high", "upper", "lower"]);

/** Words that say a sentence names a temperature. */
const TEMPERATURE = /^(?:temperatures?|temps?|lows|highs|degrees|thermometers?|mercury|celsius|fahrenheit)$/;

/**
 * Words that join another clause, past which a temperature word says nothing of the decade: "temperatures soared as
 * the band played hits of the 80s", "temperatures hit the 30s while prices rose in the 90s".
 */
const CLAUSE_BREAKS = new Set(["and", "or", "but", "while", "whereas", "when", "as", "because", "although", "though", "after", "before"]);

/** Whether a temperature word stands in the clause of the decade at `ci` (ending at `end`), not only elsewhere in the sentence. */
function temperatureInClause(toks: readonly Tok[], ci: number, end: number): boolean {
  const inClause = (k: number): boolean => isWord(toks[k]) && TEMPERATURE.test(toks[k]!.l);
  const stops = (k: number): boolean => (isWord(toks[k]) && CLAUSE_BREAKS.has(toks[k]!.l)) || toks[k]?.s === ";";
  for (let k = ci - 1; k >= 0 && !stops(k); k--) if (inClause(k)) return true;
  for (let k = end; k < toks.length && !stops(k); k++) if (inClause(k)) return true;
  return false;
}

/** Whether the decade is a person's age: an owner before it ("in his mid-40s") or a noun it describes ("the mid-50s runner"). */
function ageDecade(toks: readonly Tok[], start: number, after: number): boolean {
  const owner = toks[start - 1];
  if (isWord(owner) && (POSSESSIVES.has(owner.l) || owner.l.endsWith("'s"))) return true;
  const next = toks[after];
  return isWord(next) && next.pos === "NOUN" && !TEMPERATURE.test(next.l) && next.l !== "centigrade";
}

/** The part before the digits at `ci`: its first token and word ("mid-40s", "low 60s"), or undefined. */
function partBefore(toks: readonly Tok[], ci: number): { start: number; word: string } | undefined {
  const prev = toks[ci - 1];
  if (isWord(prev) && PARTS.has(prev.l)) return { start: ci - 1, word: prev.l };
  const glued = toks[ci - 2];
  if (prev?.s === "-" && adjacent(prev, toks[ci]) && isWord(glued) && adjacent(glued, prev) && PARTS.has(glued.l)) return { start: ci - 2, word: glued.l };
  return undefined;
}

/**
 * Whether the digits read in `r` are a temperature's decade ("the mid-40s", "the low 60s", "the 40s"): then `r` is
 * read so, its display from the part, its qualifier the part ("mid"), its unit degrees, past the "s".
 */
export function temperatureDecade(r: Reading): boolean {
  const { toks, ci, core } = r;
  const s = toks[core.end];
  if (core.digits === undefined || !/^(?:[1-9]0|1[01]0)$/.test(core.digits) || !isWord(s, "s") || !adjacent(toks[core.end - 1], s)) return false;
  const part = partBefore(toks, ci);
  if (part === undefined && !isWord(toks[ci - 1], "the")) return false;
  // "the highest since the 80s": a time since, a decade of years.
  if (isWord(toks[(part?.start ?? ci) - 2], "since")) return false;
  // "the suspect, in his mid-40s, was held as temperatures soared": an age, and a temperature in another clause.
  if (ageDecade(toks, part?.start ?? ci, core.end + 1) || !temperatureInClause(toks, part?.start ?? ci, core.end + 1)) return false;
  if (part !== undefined) {
    r.s = part.start;
    r.qualifier = part.word;
  }
  r.compound = "degrees";
  r.j = core.end + 1;
  return true;
}
