import { BE_FORMS, PARTICLES } from "#brief/figures/language/lexicon.ts";
import { eventLabel } from "#brief/figures/label/time-windows/event-after.ts";
import { ing, negated, participleSpelling } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "34 minutes before he pulls out the Ivan card", "two to three weeks before he is back in action", "six months before
// she could get into a wheelchair": a clause after "before" told in the present (what is to come, or a habit) or with
// the "could" of a past ability names its event as a past one does (since-clause.ts' clauseEvent reads only pasts and
// passives), by its "-ing": 'minutes before pulling out the Ivan card', 'weeks before being back in action', 'months
// before getting into a wheelchair'. The label was the unit alone.

/** Present forms of "be" whose complement is the event: "before he is back in action". */
const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re"]);

/**
 * The base form of a third person's present ("pulls" → pull, "watches" → watch, "tries" → try); "" for any other
 * word.
 */
function base(l: string): string {
  // Only the third person's "-s" is surely a present: a bare form may be an irregular past no list holds ("took").
  if (!/[^s]s$/.test(l)) return "";
  if (l.endsWith("ies") && l.length > 4) return `${l.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|o)es$/.test(l)) return l.slice(0, -2);
  return l.slice(0, -1);
}

/**
 * The event of the present or "could" clause whose verb (or "could", or present "be") stands at `v`, read up to `to`
 * (before an infinitive, a conjunction or the clause's end), as the label's words after the unit: "before pulling out
 * the Ivan card"; "" for a denied verb, a complement cut before an infinitive ("before she is due | to give birth"), or
 * one the card cannot hold.
 */
export function presentBefore(toks: readonly Tok[], unit: string, v: number, to: number, infinitive: boolean): string {
  const t = toks[v];
  if (!isWord(t) || negated(toks, v)) return "";
  const head = `${unit} before`;
  // "before he is back in action completely": an adverb ending the clause goes first.
  let end = to;
  while (end > v + 2 && toks[end - 1]?.pos === "ADV") end--;
  if (PRESENT_BE.has(t.l)) return infinitive || participleSpelling(toks[v + 1]?.l ?? "") ? "" : said(toks, head, "being", v + 1, end);
  // "before she could get into a wheelchair": the ability's base verb is the event.
  if (t.l === "could") {
    const verb = toks[v + 1];
    return verb?.pos === "VERB" && !BE_FORMS.has(verb.l) ? said(toks, head, ing(verb.l), v + 2, end) : "";
  }
  const b = t.pos === "VERB" ? base(t.l) : "";
  return b === "" ? "" : said(toks, head, ing(b), v + 1, end);
}

/**
 * eventLabel's label, "" when it cut away every word after the "-ing" there were, or stopped before the verb's particle
 * ("minutes before pulling" of "pulls out the Ivan card").
 */
function said(toks: readonly Tok[], head: string, doing: string, from: number, to: number): string {
  const label = eventLabel(toks, head, doing, from, to);
  return label === `${head} ${doing}` && (to > from || PARTICLES.has(toks[from]?.l ?? "")) ? "" : label;
}
