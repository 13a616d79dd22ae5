import type { Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, BE_FORMS, CONJUNCTIONS, HAVE_FORMS, PARTICLES, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { eventBefore, participle } from "#brief/figures/label/time-windows/event-after.ts";
import { presentBefore } from "#brief/figures/label/time-windows/present-before.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "It's six years since Daley won his breakthrough world title", "It has been three years since they last won a
// trophy": a time "since" a clause is how long since its event, and the label was the unit alone ('six — years'), since
// label-duration.ts reads an event after "since" only as a noun phrase ("years since the start"). The clause's past is
// the event, read as dated-event.ts reads one before "ago" → 'years since winning breakthrough world title'; its
// subject is left out when it is a pronoun or a name (who, which the story already says), kept when it is the thing
// done to ("since the first mammal was cloned" → years since first mammal cloned). An active clause of a common
// noun ("since situational anxieties saw him quit") or a copula ("since you were with me") names no event this reads.

/** How many words the event's clause is read for after its verb: its object and a place. */
const REACH = 8;

/** How many words of a thing done to the label keeps: "first mammal" (the unit, "since" and the participle take three). */
const SUBJECT_WORDS = 3;

/** Words before a subject's verb that say when, which the label keeps before the "-ing": "since they last won". */
const WHEN_ADVERBS = new Set(["last", "first", "finally"]);

/**
 * "since Daley won his breakthrough world title" → since winning breakthrough world title, for the duration `r` whose
 * unit `unit` ends at `npEnd` right before "since"; "" when "since" does not follow it, the time is a "for" time (in "has
 * not played for five weeks since he came off injured" the time is the verb's), or the clause is none this reads.
 */
export function sinceClause(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  // "Exactly 365 days have passed since the girls were snatched": over the perfect of the time's passing.
  const passed = HAVE_FORMS.has(toks[npEnd]?.l ?? "") && PASSING.has(toks[npEnd + 1]?.l ?? "") ? npEnd + 2 : npEnd;
  if (!isWord(toks[passed], "since") || isWord(toks[r.s - 1], "for")) return "";
  return clauseEvent(toks, unit, passed, "since");
}

/** The verbs of a time passing after a perfect's auxiliaries (HAVE_FORMS): "365 days have passed since", "had elapsed since". */
const PASSING = new Set(["passed", "elapsed"]);

/** Words a "before" clause's event may open with besides a verb: present "be" and a past ability's "could". */
const PRESENT_OR_COULD = new Set(["is", "are", "am", "'s", "'re", "could"]);

/** Perfect auxiliaries a clause's verb may follow: "since she has stopped", "after he had been arrested". */
const PERFECT = new Set(["has", "have", "had", "'ve", "'d"]);

/**
 * The event of the clause after the link word ("since", "after", "before") at `at`, as the label's words after the
 * unit: "since Daley won his breakthrough world title" → since winning breakthrough world title, "after they became
 * sick" → after becoming sick (duration-position.ts' clauseAfter asks it of a clause its subject and verb do not name),
 * "after the film was released" → after film released; "" for a clause none of these reads.
 */
export function clauseEvent(toks: readonly Tok[], unit: string, at: number, link: string): string {
  const k = at + 1;
  const first = toks[k];
  if (!isWord(first) || CONJUNCTIONS.has(first.l)) return "";
  // The subject: a pronoun, or a noun phrase over its determiners.
  const from = pastDeterminers(toks, k);
  const subjEnd = PRONOUNS.has(first.l) ? k + 1 : aged(toks, from) || forwardNP(toks, from);
  if (subjEnd === from && !PRONOUNS.has(first.l)) return "";
  let v = subjEnd;
  // "they last won": the tagger may call "last" a verb; "she has stopped", "he had been arrested": a perfect.
  while (toks[v]?.pos === "ADV" || WHEN_ADVERBS.has(toks[v]?.l ?? "") || (v === subjEnd && PERFECT.has(toks[v]?.l ?? ""))) v++;
  // A passive over its adverbs: "after it was first released".
  let p = v + 1;
  while (BE_FORMS.has(toks[v]?.l ?? "") && toks[p]?.pos === "ADV") p++;
  const passive = BE_FORMS.has(toks[v]?.l ?? "") && participle(toks[p]?.l ?? "") !== "";
  if (passive) v = p;
  const verb = toks[v];
  // "before he is back in action", "before she could get into a wheelchair": present-before.ts reads them.
  const present = link === "before" && !passive && PRESENT_OR_COULD.has(verb?.l ?? "");
  if (!isWord(verb) || (verb.pos !== "VERB" && !present)) return "";
  // To the clause's end, and the place or time first said in it ("after he was arrested | in the city").
  let to = v + 1;
  let adjunct = -1;
  // "before you went | to be with our Father": an infinitive is another doing, and a label cut at its "to" says none.
  const infinitive = (t: Tok | undefined): boolean => isWord(t, "to") && t.pos === "PART";
  while (to - v <= REACH && isWord(toks[to]) && !CONJUNCTIONS.has(toks[to]!.l) && !infinitive(toks[to])) {
    if (adjunct < 0 && toks[to]!.pos === "ADP") adjunct = to;
    to++;
  }
  if (to === v + 1 && infinitive(toks[to])) return "";
  // "since the Government was formed": a name after "the" done to is a thing named, kept as the first mammal is (a
  // person's name takes no "the": "since Dana Vulin was set alight").
  const named = passive && isWord(first, "the") && isCapitalised(toks[subjEnd - 1]!);
  const who = PRONOUNS.has(first.l) || (!named && person(toks, from, subjEnd));
  if (!who) {
    // The thing done to keeps its name: "since the first mammal was cloned" → since first mammal cloned.
    // An article goes, any other determiner stays: "after another man's remains were found". A particle makes the
    // verb another ("after her car was pulled off the road": 'her car pulled' misreads it as active), and what the
    // thing was told or left as is part of the event ("after the man was first told he would be deported").
    const start = ARTICLES.has(first.l) ? k + 1 : k;
    const next = toks[v + 1];
    const ends = !isWord(next) || ((next.pos === "ADP" || next.pos === "CCONJ" || next.pos === "SCONJ") && !PARTICLES.has(next.l));
    return passive && ends && subjEnd - start <= SUBJECT_WORDS + 1 && subjEnd - from <= SUBJECT_WORDS ? `${link} ${phrase(toks, start, subjEnd)} ${verb.l}` : "";
  }
  // When the whole clause does not fit, its verb without the place or time after it still names the event (a cut
  // object would not: event-after.ts' eventLabel gives "" for it).
  const event =
    eventBefore(toks, unit, v, to, link, passive) ||
    (adjunct < 0 ? "" : eventBefore(toks, unit, v, adjunct, link, passive)) ||
    (link === "before" && !passive ? presentBefore(toks, unit, v, to, infinitive(toks[to])) || (adjunct < 0 ? "" : presentBefore(toks, unit, v, adjunct, false)) : "");
  if (event === "") return "";
  const said = event.slice(unit.length + 1);
  // "since they last won": the adverb of when goes before the "-ing" (since last winning a trophy).
  const when = toks[subjEnd];
  return !passive && v === subjEnd + 1 && WHEN_ADVERBS.has(when?.l ?? "") ? said.replace(`${link} `, `${link} ${when!.l} `) : said;
}

/** The end of an age said as a noun, "61-year-old" (tokens "61", "-", "year-old"), from `k`; 0 for none. */
function aged(toks: readonly Tok[], k: number): number {
  return toks[k]?.pos === "NUM" && toks[k + 1]?.s === "-" && (toks[k + 2]?.l ?? "").endsWith("-old") ? k + 3 : 0;
}

/** Whether a subject names who did it: a name ("Dana Vulin") or an age as a noun ("the 61-year-old"). */
function person(toks: readonly Tok[], from: number, to: number): boolean {
  const head = toks[to - 1];
  return head !== undefined && (isCapitalised(head) || head.l.endsWith("-old"));
}
