import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A level a target, a plan or a law calls for is a target, not a level reached: "The figures beat a UN target that
// calls for 60% coverage by 2030" printed '60% — coverage' (sample BD), as if coverage stood at 60%. Read from what
// governs the amount: a verb of calling or aiming and its "for" ("calls for", "aims for"), or a target's noun and its
// "of" ("a target of 60% coverage"). The label says so: 'coverage target'.

/** Verbs that ask for a level with "for": "calls for", "aimed for". */
const ASK_FOR = new Set(["call", "calls", "called", "calling", "aim", "aims", "aimed", "aiming"]);
/** Nouns of a target before "of": "a target of 60%", "a goal of 50%". */
const TARGETS = new Set(["target", "targets", "goal", "goals", "aim"]);

/** The label of a percent a target governs ('coverage target'), else undefined. */
export function levelTarget(toks: readonly Tok[], r: Raw): string | undefined {
  // A percent only: money asked for has its own readers (asked-for.ts, sought-amount.ts), and "calls for a 20% cut"
  // (after an article) is a change, labelled as one.
  if (!r.percent) return undefined;
  const k = r.s - 1;
  const asked = isWord(toks[k], "for") && ASK_FOR.has(toks[k - 1]?.l ?? "");
  const named = isWord(toks[k], "of") && TARGETS.has(toks[k - 1]?.l ?? "");
  // "the ECB's aim of 2 per cent", "a growth target of 3.1%": a label that already names the target stays.
  if ((!asked && !named) || r.label.split(" ").some((w) => TARGETS.has(w))) return undefined;
  return r.label === "" ? "target" : `${r.label} target`;
}
