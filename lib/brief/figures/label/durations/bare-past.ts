import type { Raw } from "#brief/figures/card/figure.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { gerund, negated, pastAfterSubject } from "#brief/figures/label/durations/past-doing.ts";
import { BE_FORMS, LASTING, participleSpelling, SENTENCING } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Patients fasted for an average of 10 hours" printed 'hours' on a blind sample's card (BC shape 14): a past with no
// object is the time's doing only when it is one that goes on (past-doing.ts' GO_ON), and its "-ing" would misname a
// moment ('weeks vanishing'). Its participle names the doing or the state it left alike ('hours fasted', 'weeks
// vanished'), so it is the label when nothing else in the sentence names the time ("Jones led for 34 minutes before he
// scored a goal" stays minutes before scoring a goal): label-duration.ts reads it last.

/**
 * The regular past right before the "for" of the duration `r`, as its participle: "fasted for 10 hours" → fasted; ""
 * for none, a verb of lasting ("lasted for two seconds": the time's own length), a sentencing (a term), a denial
 * ("hasn't played"), a passive ("has been charged"), or a past form after "to" or an article (a noun's modifier).
 */
export function barePast(toks: readonly Tok[], r: Raw): string {
  const f = forBefore(toks, r.s);
  const k = f - 1;
  const t = toks[k];
  if (k < 0 || !isWord(t) || (t.pos !== "VERB" && !pastAfterSubject(toks, k))) return "";
  if (!participleSpelling(t.l) || gerund(t.l) === "" || LASTING.has(t.l) || SENTENCING.test(t.l) || negated(toks, k)) return "";
  let a = k - 1;
  while (a >= 0 && toks[a]?.pos === "ADV") a--;
  // ("No one has been charged for 20 years": a passive is the predicate's to read, duration-predicate.ts.)
  return toks[a]?.l === "to" || toks[a]?.pos === "DET" || BE_FORMS.has(toks[a]?.l ?? "") || negated(toks, a + 1) ? "" : t.l;
}
