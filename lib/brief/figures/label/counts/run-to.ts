import { ARTICLES, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the side stretched their run without a win to seven": a bare count after "to" that a run of games reaches is the
// run's length in games, the noun left out because the run says it ('· seven', no label, so no candidate: card audit
// 52's made-up shape 6, the reason for a manager's sacking). The run's "without" phrase is what the games lacked
// (games without a win); a run named by its describing word keeps it ("extended their unbeaten run to seven" →
// unbeaten run, "their winning run to nine" → winning run, as the subject reading names a count in digits).

/** Nouns of a run of games. */
const RUNS = new Set(["run", "streak", "sequence", "spell"]);

/** Articles and owners that open a run's phrase: "their run", "the run"; a name's owner too ("City's losing streak"). */
const OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES]);

/** How many words a run's describing words and owner may run to before its noun: "the club's longest winless". */
const MODIFIER_WORDS = 3;

/** What a run lacked, after "without": "a win", "a victory", "a goal" (one word and its article). */
function withoutPhrase(toks: readonly Tok[], to: number): number {
  // "without a win to", "without victory to": back from "to" to "without".
  for (let k = to - 1; k >= to - 3 && k >= 0; k--) if (isWord(toks[k], "without")) return k;
  return -1;
}

/**
 * Whether t opens a run's phrase: an article, an owner or a name's possessive, or a headline's verb ("Win over Leeds
 * extends unbeaten run to seven"). Module-level, not a closure in runTo: the bundle names every closure (esbuild
 * keepNames) by redefining its `name`, a cost paid on each call.
 */
function opens(t: Tok | undefined): boolean {
  return isWord(t) && (OPENERS.has(t.l) || /['’]s$/.test(t.s) || t.pos === "VERB");
}

/** Whether t is an "-ing" the tagger calls a verb: "winning", "losing" before a run's noun describe it. */
function describingIng(t: Tok | undefined): boolean {
  return isWord(t) && t.pos === "VERB" && t.l.endsWith("ing");
}

/**
 * The label of a bare count at `s` right after "to" that a run of games reaches: "stretched their run without a win to
 * seven" → games without a win, "extended their unbeaten run to seven" → unbeaten run; "" when no run stands before.
 */
export function runTo(toks: readonly Tok[], s: number): string {
  const to = s - 1;
  if (!isWord(toks[to], "to")) return "";
  const without = withoutPhrase(toks, to);
  const head = without >= 0 ? without - 1 : to - 1;
  if (!RUNS.has(toks[head]?.l ?? "")) return "";
  if (without >= 0) return `games ${toks.slice(without, to).map((t) => t.l).join(" ")}`;
  // The describing words between the opener and the noun: "their unbeaten run", "the club's winless streak".
  // "extended their winning run to nine": an "-ing" the tagger calls a verb right before the noun describes it, no
  // headline verb opening the run ('· nine', no label).
  let k = describingIng(toks[head - 1]) ? head - 1 : head;
  while (k > 0 && head - k < MODIFIER_WORDS && isWord(toks[k - 1]) && !opens(toks[k - 1])) k--;
  if (!opens(toks[k - 1]) || k === head) return "";
  return toks.slice(k, head + 1).map((t) => t.l).join(" ");
}
