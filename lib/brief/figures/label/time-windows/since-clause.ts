import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CONJUNCTIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { eventBefore, participle } from "#brief/figures/label/time-windows/event-after.ts";
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
  if (!isWord(toks[npEnd], "since") || isWord(toks[r.s - 1], "for")) return "";
  const k = npEnd + 1;
  const first = toks[k];
  if (!isWord(first) || CONJUNCTIONS.has(first.l)) return "";
  // The subject: a pronoun, or a noun phrase over its determiners.
  const from = pastDeterminers(toks, k);
  const subjEnd = PRONOUNS.has(first.l) ? k + 1 : aged(toks, from) || forwardNP(toks, from);
  if (subjEnd === from && !PRONOUNS.has(first.l)) return "";
  let v = subjEnd;
  // "they last won": the tagger may call "last" a verb.
  while (toks[v]?.pos === "ADV" || WHEN_ADVERBS.has(toks[v]?.l ?? "")) v++;
  const passive = BE_FORMS.has(toks[v]?.l ?? "") && participle(toks[v + 1]?.l ?? "") !== "";
  if (passive) v++;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return "";
  let to = v + 1;
  while (to - v <= REACH && isWord(toks[to]) && !CONJUNCTIONS.has(toks[to]!.l)) to++;
  // "since the Government was formed": a name after "the" done to is a thing named, kept as the first mammal is (a
  // person's name takes no "the": "since Dana Vulin was set alight").
  const named = passive && isWord(first, "the") && isCapitalised(toks[subjEnd - 1]!);
  const who = PRONOUNS.has(first.l) || (!named && person(toks, from, subjEnd));
  if (!who) {
    // The thing done to keeps its name: "since the first mammal was cloned" → since first mammal cloned.
    return passive && subjEnd - from <= SUBJECT_WORDS ? `since ${phrase(toks, from, subjEnd)} ${verb.l}` : "";
  }
  const event = eventBefore(toks, unit, v, to, "since", passive);
  if (event === "") return "";
  const said = event.slice(unit.length + 1);
  // "since they last won": the adverb of when goes before the "-ing" (since last winning a trophy).
  const when = toks[subjEnd];
  return !passive && v === subjEnd + 1 && WHEN_ADVERBS.has(when?.l ?? "") ? said.replace(/^since /, `since ${when!.l} `) : said;
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
