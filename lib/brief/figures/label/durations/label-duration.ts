import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { AUXILIARIES, CONJUNCTIONS, DURATIONS, LASTING, RAISING, SPENDING } from "#brief/figures/language/lexicon.ts";
import { durationPosition } from "#brief/figures/label/durations/duration-position.ts";
import { preposedIng } from "#brief/figures/label/time-windows/preposed-ing.ts";
import { datedEvent, frontedEvent } from "#brief/figures/label/time-windows/dated-event.ts";
import { eventNoun } from "#brief/figures/label/time-windows/event-noun.ts";
import { sinceClause } from "#brief/figures/label/time-windows/since-clause.ts";
import { anniversaryOffset } from "#brief/figures/label/durations/anniversary-offset.ts";
import { presentSince } from "#brief/figures/label/durations/present-since.ts";
import { datedSentencing } from "#brief/figures/label/durations/dated-sentencing.ts";
import { spentAlone } from "#brief/figures/label/durations/duration-served.ts";
import { boundTerm, prisonBound } from "#brief/figures/label/durations/bound-term.ts";
import { spanOf } from "#brief/figures/label/durations/span-of.ts";
import { asRole, spanningVerb } from "#brief/figures/label/durations/duration-span.ts";
import { elidedFor, predicate } from "#brief/figures/label/durations/duration-predicate.ts";
import { infinitiveDoing } from "#brief/figures/label/durations/infinitive-doing.ts";
import { ageOfThing } from "#brief/figures/label/durations/age-of-thing.ts";
import { hadFor } from "#brief/figures/label/durations/had-for.ts";
import { barePast } from "#brief/figures/label/durations/bare-past.ts";
import { clause, MAX_WORDS, OFFSETS, SUBJECTS, withinOf, words } from "#brief/figures/label/durations/duration-words.ts";
import { LENGTHS, motion } from "#brief/figures/label/measures/length-motion.ts";
import { inOneUnit } from "#brief/figures/label/measures/distance-in-time.ts";
import { calendarUnit, describedUnit } from "#brief/figures/label/durations/described-span.ts";
import { timeHence } from "#brief/figures/label/time-windows/time-hence.ts";
import { roleFor } from "#brief/figures/label/durations/role-for.ts";
import { objectComplement } from "#brief/figures/label/durations/object-complement.ts";
import { ownerSurname } from "#brief/figures/label/durations/owner-name.ts";
import { relativeTime } from "#brief/figures/label/durations/relative-time.ts";
import { everyInterval } from "#brief/figures/label/durations/every-interval.ts";
import { priorTo } from "#brief/figures/label/durations/prior-to.ts";
import { goingOn } from "#brief/figures/label/durations/going-on.ts";
import { beforeDoing } from "#brief/figures/label/durations/before-doing.ts";
import { takenLink, timeTaken } from "#brief/figures/label/durations/time-taken.ts";
import { spanBetween } from "#brief/figures/label/durations/span-between.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { adjacent, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { toLife } from "#brief/figures/read/amount/life-term.ts";

/** What opens an aside before its relative pronoun: a comma, or a dash (typed as a hyphen or cut from a word). */
const ASIDE_OPENERS = new Set([",", "-", "—", "–"]);

// What a duration is of, when its label is its unit alone: "eight — years" says nothing of what the years were; the
// clause says it, "spent eight years with the Argentine side" → years with the Argentine side, "was homeless for three
// years" → years homeless, "has 14 months remaining on his contract" → months left on contract. The unit stays first,
// so the label still names what the number counts.

/**
 * Relabels a duration whose label is its unit alone (`c.np`) by what its clause says it is of; a time point by the word
 * that makes it one ("two — years ago"); leaves it as it is when the clause says nothing the parse can read ("four
 * days after", "for the first time in eight years").
 */
export function labelDuration(toks: readonly Tok[], r: Raw, c: Count): void {
  // "The drought has lasted three years in the region", "the talks lasted 12 hours at the hotel": the count's kind took
  // the place after the unit ('years in region'), but a time that lasted is its subject's: years of drought. ("spent two
  // years in the army" keeps its place: no verb of lasting spans it; "It lasted … in total" has no subject to name;
  // "Police took two hours at the scene": a "took" has an agent as often as a thing that lasted.)
  const placedAt = r.compound === undefined && r.type === "duration" && DURATIONS.has(c.np) && r.label.startsWith(`${c.np} `);
  const lastedVerb = toks[isWord(toks[r.s - 1], "for") ? r.s - 2 : r.s - 1]?.l.startsWith("last") === true;
  const lasted = placedAt && lastedVerb ? length(toks, r, c) : "";
  if (lasted !== "") r.label = `${c.np} ${lasted}`;
  // "a minimum of 25 years in prison": a prison term's bound (bound-term.ts), shown as a term's bound below is.
  const prison = r.type === "duration" && r.label.startsWith(`${c.np} `) ? prisonBound(toks, r.core, r.label.slice(c.np.length + 1)) : "";
  if (prison !== "") r.placed = prison;
  // "a 25-year period of no parole": a bare span's head takes what its phrase says it was (span-of.ts).
  const span = r.type === "duration" ? spanOf(toks, r, c) : "";
  if (span !== "") r.label = span;
  if (r.compound !== undefined || r.label !== c.np) return;
  // "in three years time", "in three years' time" → years from now (time-hence.ts).
  const hence = timeHence(toks, r, c.e);
  if (hence !== "") {
    r.label = hence;
    return;
  }
  // "serving a minimum of 18 years" → minimum term (bound-term.ts): shown, as a time's place is, so that a second span
  // the sentence elides ("faced a maximum of 20 years but was given 18") takes the unit, not the bound.
  const bound = r.type === "duration" ? boundTerm(toks, r.core, c.npEnd - 1) : "";
  if (bound !== "") {
    r.placed = bound;
    return;
  }
  // "stuck 15 to life behind foreign bars", "faces 25 years to life": a life term no word of prison names is one.
  if (r.type === "duration" && toLife(toks, c.npEnd)) {
    r.label = `${c.np} to life`;
    return;
  }
  // "chaired the board for 31 unbroken years": read as the unit alone, the adjective kept if that names nothing
  // (described-span.ts).
  const bare = r.type === "duration" ? describedUnit(toks, c) : undefined;
  if (bare !== undefined) {
    r.label = bare;
    labelDuration(toks, r, { ...c, e: c.e + 1, np: bare });
    if (r.label === bare) r.label = c.np;
    // "ten working days to reply": a calendar's word names which days, kept (described-span.ts).
    r.label = calendarUnit(r.label, bare, c.np);
    if (r.placed !== undefined) r.placed = calendarUnit(r.placed, bare, c.np);
    return;
  }
  if (LENGTHS.has(c.np)) {
    const moved = motion(toks, r);
    // "can cycle 52 miles in an hour" → miles cycled in an hour (distance-in-time.ts).
    if (moved !== "") r.label = `${c.np} ${moved}${inOneUnit(toks, c.npEnd)}`;
    return;
  }
  // "The skull, roughly 2.5 million years old, was dug up" → years (age of skull) (age-of-thing.ts): shown, while the
  // ranking reads "years old" (as a label it moved a second age of the same article onto the card).
  const age = r.type === "duration" ? ageOfThing(toks, r, c) : "";
  if (age !== "") r.placed = age;
  if (r.type !== "duration" || !DURATIONS.has(c.np)) return;
  // "21 hours a week watching TV", "ten hours a day sitting": a rate's period is part of what the number counts, and what
  // the time is spent on follows it.
  const period = periodAfter(toks, c.npEnd);
  const at = period === "" ? c : { ...c, npEnd: c.npEnd + 2 };
  const unit = period === "" ? c.np : `${c.np} ${period}`;
  // ("had been jailed 18 months before at Leeds Crown Court": a sentencing's time point said "before" reads "earlier",
  // its verb no span.)
  const dated = period === "" && datedSentencing(toks, r.s, at.npEnd) ? "earlier" : "";
  const what = dated !== "" ? "" : presentSince(toks, r, at.npEnd, everyInterval(toks, r) || spanBetween(toks, at.npEnd) || left(toks, at) || spent(toks, r, at) || purpose(toks, r, at) || taken(toks, r, at) || length(toks, r, at) || predicate(toks, r) || infinitiveDoing(toks, r) || objectComplement(toks, r) || elidedFor(toks, r, toks[at.npEnd]) || anniversaryOffset(toks, at.npEnd) || since(toks, r, at) || beforeDoing(toks, r, c.np, at.npEnd) || sinceClause(toks, r, c.np, at.npEnd) || doing(toks, r, at) || relativeTime(toks, r, at.npEnd) || asRole(toks, at.npEnd) || roleFor(toks, r));
  // "left for Pakistan three years later", "died 25 years ago": a time point says when, as a date does, and no verb
  // before it spans it; the word that makes it one tells the editor so ("three — years later", not "years").
  const when = period === "" && timePointAt(toks, at.npEnd) ? toks[at.npEnd]!.l : dated;
  // "works two days a week": a verb's participle before the period ("days worked a week").
  const verb = what === "" && when === "" ? spanningVerb(toks, r.s, at.npEnd) : "";
  if (verb !== "") r.label = [c.np, verb, period].filter((w) => w !== "").join(" ");
  // A label the card would cut ("hours a day working on the site") leaves out the period rather than its end.
  else if (what === "") {
    if (period !== "") r.label = unit;
    else if (when !== "") {
      r.label = `${c.np} ${when}`;
      // "founded the company 15 years ago" shows as years since founding the company (dated-event.ts).
      // "Five years ago the couple opened a bakery": fronted, the event is the clause after it (frontedEvent).
      // "since a freak scooter accident two years ago": an event's noun before it (event-noun.ts).
      // "Before opening her shop six years ago, …": the "-ing" of a "before" clause (preposed-ing.ts).
      const dated = datedEvent(toks, r, c.np, when) || frontedEvent(toks, r, c.np, when, at.npEnd);
      const event = dated || eventNoun(toks, r.s, c.np, when);
      r.placed = event || preposedIng(toks, r, c.np, when) || undefined;
    } else {
      const placed = durationPosition(toks, r, c.np, at.npEnd);
      const alone = placed === "" ? spentAlone(toks, r, at.npEnd) : "";
      // "Patients fasted for 10 hours": a bare past's participle, when nothing else names the time (bare-past.ts).
      const past = placed === "" && alone === "" ? barePast(toks, r) : "";
      if (placed !== "") r.placed = placed;
      else if (alone !== "") r.label = `${c.np} ${alone}`;
      else if (past !== "") r.label = `${c.np} ${past}`;
    }
  } else {
    const head = `${unit} ${what}`.split(" ").length > MAX_LABEL_WORDS ? c.np : unit;
    r.label = `${head} ${what}`;
  }
}

/** Words after a duration's unit that make it a time point: how long ago, or after what, something happened. */
const WHEN_WORDS = new Set(["ago", "later", "earlier"]);

/** Whether the word at `k`, after a duration's unit, makes it a time point ("two years ago", "three days later"). */
export const timePointAt = (toks: readonly Tok[], k: number): boolean => toks[k]?.kind === WORD && WHEN_WORDS.has(toks[k]!.l);

/** What a time ahead's label ends with: "years from now" (time-ahead.ts, time-hence.ts, span-between.ts). */
const FROM_NOW = " from now";

/**
 * A time point's label as its unit alone ("years ago" → "years"): what the card's repeat penalty compares (card.ts).
 * A time ahead is a time point too: "six — years from now" of a quoted "in six years' time" escaped the penalty the
 * article's other "years" met and crowded 'one in seven — company directors' off the card (cnndm_test-09743).
 */
export const untimed = (label: string): string => {
  if (label.endsWith(FROM_NOW) && label.length > FROM_NOW.length) return label.slice(0, -FROM_NOW.length);
  const space = label.lastIndexOf(" ");
  return space > 0 && WHEN_WORDS.has(label.slice(space + 1)) ? label.slice(0, space) : label;
};

/**
 * "the eruption, which lasted (for) more than six months" → months of eruption, "the operation took almost seven hours" →
 * hours of operation, "Leeds took two months to appoint Thompson" → months to appoint Thompson; "" when the subject is a
 * pronoun or a name ("it took nine hours", "Costa lasted just over 10 minutes": who, not what).
 */
function length(toks: readonly Tok[], r: Raw, c: Count): string {
  // "the concert, which lasted for three hours": over the "for" a verb of lasting may take, and a range's "between"
  // ("the trial is expected to last between seven and 10 days").
  const b = isWord(toks[r.s - 1], "between") ? r.s - 1 : r.s;
  const on = isWord(toks[b - 1], "for") ? b - 2 : b - 1;
  // "went on for over 12 years": a phrasal verb of lasting.
  const v = goingOn(toks, on);
  const verb = toks[v];
  if (!isWord(verb) || (v === on && !LASTING.has(verb.l))) return "";
  // "takes one and a half minutes to download to a phone": a purpose purpose() could not label leaves the time bare.
  if (verb.l.startsWith("t") && isWord(toks[c.npEnd], "to") && toks[c.npEnd + 1]?.pos === "VERB") return "";
  // Over auxiliaries, adverbs and a raising verb ("is expected to last", "only lasted"), and a relative pronoun to the
  // noun it stands for, over the comma or dash that opens the aside ("the eruption, which lasted", "the film - which
  // lasts").
  let k = v;
  while (k > 0 && isWord(toks[k - 1]) && (AUXILIARIES.has(toks[k - 1]!.l) || toks[k - 1]!.pos === "ADV" || RAISING.has(toks[k - 1]!.l) || toks[k - 1]!.l === "to")) k--;
  if (isWord(toks[k - 1], "which") || isWord(toks[k - 1], "that")) k -= ASIDE_OPENERS.has(toks[k - 2]?.s ?? "") ? 2 : 1;
  if (toks[k]?.s === "-" && toks[k - 1]?.s === "-" && adjacent(toks[k - 1], toks[k])) k--; // "--", a dash typed twice
  const np = backNP(toks, k, false);
  if (np === undefined || toks.slice(np[0], np[1]).every((t) => isCapitalised(t))) return "";
  return `of ${words(toks, np[0], np[1], MAX_WORDS - 1)}`;
}

/** Verbs a time after is given, had or needed for what follows it: "gave the agency three months to relocate refugees". */
const ALLOW = new Set([
  "took", "take", "takes", "taking", "taken", "gave", "give", "gives", "giving", "given",
  "have", "has", "had", "having", "'ve", "got", "get", "gets", "with",
  // "will need six months to review the plan": a time needed for a doing (card audit 37).
  "need", "needs", "needed", "require", "requires", "required",
]);

/** Verbs after "N minutes to" that make a time point kept with its unit: "with five minutes to go", "seconds to spare". */
const TO_GO = new Set(["go", "spare", "play"]);

/** How far back over an object the allowing verb is looked for: "took the Prime Minister about six seconds". */
const OBJECT_REACH = 6;

/**
 * "Leeds took two months to appoint Thompson", "have been given up to 30 days to respond to the complaint", "took the
 * traveller nine days to complete", "has just 18 months to live": a time taken, given or had for a doing, labelled by
 * the doing; "" when no such verb governs the time ("the first governor in five years to visit Cuba") or the doing is
 * what a time point keeps ("with five minutes to go").
 */
function purpose(toks: readonly Tok[], r: Raw, c: Count): string {
  const to = toks[c.npEnd + 1];
  const v = allowing(toks, r);
  if (!isWord(toks[c.npEnd], "to") || !isWord(to) || to.pos !== "VERB" || TO_GO.has(to.l) || v < 0) return "";
  // "had just 18 months to live claims he…": the main clause's verb after the doing ends it (before a subject pronoun,
  // whatever the tagger calls it).
  const next = toks[c.npEnd + 2];
  const says = next?.l.endsWith("s") === true && (next.pos === "VERB" || SUBJECTS.has(toks[c.npEnd + 3]?.l ?? ""));
  const finite = isWord(next) && (next.pos === "AUX" || says);
  const doing = finite ? to.l : clause(toks, c.npEnd + 1, MAX_WORDS - 1);
  // "to prepare for freedom | of information": a doing cut inside its noun phrase names the wrong thing.
  if (isWord(toks[c.npEnd + 1 + doing.split(" ").length], "of")) return "";
  // "took 30 years to kill 11,000 people": a verb cut from its counted object says too little, and so does one whose
  // object is a pronoun ("given three months to do so", "to find him").
  const cutOff = !doing.includes(" ") && (next?.kind === NUM || next?.pos === "PRON" || isWord(next, "so"));
  // ("His contract has 18 months to run": who has the time, for a bare doing, had-for.ts.)
  return doing === "" || cutOff ? "" : hadFor(toks, v, doing);
}

/** "It took nine hours for crews to remove the debris": a time taken, its doing after "for" or "before". */
function taken(toks: readonly Tok[], r: Raw, c: Count): string {
  const k = takenLink(toks, c.npEnd);
  return k < 0 ? "" : timeTaken(toks, c.np, k, allowing(toks, r));
}

/**
 * The verb a time after is given, had, taken or needed by (ALLOW), back over the object the time is given to or taken
 * of ("gave the United Nations' refugee agency", "took them", "would take me"); -1 when none governs the time.
 */
function allowing(toks: readonly Tok[], r: Raw): number {
  let v = pastDescribed(toks, r.s) - 1;
  const stop = v - OBJECT_REACH;
  while (!ALLOW.has(toks[v]?.l ?? "")) {
    const t = toks[v];
    const owner = t?.s === "'" || t?.s === "’";
    if (v <= stop || (!owner && (!isWord(t) || !OBJECT_WORDS.has(t.pos ?? "")))) return -1;
    v--;
  }
  return v;
}

/** Tags of the words of an object between a verb and the time it is given: "gave the United Nations' refugee agency". */
const OBJECT_WORDS = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ"]);

/** "14 months remaining on his current contract", "with seven minutes left": what is left, and of what. */
function left(toks: readonly Tok[], c: Count): string {
  const w = toks[c.npEnd];
  if (!isWord(w) || (w.l !== "left" && w.l !== "remaining")) return "";
  const p = toks[c.npEnd + 1];
  // "with four minutes left in Cardiff": a name after "in" says where, not of what.
  if (isWord(p) && (p.l === "on" || p.l === "of" || p.l === "in") && !isCapitalised(toks[pastDeterminers(toks, c.npEnd + 2)] ?? p)) {
    const k = pastDeterminers(toks, c.npEnd + 2);
    const end = forwardNP(toks, k);
    if (end > k) return `left ${p.l} ${words(toks, k, end, MAX_WORDS - 2)}`;
  }
  return "left";
}

/**
 * "20 years after the Oklahoma City bombing", "hours before bedtime", "seconds after coming on": the event a time is
 * counted from or to, when it is a noun phrase or a gerund, not a clause ("days after another man's remains were found":
 * its subject alone would name the wrong event) nor a pronoun ("days after that"). A time "within" which something
 * followed an event ("within 20 minutes of the text message") is one after it, and says so: its "of" made the event
 * read as what the time was of ('20 minutes — text message', the message's length; card audit 31).
 */
function since(toks: readonly Tok[], r: Raw, c: Count): string {
  const w = toks[c.npEnd];
  // "two weeks prior to the fire": a time before, its event after the "to".
  const prior = priorTo(toks, c.npEnd);
  const offset = withinOf(toks, r.s, c.npEnd) ? "after" : prior ? "before" : w?.l ?? "";
  const from = prior ? c.npEnd + 2 : c.npEnd + 1;
  // "was unconscious for five minutes after the crash", "suspended the sentence for two years after highlighting…": after
  // "for", the time is the verb's, and the event says when the verb was, not what the time measures.
  if (!isWord(w) || !OFFSETS.has(offset) || isWord(toks[r.s - 1], "for")) return "";
  const k = pastDeterminers(toks, from);
  const first = toks[k];
  // ("within 15 minutes of each other", "of one another": a spacing, whose pronoun or number names no event.)
  if (!isWord(first) || first.pos === "PRON" || CONJUNCTIONS.has(first.l)) return "";
  // ("minutes after opening": a gerund the tagger calls a noun too.)
  if ((first.pos === "VERB" || first.pos === "NOUN") && first.l.endsWith("ing") && first.l.length > 5 && k === from) {
    // ("after leading Sir John Brown's side": a name cut would leave the gerund alone; said by its surname.)
    const gerund = clause(toks, k, MAX_WORDS - 1) || ownerSurname(toks, k, MAX_WORDS - 1);
    return gerund === "" ? "" : `${offset} ${gerund}`;
  }
  const end = forwardNP(toks, k);
  if (end === k) return "";
  const next = toks[end];
  if (next?.kind === WORD) {
    // A verb after the noun phrase makes it a clause's subject ("days after another man's remains were found"), as does
    // a conjunction before one ("after buildings and polling stations were defaced"); a person is no event ("days after
    // a classmate who…"). A "but" joins no subject, and a "to" before a verb says what the event was for ("weeks after
    // his surgery to remove the tumour").
    const purpose = isWord(next, "to") && toks[end + 1]?.pos === "VERB";
    const joined = next.pos === "CCONJ" && next.l !== "but";
    if (next.pos === "VERB" || next.pos === "AUX" || (next.pos === "PART" && !purpose) || joined || next.pos === "SCONJ" || next.l === "who") return "";
  } else if (next !== undefined) {
    // A name cut short by a number ("the 26th anniversary") or a full stop inside it ("after a U.S. official said").
    const stop = next.s === "," || next.s === ";" || next.s === "-" || (next.s === "." && !isWord(toks[end + 1]));
    if (!stop) return "";
  }
  return offset === w.l ? words(toks, c.npEnd, end) : `${offset} ${words(toks, from, end, MAX_WORDS - 1)}`;
}

/**
 * "spent eight years with the Argentine side", "spent two months trying to conceive": after "spent", what follows the
 * duration is where or doing what it was spent.
 */
function spent(toks: readonly Tok[], r: Raw, c: Count): string {
  // "spends a staggering 21 hours a week watching TV": over the amount's article and judging word.
  const verb = toks[pastDescribed(toks, r.s) - 1];
  if (!isWord(verb) || !SPENDING.has(verb.l)) return "";
  const p = toks[c.npEnd];
  if (!isWord(p)) return "";
  if (p.pos === "ADP" && !CONJUNCTIONS.has(p.l)) {
    const k = pastDeterminers(toks, c.npEnd + 1);
    const end = forwardNP(toks, k);
    // "spending two years in the UK Top 10 bestseller list": a name cut short by its number names nothing, nor does a
    // preposition of two words cut before its "of" ("10 to 15 hours a day in front of some video games").
    const compound = end === k + 1 && k === c.npEnd + 1 && isWord(toks[end], "of");
    return end > k && toks[end]?.kind !== NUM && !compound ? words(toks, c.npEnd, end) : "";
  }
  if (p.pos === "VERB" && p.l.endsWith("ing")) return clause(toks, c.npEnd);
  return "";
}

/**
 * "-ing" words after a duration that say nothing it was spent doing: "five years running", "the week ending …", "for
 * between 6 and 13 minutes depending on how large".
 */
const NOT_DOING = new Set(["running", "ending", "beginning", "starting", "including", "following", "according", "remaining", "leading", "using", "having", "being", "depending"]);

/**
 * "after more than 40 years working for football's world governing body", "two weeks trying to find him": a gerund
 * right after a duration is what it was spent doing.
 */
function doing(toks: readonly Tok[], r: Raw, c: Count): string {
  const t = toks[c.npEnd];
  if (!isWord(t) || t.pos !== "VERB" || !t.l.endsWith("ing") || t.l.length <= 5 || NOT_DOING.has(t.l)) return "";
  // "first start in 20 months having twice beaten cancer", "haven't heard from in three years sending you messages":
  // after "in", the time is since when, and the gerund is another clause's.
  if (isWord(toks[r.s - 1], "in") || isWord(toks[r.s - 1], "within")) return "";
  return clause(toks, c.npEnd);
}

