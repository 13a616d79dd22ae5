import type { Raw } from "#brief/figures/card/figure.ts";
import { eventLabel } from "#brief/figures/label/time-windows/event-after.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Before starting a business selling his own jam four years ago, Marcus was a bus driver": a time point inside a
// "before …ing" or "after …ing" clause, preposed or not, dates the "-ing" that opens the clause; dated-event.ts reads a
// past before the time, and the clause has none, so the label was the unit and "ago" ('four — years ago'). The "-ing"
// and its object, as a main clause's past reads ("He started his bakery seven years ago" → years since starting his
// bakery); the object's noun phrase alone when more follows it.

/** The words that open a preposed clause of an "-ing". */
const OPENERS = new Set(["before", "after"]);

/** How many words the "-ing" may stand before the time: "starting a business selling his own jam". */
const REACH = 9;

// "the spat that led to Jones collapsing in tears on the same court 12 years ago": an "-ing" after a preposition and
// its own subject is the clause's event as the "-ing" of a "before" clause is; the time point read 'years ago' where a
// plain past reads 'years since storming off'. Only with a subject named between: with none, the "-ing" is as often a
// noun's modifier ("the death of a man with learning difficulties more than 40 years ago", a cnndm-dev card).

/** Tags of a gerund's own subject between the preposition and the "-ing": "to Jones collapsing", "with him walking". */
const GERUND_SUBJECT = new Set(["PROPN", "PRON"]);

/** Prepositions whose gerund is no event that happened: "without him saying", "despite Hill losing", "the fear of him losing". */
const UNDONE = new Set(["without", "despite", "of"]);

/** How many words the gerund's subject may take: "to Maria Kos collapsing". */
const SUBJECT_WORDS = 3;

/**
 * Whether the "-ing" at `k`, tagged a verb, follows a preposition ("with", "to") and its short subject, a name or a
 * pronoun ("to Maria Kos collapsing"); not a denied or undone one ("without him saying", "the fear of him losing").
 */
function gerundAfter(toks: readonly Tok[], k: number): boolean {
  if (toks[k]!.pos !== "VERB") return false;
  let p = k - 1;
  while (p >= k - SUBJECT_WORDS && GERUND_SUBJECT.has(toks[p]?.pos ?? "")) p--;
  const prep = toks[p];
  return p < k - 1 && isWord(prep) && (prep.pos === "ADP" || prep.l === "to") && !UNDONE.has(prep.l);
}

/** The event an "ago" or "earlier" time point in a "before …ing" or "after …ing" clause dates; else "". */
export function preposedIng(toks: readonly Tok[], r: Raw, unit: string, when: string): string {
  if (when !== "ago" && when !== "earlier") return "";
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return "";
    const opener = toks[k - 1];
    if (!t.l.endsWith("ing") || !isWord(opener) || !(OPENERS.has(opener.l) || gerundAfter(toks, k))) continue;
    // The object's noun phrase alone when more follows it ("a business | selling his own jam"): the label has no room.
    const object = forwardNP(toks, pastDeterminers(toks, k + 1));
    return eventLabel(toks, `${unit} since`, t.l, k + 1, object > k + 1 && object < r.s ? object : r.s);
  }
  return "";
}
