import { changeTopic, changeVerb, pastDescribed } from "#brief/figures/language/change-verb.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Taxes on pensions went up by nearly £700", "Sick pay for new workers is to rise by £900", "Council spending has
// increased by £3bn in real terms": money "by" which a verb of rising or falling moved something is the change in that
// thing, the verb's subject (or the object it moved: "cut its fees by £5" → fees), as a percentage's change is
// (label-percent.ts, change-verb.ts). The money step read no such change: it fell back on the nearest noun phrase, the
// thing taxed or paid to ('£700 — pensions', card audit 33's pattern 1), or on a frame after it ('real terms'), and
// only "rose by", whose verb subjectBefore steps over, named the subject.

/** The thing a change by the amount starting at `s` changed, or undefined when no verb of change moves it. */
export function changeBy(toks: readonly Tok[], s: number): string | undefined {
  // Only "by": "raised £13m", "put $480m into", "boosted by" a gift are among the up verbs changeVerb knows, and with
  // no "by" they move money, they do not change a thing by it.
  if (!isWord(toks[pastDescribed(toks, s) - 1], "by")) return undefined;
  // changeVerb finds the verb of rising or falling before the "by", or before the object the "by" follows.
  const v = changeVerb(toks, s);
  if (v < 0) return undefined;
  const topic = changeTopic(toks, s, v);
  return topic === undefined ? undefined : phrase(toks, topic[0], topic[1]);
}
