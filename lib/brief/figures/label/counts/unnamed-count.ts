import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { putThing } from "#brief/figures/label/ranks/rank-put.ts";
import { spanWords } from "#brief/figures/label/ranks/rank-place.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { scoredTally } from "#brief/figures/label/counts/scored.ts";
import { boxHeading } from "#brief/figures/label/counts/box-heading.ts";
import { countedAfter } from "#brief/figures/label/counts/counted-after.ts";
import { runTo } from "#brief/figures/label/counts/run-to.ts";
import { changeMade } from "#brief/figures/label/change/change-made.ts";
import { countLevel } from "#brief/figures/label/change/count-level.ts";
import { countChange } from "#brief/figures/label/change/count-change.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// Counts with no noun and no verb of their own (count-verb.ts): "a further 40,000", "a crowd which police put at 40",
// "Goals: 16 .", "stretched their run without a win to seven", "The claimant count fell by 11,000 to 1.2 million".

/** Words before a bare number whose noun is left out because it was just said: "a further 40,000", "another 300". */
const ELIDING = new Set(["further", "another", "additional", "extra"]);

/** Verbs that put an estimate on a thing at a number: "a crowd which police put at 40". */
const ESTIMATING = new Set(["put", "placed"]);

/** Words that open another clause after a count's plural: "on her way to 84 runs when rain stopped play". */
const CLAUSE_OPENERS = new Set(["when", "while", "as", "before", "after", "until", "because", "although", "though", "whereas"]);

/**
 * Whether the clause ends at t: the sentence's end, a stop, or a word opening another clause. A module-level function,
 * not a closure in unnamedCount: the bundle names every closure (esbuild keepNames) by redefining its `name`, which
 * cost ~0.8% of a brief made once for each count figure.
 */
function closesClause(t: Tok | undefined): boolean {
  return t === undefined || t.kind === PUNCT || CLAUSE_OPENERS.has(t.l);
}

/**
 * A bare count with no noun or verb of its own, named by what stands around it: the tally scored, a change made, a fact
 * box's heading, a run of games, else the subject before it.
 */
export function unnamedCount(toks: readonly Tok[], r: Raw, c: Count): void {
  // "has scored an astonishing 286 from a potential 300", in a sentence of points: the tally scored and the tally possible.
  const tally = c.np === "" && !r.ordinal ? scoredTally(toks, r) : undefined;
  if (tally !== undefined) {
    c.np = tally.label;
    c.head = tally.head;
  }
  // "reduce its workforce by 8,000": the count is the size of a change made to the verb's object.
  if (c.np === "" && !r.ordinal) {
    const change = changeMade(toks, r.s);
    if (change !== undefined) {
      c.np = `${change.object} ${change.change}`;
      c.head = change.head;
    }
  }
  // "Goals: 16 .", "International caps (Japan): 11 .": a fact box's heading is what its number counts.
  if (c.np === "" && !r.ordinal) {
    const heading = boxHeading(toks, r);
    if (heading !== "") {
      c.np = heading;
      c.head = heading.slice(heading.lastIndexOf(" ") + 1).toLowerCase();
    }
  }
  // "the status of a further 40,000": the noun is elided, so the count before it names it (carry-count.ts), not "status".
  // ("equivalent to 40 a day": a rate with no noun is the count before it, carry-count.ts, not its subject.)
  // "on her way to 84 runs.": a plural the tagger took for a verb, closing the clause right after the number, is what
  // it counts (counted-after.ts, which the label pass asks when this leaves the label empty), not a subject before the
  // "to"; one with more after it may be the verb it looks like ("The UK total of 5.3 million translates into …").
  // ("on her way to 84 runs when rain stopped play": a conjunction after the plural opens another clause, as a stop does.)
  // Not "and" ("extend his winning streak to 17 matches and the advantage …"), which may join another object.
  // "stretched their run without a win to seven": the run's games, its noun left out (run-to.ts); a plural the tagger
  // took for a verb is the noun said ("losing streak to five matches", counted-after.ts).
  const run = c.np === "" && !r.ordinal && countedAfter(toks, r.e) === "" ? runTo(toks, r.s) : "";
  if (run !== "") [c.np, c.head] = [run, run.slice(run.lastIndexOf(" ") + 1)];
  const pluralEnds = countedAfter(toks, r.e) !== "" && closesClause(toks[r.e + 1]);
  if (c.np === "" && !r.ordinal && !r.words && !ELIDING.has(toks[r.s - 1]?.l ?? "") && periodAfter(toks, r.e) === "" && !pluralEnds) {
    // "a crowd which police put at 40": an estimate counts the thing put at it, not who put it (rank-put.ts).
    // Only a put or placed number: one "ranked at 92" or "rated at 9" is a rank or a rating, no count of the thing.
    const put = isWord(toks[r.s - 1], "at") && ESTIMATING.has(toks[r.s - 2]?.l ?? "") ? putThing(toks, r.s - 2) : undefined;
    const subject = put === undefined ? subjectBefore(toks, r.s) : spanWords(toks, put);
    // "Passenger numbers at Heathrow rose 5% to 3 million": past the change's own amount (count-level.ts).
    const named = subject || countLevel(toks, r.s);
    // "The claimant count fell by 11,000 to 1.2 million": the count is the fall (count-change.ts).
    const change = subject === "" ? undefined : countChange(toks, r.s, r.e);
    if (named) {
      c.np = change === undefined ? named : `${change === "up" ? "rise" : "fall"} in ${named}`;
      c.head = named.slice(named.lastIndexOf(" ") + 1).toLowerCase();
    }
  }
}
