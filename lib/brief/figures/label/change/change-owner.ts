import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGES } from "#brief/figures/label/change/change-after.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// An amount labelled by its change noun alone ('2.8 per cent — growth', '£6.4bn — rise') when the clause says whose
// change it is by its subject: "The UK clocked up growth of 2.8 per cent" (a verb of making or suffering a change: the
// subject's own), "Mortgage lending rose by £7.1bn in December, up from a £6.4bn rise in November" (a verb of change:
// what changed is its subject, and the earlier change is the same thing's). The label becomes the subject and the noun
// ('UK growth', 'Mortgage lending rise'). A verb that tells of someone else's change ("The IMF is forecasting growth of
// 2.7%", "caused a loss of £23,000 to Chiltern Railways", "The ONS reported growth") names no owner.
// change-after.ts reads what the noun's own phrase names first ("growth of 13.1% in the key manufacturing sector").

/** Verbs whose subject makes, suffers or shows in itself the change that is their object. */
const OWNING = new Set([
  "made", "make", "makes", "making", "suffered", "suffer", "suffers", "suffering", "posted", "post", "posts", "posting",
  "clocked", "racked", "notched", "chalked", "booked", "enjoyed", "enjoys", "enjoying", "delivered", "delivers", "delivering",
  "experienced", "experiences", "achieved", "achieves", "registered",
]);

/** How many tokens back from the amount the verb is looked for: "rose by £7.1bn in December, up from a £6.4bn rise". */
const VERB_REACH = 12;

/** The subject of the owning or changing verb nearest before the amount r, as words; "" when the nearest verb is neither. */
function owner(toks: readonly Tok[], r: Raw): string {
  for (let v = pastDescribed(toks, r.s) - 1; v >= 0 && r.s - v <= VERB_REACH; v--) {
    const t = toks[v];
    if (!isWord(t) || t.pos !== "VERB") continue;
    // "Ford reported net income of $104m, compared with a loss of $793m": a comparison sets the amount beside the main
    // clause's, whose verb says whose both are.
    if (t.l === "compared" && (isWord(toks[v + 1], "with") || isWord(toks[v + 1], "to"))) continue;
    if (!OWNING.has(t.l) && upDown(t) === undefined) return "";
    // (A pronoun subject is no noun phrase: "It made a loss of 27.2m euros" names no owner.)
    const np = verbSubject(toks, v);
    if (np === undefined) return "";
    // "The rise in prices delivered growth of 3%": a subject that is a change itself names no owner.
    const subject = phrase(toks, np[0], np[1]);
    return subject.split(" ").some((w) => CHANGES.has(w.toLowerCase())) ? "" : subject;
  }
  return "";
}

/** Relabels an amount labelled by a change noun alone with the subject whose change it is; left as it was otherwise. */
export function changeOwner(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !CHANGES.has(r.label)) return;
  const subject = owner(toks, r);
  if (subject !== "") r.label = `${subject} ${r.label}`;
}
