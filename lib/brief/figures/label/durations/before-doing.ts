import type { Raw } from "#brief/figures/card/figure.ts";
import { clause, MAX_WORDS } from "#brief/figures/label/durations/duration-words.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { clauseEvent } from "#brief/figures/label/time-windows/since-clause.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "He lasted four months before being sacked", "The star went off for 15 minutes before returning to finish his set",
// "was reported five years before being convicted": a span that ran up to a doing "before" it is the time before that
// doing, and its label was the unit alone (label-duration.ts' `since` leaves a "for" time to its verb, which named
// nothing here, and reads no "being"). After "before" the gerund names the end the span ran to, whatever came first:
// months before being sacked, minutes before returning to finish his set.

/** "-ing" words after "before" that start no doing: "before long", "before something", "before nothing". */
const NOT_DOING = new Set(["something", "nothing", "anything", "everything", "morning", "evening", "spring", "ceiling"]);

/**
 * "before being sacked" for a duration whose unit ends at `npEnd` right before "before" and a gerund; "" for any other
 * (a noun phrase or a clause after "before" is label-duration.ts' `since` or duration-position.ts' clauseAfter).
 */
export function beforeDoing(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  const g = toks[npEnd + 1];
  // ("being sacked": the tagger calls a passive's "being" an auxiliary.)
  const gerund = isWord(g) && (g.pos === "VERB" || g.l === "being") && g.l.endsWith("ing") && !NOT_DOING.has(g.l);
  if (!isWord(toks[npEnd], "before")) return "";
  // "Jones led for 34 minutes before he pulled out the Ivan card": a "for" span up to a clause's event is the time
  // before it too, read as a time before a clause is (since-clause.ts; duration-position.ts leaves a "for" time to
  // its verb, which here named nothing).
  if (!gerund) return forBefore(toks, r.s) >= 0 ? clauseEvent(toks, unit, npEnd, "before") : "";
  const doing = clause(toks, npEnd + 1, MAX_WORDS - 1);
  return doing === "" ? "" : `before ${doing}`;
}
