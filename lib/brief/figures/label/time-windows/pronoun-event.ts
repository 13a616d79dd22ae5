import { AUXILIARIES, CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { SUBJECTS } from "#brief/figures/label/durations/duration-words.ts";
import { eventBefore } from "#brief/figures/label/time-windows/event-after.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "two weeks after they became sick", "four days after he was arrested", "just two days after it crashed": a time after
// or before a clause whose subject is a pronoun was labelled 'weeks later' (duration-position.ts' clauseAfter: a
// pronoun names no event), a time-point label the strict rule fails (card audits 37, 38). The verb names the event
// without its subject, as a past before "after" does (event-after.ts): weeks after becoming sick, days after being
// arrested, days after crashing. A modal, a denial or a verb of lasting leaves it as it was.

/** Pronouns that open a clause as its subject: "after it crashed", "after you left". */
const OPENING = new Set([...SUBJECTS, "it", "you"]);

/** How many words of the clause after its verb the event may hold, before the label's own cut. */
const REACH = 8;

/**
 * The event of the clause after the "after" or "before" at `k` when its subject is a pronoun: the unit, the word, the
 * verb's "-ing" and its object ("weeks after becoming sick"); "" for any other clause or one event-after.ts would not
 * name.
 */
export function pronounEvent(toks: readonly Tok[], unit: string, k: number, word: string): string {
  if (!OPENING.has(toks[k + 1]?.l ?? "")) return "";
  // Over the auxiliaries and adverbs to the verb: "after he was arrested", "after she had first contracted".
  let v = k + 2;
  while (isWord(toks[v]) && v - k <= 4 && (toks[v]!.pos === "AUX" || toks[v]!.pos === "ADV" || AUXILIARIES.has(toks[v]!.l))) v++;
  if (!isWord(toks[v]) || toks[v]!.pos !== "VERB") return "";
  let to = v + 1;
  let adjunct = -1;
  // "before you went | to be with our Father": an infinitive is another doing, and a label cut at its "to" says none.
  while (to - v <= REACH && isWord(toks[to]) && !CONJUNCTIONS.has(toks[to]!.l) && toks[to]!.pos !== "PART") {
    if (adjunct < 0 && toks[to]!.pos === "ADP") adjunct = to;
    to++;
  }
  if (to === v + 1 && toks[to]?.pos === "PART") return "";
  // "days after he was arrested | in the city": when the whole clause does not fit, its verb without the place or time
  // after it still names the event (a cut object would not: event-after.ts' eventLabel gives "" for it).
  return eventBefore(toks, unit, v, to, word) || (adjunct < 0 ? "" : eventBefore(toks, unit, v, adjunct, word));
}
