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
  // A headline's verb opens it too: "Win over Leeds extends unbeaten run to seven"; not an "-ing" the tagger calls a
  // verb right before the noun, which describes it ("extended their winning run to nine": '· nine', no label).
  const opens = (t: Tok | undefined, at: number): boolean =>
    isWord(t) && (OPENERS.has(t.l) || /['’]s$/.test(t.s) || (t.pos === "VERB" && !(at === head - 1 && t.l.endsWith("ing"))));
  let k = head;
  while (k > 0 && head - k < MODIFIER_WORDS && isWord(toks[k - 1]) && !opens(toks[k - 1], k - 1)) k--;
  if (!opens(toks[k - 1], k - 1) || k === head) return "";
  return toks.slice(k, head + 1).map((t) => t.l).join(" ");
}
