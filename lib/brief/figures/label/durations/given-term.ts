import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { PERSON } from "#brief/figures/read/type/one.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Jamie Paulin-Ramirez got eight years.", "An immigrant teen from Pakistan got five years.": a person who got or was
// given a time, and no more said of it, got a prison term, though the sentence has no word of sentencing
// (prison-term.ts reads it once one does: 'eight — years in prison'). Only when the time ends its clause: "was given
// ten days to leave the country", "we've got three weeks of hard work", "given us 12 years service" are no terms.

/** Verbs a term is got or given by: "got eight years", "was given six years", "the judge gave him ten years". */
const GIVEN = new Set(["got", "gets", "given", "gave", "handed", "received", "receives"]);

/** Object pronouns between the verb and the term: "gave him ten years". */
const OBJECTS = new Set(["him", "her", "them"]);

/** Subjects that give a term: "the judge gave him ten years". */
const COURTS = new Set(["judge", "court", "jury", "magistrate", "magistrates", "sheriff", "recorder", "justice"]);

/** Subject pronouns of a person. */
const PERSONS = new Set(["he", "she", "they"]);

/** Units a prison term is said in. */
const TERMS = new Set(["years", "year", "months", "month"]);

/** Words a crime's part is said by after "for" and an owner: "for his part in the robbery". */
const PART = new Set(["part", "role"]);

/** "for attacking a guard", "for his part in the robbery": what a term was got for. */
function crime(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k], "for")) return false;
  const t = toks[k + 1];
  return (isWord(t) && t.pos === "VERB" && t.l.endsWith("ing")) || (POSSESSIVES.has(t?.l ?? "") && PART.has(toks[k + 2]?.l ?? ""));
}

/**
 * Whether the duration starting at `s` (unit `unit`, its noun phrase ending at `npEnd`) is a term got or given a
 * person, its clause ending with it or with what it was got for; the caller then reads it as a sentencing sentence's.
 */
export function givenTerm(toks: readonly Tok[], s: number, unit: string, npEnd: number): boolean {
  if (!TERMS.has(unit)) return false;
  let v = s - 1;
  const object = OBJECTS.has(toks[v]?.l ?? "");
  if (object) v--;
  const verb = toks[v];
  if (!isWord(verb) || !GIVEN.has(verb.l)) return false;
  const next = toks[npEnd];
  if (next !== undefined && !(next.kind === PUNCT && next.s !== "'" && next.s !== "’") && !crime(toks, npEnd)) return false;
  // The subject: over a passive's auxiliary and an appositive's comma ("Jamie Paulin-Ramirez, got").
  let k = v;
  if (isWord(toks[k - 1], "was") || isWord(toks[k - 1], "were")) k--;
  if (toks[k - 1]?.s === ",") k--;
  if (PERSONS.has(toks[k - 1]?.l ?? "")) return !object;
  const np = backNP(toks, k, false);
  const head = np === undefined ? undefined : toks[np[1] - 1];
  if (head === undefined) return false;
  if (object) return COURTS.has(head.l);
  return PERSONS.has(head.l) || PERSON.has(head.l) || head.pos === "PROPN";
}
