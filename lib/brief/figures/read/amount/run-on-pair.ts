import { ATTRIBUTION_VERBS, BE_FORMS, CLAUSE_VERBS, participleForm } from "#brief/figures/language/lexicon.ts";
import { pluralsVerb } from "#brief/figures/language/plural-verb.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The club won 2 and 30 million fans watched": two clauses run together without a comma, the first ending on a bare
// object or complement ("won 2", "rose to 700", "The score was 2"), the second opening on a subject with a verb of its
// own ("30 million fans watched", "400 people were hurt"). The two numbers are no coordinated pair, so the first shares
// neither the second's scale nor its noun. A coordinated pair is either the verb's one object ("drew 3 and 45 million
// viewers": nothing verbal after the noun) or one subject ("About 602 and 402 million people live": no verb before
// the first, or a verb of saying or finding whose object is that clause, "said 3 and 4 million people live"; "There
// were 3 and 4 million people affected", whose "were" has no complement but the pair). "The firm employs 700 and 400
// contractors work on site" is a run-on too, "work" the plural's verb though tagged a noun (plural-verb.ts; '700 —
// contractors work'), and so is a bare second with a verb right after it ("won 2 and 3 million watched": no noun,
// '2 million — club'; mutation sweep 45's Q06) or a noun phrase a name opens ("won 2 and 3 Arsenal players were
// booked").

/** Verbs that take a clause as their object, so that a pair after them may be that clause's subject. */
const CLAUSE_OBJECT = new Set([...CLAUSE_VERBS, ...ATTRIBUTION_VERBS, ..."find finds found show shows showed shown suggest suggests suggested mean means meant".split(" ")]);

/** Prepositions a bare object may stand after: "rose to 700", "fell by 2", "finished on 40". */
const OBJECT_PREPOSITIONS = new Set(["to", "by", "on", "at"]);

/** How many words of the second's noun phrase may stand between its number and its verb ("30 million young fans"). */
const NOUN_PHRASE = 3;

/** Tags of the second's noun phrase: a name's too ("3 Arsenal players were booked"). */
const NOUN_PHRASE_TAGS = new Set(["NOUN", "ADJ", "PROPN"]);

/** Whether the first of the pair, at `first`, ends a clause as its verb's bare object or complement. */
function endsClause(toks: readonly Tok[], first: number): boolean {
  const k = OBJECT_PREPOSITIONS.has(toks[first - 1]?.l ?? "") ? first - 2 : first - 1;
  const verb = toks[k];
  if (verb?.pos === "VERB") return !CLAUSE_OBJECT.has(verb.l);
  return verb?.pos === "AUX" && BE_FORMS.has(verb.l) && !isWord(toks[k - 1], "there");
}

/**
 * Whether "N and M NOUN" starting at `first` (the first number's display start) and ending its number at `secondEnd`
 * is a run-on of two clauses: a verb whose bare object the first is, and a verb after the second's noun phrase.
 */
export function runOnPair(toks: readonly Tok[], first: number, secondEnd: number): boolean {
  if (!endsClause(toks, first)) return false;
  let k = secondEnd;
  for (let n = 0; n < NOUN_PHRASE && NOUN_PHRASE_TAGS.has(toks[k]?.pos ?? "") && !pluralsVerb(toks, k); n++) k++;
  if (pluralsVerb(toks, k)) return true;
  const next = toks[k];
  // "viewers tuning in", "fans watched by millions", "phones made in China": a participle after the noun is part of
  // its phrase, not a new clause.
  if (next === undefined || (next.pos !== "VERB" && next.pos !== "AUX") || next.l.endsWith("ing")) return false;
  return !(participleForm(next.l) && toks[k + 1]?.pos === "ADP");
}
