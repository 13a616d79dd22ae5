// "It would be tempting to stop trying once she gets to a thousand, as Priya Nair did in the spring.": a number a
// subject may one day reach, in a clause of "once", "when", "the moment" or "as soon as" under a main clause's
// "would", "could" or "might", is a milestone put as a case, not a figure the story reports; it took the name of the
// comparison after it ('a thousand — Priya Nair', card-audit-49's made-up shape 3). It is labelled 'milestone' (unless
// the clause's subject labels it: "once the price gets to 100"). Its rank is left as it was: a lower weight wants a
// ranking test of its own (left to the ranking helpers). A number reached as a fact ("She reached 40 wins") is no case.
import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/** Verbs of reaching a number, and the preposition each takes ("" for none): "gets to", "reaches", "hits". */
const REACHING: ReadonlyMap<string, string> = new Map([
  ["gets", "to"], ["get", "to"], ["reaches", ""], ["reach", ""],
  ["hits", ""], ["hit", ""], ["passes", ""], ["pass", ""],
]);

/** Words that open a clause of a time yet to come: "once", "when", "the moment", "as soon as". */
const OPENERS = new Set(["once", "when", "moment", "soon", "until", "till"]);

/**
 * Modals of a case put, not reported: "it would be tempting", "a rookie might lose focus". Narrower than the lexicon's
 * MODALS, which hold "will", "can" and "must" too: the rule was written for a case put, and a plain future ("Once she
 * gets to a thousand, as Priya Nair did, she will stop") keeps the label it had (mutation sweep 43's K02 notes it).
 */
const HYPOTHETICAL_MODALS = new Set(["would", "could", "might", "may", "'d"]);

/** How many words the clause's subject may run to between its opener and its verb: "once the team's captain gets". */
const SUBJECT_WORDS = 4;

/** Labels a number reached in a "once SUBJ gets to N" clause under a modal a milestone; true if so. */
export function threshold(toks: readonly Tok[], r: Raw): boolean {
  if (r.drop || r.currency !== undefined || r.percent || r.unit !== undefined) return false;
  // The display may start with its article ("a thousand"): the verb stands before it.
  let v = r.s - 1;
  const verb = REACHING.get(toks[v]?.l ?? "") === undefined ? toks[v - 1] : toks[v];
  const prep = REACHING.get(verb?.l ?? "");
  if (prep === undefined || (prep !== "" && !isWord(toks[v], prep)) || (prep === "" && verb !== toks[v])) return false;
  // "The club could be relegated when it reaches 40 points": a number with its own noun says what it counts, and
  // 'milestone' would lose it; only a bare number ("once she gets to a thousand, as …") took a stray label. Asked
  // after the reaching verb, as a tag tags the whole sentence (speed only: the answer is the same in either order).
  if (toks[r.e]?.pos === "NOUN") return false;
  v = prep === "" ? v : v - 1;
  let o = v - 1;
  while (o > 0 && v - o <= SUBJECT_WORDS && !OPENERS.has(toks[o]?.l ?? "")) o--;
  if (!OPENERS.has(toks[o]?.l ?? "") || !toks.slice(0, o).some((t) => HYPOTHETICAL_MODALS.has(t.l))) return false;
  // "once the price gets to 100": a label read from the clause's own subject says what would reach it, and stays.
  const last = r.label.slice(r.label.lastIndexOf(" ") + 1).toLowerCase();
  if (!toks.slice(o + 1, v).some((t) => t.l === last)) r.label = "milestone";
  return true;
}
