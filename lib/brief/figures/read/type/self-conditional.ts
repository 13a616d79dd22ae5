import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// '"Otherwise I'd be a nurse now with two or three kids," she said': a count in a clause whose subject is the speaker
// under "would" and "be" or "have" is a life the speaker did not have, nothing that happened (blind sample BA's
// made-up shape S8, junk on a card: 'two or three — kids'). Only the speaker's own case ("I", "we"): reported speech's
// "would" ("said it would cut 300 jobs") is a plan the story reports. Not a negated case ("I wouldn't have scored 30
// goals without him" says they were scored), not money or a percent (a speaker's "I'd be getting $25 billion extra" is
// the claim argued), not a number in a clause of its own ("I'd be lying if I said the 20 goals …"), not a stance the
// speaker takes ("I would be prepared to go down to 20 weeks": a position the story reports; the first try took it
// off a dev-bbc card).

/** The speaker as subject, its modal glued or apart: "I'd", "we'd", "I would". */
const GLUED = new Set(["i'd", "we'd"]);
const SPEAKERS = new Set(["i", "we"]);

/** Verbs of a case the speaker would be in or have had: "I'd be", "we would have". */
const CASE_VERBS = new Set(["be", "have"]);

/** What a speaker would be ready to do is a stance taken now, not a case: "I would be prepared to go down to 20". */
const STANCES = new Set(["prepared", "willing", "happy", "ready", "glad", "keen", "open", "content"]);

/** Words that may stand between the modal and its verb: "I would probably have", "I'd still be". */
const BETWEEN = new Set(["probably", "still", "now", "just", "surely", "certainly", "definitely", "easily", "also"]);

/** Words that open a clause of their own between the case and the number: "I'd be lying if I said the 20 …". */
const OPENERS = new Set(["if", "when", "that", "because", "since", "after", "before", "unless", "though", "although", "while", "who", "which", "but", "and"]);

/** How far before the number the speaker's modal is looked for: "Otherwise I'd be a nurse now with two". */
const REACH = 10;

/** Whether the count r stands in the speaker's own "I'd be …"/"we would have …" case, no figure. */
export function selfConditional(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent) return false;
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k]!;
    if (!isWord(t) || OPENERS.has(t.l)) return false; // a mark or a clause's opener: the number's clause starts after it
    if (CASE_VERBS.has(t.l) && !STANCES.has(toks[k + 1]?.l ?? "")) {
      const m = BETWEEN.has(toks[k - 1]?.l ?? "") ? k - 2 : k - 1;
      const modal = toks[m];
      if (isWord(modal) && (GLUED.has(modal.l) || (modal.l === "would" && SPEAKERS.has(toks[m - 1]?.l ?? "")))) return true;
    }
  }
  return false;
}
