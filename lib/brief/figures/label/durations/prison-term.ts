import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, PERIOD_NOUNS, SENTENCING, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// What a duration in a sentence about a sentence is: a prison term ("jailed for eight years" → years in prison) or a
// ban ("banned from driving for ten years" → years ban), read from the duration's own clause. The whole sentence's
// first sentencing word gave it before, so "who was six months pregnant at the time, … but now will serve three and a
// half years in prison" read "months pregnant in prison", and a ban after a jail term read as prison (card audit 11).

/** Verbs right before a duration that make it a prison term with no word for prison: "also received eight years". */
const TERM_VERBS = new Set([
  "jailed", "imprisoned", "sentenced", "received", "receives", "receive", "given", "gave", "handed", "got", "gets",
  "serve", "serves", "served", "serving",
]);

/** How far either side of a duration a suspension is looked for, over clause boundaries. */
const SUSPENSION_REACH = 6;

/** How far from a duration its clause is read for a sentencing word. */
const CLAUSE_REACH = 20;

/**
 * "in prison", "ban" or "" for the duration `r` (its noun phrase ending at `npEnd`): a prison term when a term verb
 * stands right before it ("received eight years", "sentenced to eight years", "serve 15 years") or its clause says
 * jail or prison; a ban when the clause says ban; "" when the sentencing words are in another clause, or the clause
 * suspends the sentence ("a two-year sentence, suspended for 12 months").
 */
export function sentenceTerm(toks: readonly Tok[], r: Raw, npEnd: number): string {
  // "sentenced to two years, suspended for 12 months": a suspension said past the clause's comma still suspends it.
  if (toks.slice(Math.max(0, r.s - SUSPENSION_REACH), npEnd + SUSPENSION_REACH).some((t) => t.l === "suspended" || t.l === "suspension")) return "";
  const words = clauseWords(toks, r.s, npEnd);
  // "sentenced to five days of community service", "served three months of her sentence": what the time is "of" says
  // what it is (measuredThing), not the verb.
  // "jailed exactly one year ago": a time point, no term; "three years' probation": no prison.
  const after = toks[npEnd]?.s === "'" || toks[npEnd]?.s === "’" ? toks[npEnd + 1] : toks[npEnd];
  if (isWord(toks[npEnd], "of") || NO_TERM.has(after?.l ?? "")) return "";
  let v = isWord(toks[r.s - 1], "to") || isWord(toks[r.s - 1], "for") ? r.s - 2 : r.s - 1;
  // "sentenced her to 3-23 months", "handed him eight years": over the object pronoun.
  if (OBJECTS.has(toks[v]?.l ?? "")) v--;
  // "was jailed three years earlier for running it", "banned three seasons before for doping": with no "for" or "to",
  // a time with "earlier" or "before" after it dates the sentencing, no term (card-audit-49's made-up shape 5). Only
  // the adverb, with a preposition, a conjunction or a stop after it: "served 114 days before Rep. Bill Richardson flew
  // in" is a term served up to an event (a dev card's row).
  const dated = v === r.s - 1 && DATING.has(after?.l ?? "") && toks[npEnd + 1] !== undefined;
  const next = toks[npEnd + 1];
  if (dated && (next!.kind === PUNCT || AFTER_DATING.has(next!.l)) && !newsTime(toks, npEnd + 1)) return "";
  if (TERM_VERBS.has(toks[v]?.l ?? "")) return "in prison";
  if (BAN_VERBS.has(toks[v]?.l ?? "")) return "ban";
  // "released five days later": with no term verb before it, a time point ("jailed for 43 months earlier this year" is a term).
  if (after?.l === "later" || after?.l === "earlier") return "";
  const what = words.find((w) => SENTENCING.test(w)) ?? "";
  if (PRISON.has(what)) return "in prison";
  return what === "ban" || what === "banned" ? "ban" : "";
}

/** Sentencing words that say prison: "was sentenced yesterday to nine years" is a prison term too. */
const PRISON = new Set(["prison", "jail", "jailed", "imprisoned", "imprison", "sentenced"]);

/** Words after a duration that make it no prison term: a time point ("ago", "later") or a sentence served outside. */
const NO_TERM = new Set(["ago", "old", "probation", "community"]);

/** Words after a duration right after its verb that make it a time point: "jailed three years earlier". */
const DATING = new Set(["earlier", "before", "previously"]);

/**
 * Whether "in the week" or "on Monday" stands at `k`, after "earlier": "was jailed six months earlier in the week"
 * dates the news ("earlier in the week"), and the six months are the term.
 */
function newsTime(toks: readonly Tok[], k: number): boolean {
  const the = isWord(toks[k + 1], "the") ? k + 2 : k + 1;
  if (isWord(toks[k], "in")) return PERIOD_NOUNS.has(toks[the]?.l ?? "");
  return isWord(toks[k], "on") && WEEKDAYS.has(toks[k + 1]?.l ?? "");
}

/** Words that may follow such an adverb: "earlier for running the scheme", "before, when", "previously but". */
const AFTER_DATING = new Set(["for", "when", "in", "on", "at", "and", "but", "after", "over", "while"]);

/** Verbs right before a duration that make it a ban: "was banned for two years after testing positive". */
const BAN_VERBS = new Set(["banned", "barred"]);

/**
 * Words after a duration that start a time phrase or clause of their own, where its clause is not read on: "in 10 days
 * after being released from prison" says nothing of the days.
 */
const OFFSETS = new Set(["after", "before", "since", "until"]);

/** Object pronouns between a term verb and its duration. */
const OBJECTS = new Set(["him", "her", "them", "me", "us"]);

/**
 * The words of the clause around tokens s..e, nearest first: back from `s`, then on from `e`, each way up to a clause
 * boundary (clauseEnd).
 */
function clauseWords(toks: readonly Tok[], s: number, e: number): string[] {
  const out: string[] = [];
  for (let k = s - 1; k >= 0 && s - k <= CLAUSE_REACH && !clauseEnd(toks, k); k--) out.push(toks[k]!.l);
  for (let k = e; k < toks.length && k - e < CLAUSE_REACH && !clauseEnd(toks, k) && !OFFSETS.has(toks[k]!.l); k++) out.push(toks[k]!.l);
  return out;
}

/** Pronouns that can only be a subject. */
const SUBJECTS = new Set(["i", "he", "she", "we", "they"]);

/** Punctuation that ends a clause whatever follows it. */
const STOPS = new Set([";", ":", "(", ")", ".", "?", "!", "—", "–"]);

/**
 * Whether the token at k starts or ends a clause: a stop; a comma before a conjunction, a subject pronoun or a verb
 * (", but now will serve", ", he told", ", originally pleaded": the main clause going on after an aside); a conjunction or relative pronoun ("while
 * John Powell was sentenced", "who was six months pregnant"), but not "and"/"or" joining two numbers ("ten years and
 * six months").
 */
function clauseEnd(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.kind === PUNCT) {
    if (STOPS.has(t.s)) return true;
    if (t.s !== ",") return false;
    let n = k + 1;
    while (toks[n]?.pos === "ADV") n++;
    const next = toks[n];
    // ", he told the newspaper": a subject pronoun after a comma starts a clause of its own.
    return next !== undefined && (CONJUNCTIONS.has(next.l) || SUBJECTS.has(next.l) || next.pos === "VERB" || next.pos === "AUX");
  }
  if (!isWord(t) || !CONJUNCTIONS.has(t.l)) return false;
  const next = toks[k + 1];
  return !((t.l === "and" || t.l === "or") && next !== undefined && (next.kind === NUM || CARDINAL_WORDS.has(next.l)));
}
