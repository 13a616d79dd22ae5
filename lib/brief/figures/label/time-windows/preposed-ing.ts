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

/** The event an "ago" or "earlier" time point in a "before …ing" or "after …ing" clause dates; else "". */
export function preposedIng(toks: readonly Tok[], r: Raw, unit: string, when: string): string {
  if (when !== "ago" && when !== "earlier") return "";
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return "";
    const opener = toks[k - 1];
    if (!t.l.endsWith("ing") || !isWord(opener) || !OPENERS.has(opener.l)) continue;
    // The object's noun phrase alone when more follows it ("a business | selling his own jam"): the label has no room.
    const object = forwardNP(toks, pastDeterminers(toks, k + 1));
    return eventLabel(toks, `${unit} since`, t.l, k + 1, object > k + 1 && object < r.s ? object : r.s);
  }
  return "";
}
