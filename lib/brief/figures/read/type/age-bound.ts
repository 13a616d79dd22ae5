import { MEASURE_NOUNS, PEOPLE, PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "girls under 15 could be at risk", "children under 10 play touch rugby", "people over 50", "The Blues' under 19
// captain": "under" or "over" a bare number after a plural of people, or before a team's word, bounds an age group; it
// counts no one. The card read it as a count of the noun before it ('15 — girls', '19 — captain'). An age is no figure
// (type.ts), so the bound is typed as one. One person bounds an age as a group does ("meet a girl under 16 following
// grooming", "indecent assault on a boy under 14.": '16 — following grooming', '14 — counts' on cnndm-dev), and a
// number word as digits do ("children under five and pregnant women": 'five — tonnes of food' on dev-bbc): type.ts
// asks for digits, ageSaid for words, and elided-span.ts no longer gives either a duration's unit.

/** Plurals of people an age bound may follow, besides the counted people of the lexicon's PEOPLE. */
const AGED = new Set(["those", "anyone", "everyone", "youngsters", "teenagers", "teens", "infants", "toddlers", "pensioners", "adults", "buyers"]);

/** PEOPLE words that are no persons of an age ("votes", "jobs") or a body ("staff", "crew", "police"). */
const NOT_AGED = new Set(["votes", "ballots", "jobs", "arrests", "staff", "crew", "police", "members", "households", "families"]);

/** A team's or a grade's words after "under N": "under 19 captain", "under 21 side", "under-16 level". */
const TEAM = new Set(["captain", "side", "sides", "team", "teams", "squad", "squads", "international", "internationals", "level", "coach", "manager", "boss", "category"]);

/** Tags a bound's number may stand before: it ends its phrase, with no noun of its own ("girls under 15 could"). */
const NO_NOUN = new Set(["AUX", "VERB", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "ADV", "DET"]);

/**
 * Whether the amount whose display starts at `s` (its hedge "under" or "over", or the number right after one) and
 * ends before `end` bounds an age: after "under" or "over" that follow a person or a plural of people, with nothing
 * but the end of its phrase after it; or after "under" before a team's word. "players over 18 games" counts games: a
 * noun after the number keeps it an amount (a unit is read before: "under 15 pounds").
 */
export function ageBound(toks: readonly Tok[], s: number, end: number): boolean {
  const at = isHedge(toks[s]) ? s : s - 1;
  const bound = toks[at];
  // ("the Under 21 side": a capitalised hedge is a name's word, read as one by type.ts.)
  if (!isHedge(bound) || bound.s !== bound.l) return false;
  const next = toks[end];
  // A grade is said in digits: "a game under one manager" is under a manager, "under 19 captain" a grade's.
  if (bound.l === "under" && toks[at + 1]?.kind === NUM && isWord(next) && TEAM.has(next.l)) return true;
  // "the over 60's", "the under 25's": a group named by its bound alone, its plural written with an apostrophe, is an
  // age group (card audit 38, sample AF: 'over 60 — something's' as a count; "the over 60s" reads as a decade).
  if (isWord(toks[at - 1], "the") && toks[at + 1]?.kind === NUM && /^['’]$/.test(next?.s ?? "") && isWord(toks[end + 1], "s")) return true;
  const who = toks[at - 1];
  if (!isWord(who) || NOT_AGED.has(who.l) || !(PEOPLE.has(who.l) || AGED.has(who.l) || PERSON_NOUNS.has(who.l))) return false;
  if (next === undefined || (next.kind !== NUM && !isWord(next))) return true;
  return isWord(next) && (NO_NOUN.has(next.pos ?? "") || presentVerb(next));
}

/**
 * Whether `next`, after the bound's number, is a verb the tagger called a noun ("children under 10 play touch
 * rugby"): a bound's number counts no singular noun, so a singular word there starts the predicate ("players over 18
 * games" keeps its plural noun, and "fans over 50 stone" its unit, which may be singular).
 */
function presentVerb(next: Tok): boolean {
  return next.pos === "NOUN" && !isPlural(next.l) && !MEASURE_NOUNS.has(next.l);
}

/** "under" or "over", the words of an age group's bound. */
function isHedge(t: Tok | undefined): t is Tok {
  return isWord(t) && (t.l === "under" || t.l === "over");
}
