import type { Candidate } from "#brief/figures/card/candidates.ts";

// "A former nurse was sentenced to 60 years … Co-accused Mark Dillon was sentenced to 35 years": a prison term or a
// distance its sentence says a person holds whom neither headline nor first sentence names is a comparator's, ranked
// below the story's own (CardWeights.other), but only beside a figure of its kind that is plainly the story's own: one
// of the first sentence, or one held by a person the headline or first sentence names. Else the person is as likely
// the subject named first in the second sentence ("A man was jailed yesterday. John Reed, 45, …": a dev card's term
// fell off), and beside a figure merely unowned ("Hulk hit a shot from 40 yards" and a chance "three yards from goal"
// in a story of Gameiro) the named one is as likely the news.

/** A duration or a measure: what a named person's term or distance is (money and shares keep their owner's mark). */
const held = (c: Candidate): boolean => c.figure.type === "duration" || c.figure.type === "measure";

/** Two figures of one kind: two terms (a prison term, a ban), or two measures in one unit (58 and 63 yards). */
function sameKind(a: Candidate, b: Candidate): boolean {
  if (a.figure.type === "duration") return b.figure.type === "duration" && a.signals.term && b.signals.term;
  return b.figure.type === "measure" && a.figure.unit === b.figure.unit;
}

/** The same amount in the same unit: "scored from 63 yards" and, later, "a 63-yard volley". */
const sameAmount = (a: Candidate, b: Candidate): boolean => a.figure.value === b.figure.value && a.figure.unit === b.figure.unit && a.figure.type === b.figure.type;

/**
 * Clears the `other` mark of each held term or distance that no figure of its kind, the story's own, stands beside;
 * then marks as another's the same amount said again with no owner ("The Dutch winger struck …, producing a 63-yard
 * volley" after "Dutch winger Ivo Mendes … scored from 63 yards"): a fact is whoever's it is wherever it is said. Not in
 * the story's first sentence (`first`), which tells the subject's own. `owned[k]` says whether candidate k's sentence
 * names who holds it: unmarked, that holder is the story's subject.
 */
export function heldBeside(candidates: readonly Candidate[], owned: readonly boolean[], first: number): void {
  const own = candidates.filter((c, k) => !c.signals.other && held(c) && (owned[k] || c.figure.sentence === first));
  // Each judged against the marks as read, so two comparators' terms both lose the mark, whichever is met first.
  const alone = candidates.filter((c) => c.signals.other && held(c) && !own.some((o) => sameKind(c, o)));
  for (const c of alone) c.signals.other = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.signals.other || !held(c) || owned[k] || c.figure.sentence === first) continue;
    if (candidates.some((o) => o.signals.other && sameAmount(c, o))) c.signals.other = true;
  }
}
