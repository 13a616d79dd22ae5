import type { Raw } from "#brief/figures/card/figure.ts";
import { eventBefore, verbBack } from "#brief/figures/label/time-windows/event-after.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The hosts hit the post before four minutes had passed": the minutes are a match's clock, the time into it before the
// event the main clause tells, as "hit the post after four minutes" is (event-after.ts) → minutes before hitting the
// post. The time's own clause ("had passed") says nothing of what it measures, and its label was the unit alone
// ('four — minutes', card audit 38).

/** Perfect auxiliaries before the verb of a time gone by: "had passed", "have elapsed". */
const PERFECT = new Set(["had", "has", "have"]);

/** Verbs of a time gone by: "had passed", "had elapsed", "had gone". */
const ELAPSED = new Set(["passed", "elapsed", "gone"]);

/**
 * The event before which the time `r` (unit `unit`, its noun phrase ending at `npEnd`) had gone by, from the past
 * before its "before": "hit the post before four minutes had passed" → minutes before hitting the post; "" for any
 * other time, or a past event-after.ts would not name (a denial, a modal, a state).
 */
export function beforeElapsed(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  const a = r.s - 1;
  if (!isWord(toks[a], "before") || !PERFECT.has(toks[npEnd]?.l ?? "") || !ELAPSED.has(toks[npEnd + 1]?.l ?? "")) return "";
  const v = verbBack(toks, a);
  return v < 0 ? "" : eventBefore(toks, unit, v, a);
}
