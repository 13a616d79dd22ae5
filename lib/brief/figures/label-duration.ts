import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/figure.ts";
import type { Count } from "#brief/figures/label-count-noun.ts";
import { AUXILIARIES, BE_FORMS, CONJUNCTIONS, DETERMINERS, DURATIONS, LASTING, MONTHS, PARTICLES as VERB_PARTICLES, POSSESSIVES, RAISING, SPENDING, WEEKDAYS } from "#brief/figures/lexicon.ts";
import { irregularPast, negated, pastAfterSubject, pastDoing } from "#brief/figures/past-doing.ts";
import { passiveByContext } from "#brief/figures/passive-participle.ts";
import { durationPosition } from "#brief/figures/duration-position.ts";
import { datedEvent } from "#brief/figures/dated-event.ts";
import { spentAlone } from "#brief/figures/duration-served.ts";
import { isSuperlative } from "#brief/figures/superlative-since.ts";
import { asRole, spanningVerb } from "#brief/figures/duration-span.ts";
import { roleFor } from "#brief/figures/role-for.ts";
import { pluralComplement } from "#brief/figures/plural-complement.ts";
import { periodAfter } from "#brief/figures/count-rate.ts";
import { backNP, forwardNP, pastDescribed, pastDeterminers, phrase } from "#brief/figures/phrase.ts";
import { isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// What a duration is of, when its label is its unit alone: "eight — years" says nothing of what the years were; the
// clause says it, "spent eight years with the Argentine side" → years with the Argentine side, "was homeless for three
// years" → years homeless, "has 14 months remaining on his contract" → months left on contract. The unit stays first,
// so the label still names what the number counts.

/** Forms of "be" whose complement says what a duration "for N years" was spent as: "was in the air for 14 minutes". */

/** Verbs that make a participle after them passive: "was suspended", "got stuck", "been ruled out". */
// After a duration's "-ing" verb "on" ends a phrasal verb too ("after coming on", "years waiting on"); after a
// count of people it is a preposition ("gathered on the steps"), so it is added here only.
const PARTICLES = new Set([...VERB_PARTICLES, "on"]);
const PASSIVE = new Set([...BE_FORMS, "get", "gets", "got", "getting", "gotten", "remain", "remains", "remained", "stay", "stays", "stayed"]);

/** Adverbs between a copula and what it says, which name nothing: "was also only in the air". */
const SKIPPED = new Set(["also", "only", "still", "now", "already", "just", "never", "not", "even", "reportedly", "allegedly", "then", "actually", "effectively"]);


/** How many words of the clause a label takes after its unit: the card's labels are short (candidates.ts caps at 6). */
const MAX_WORDS = 5;

/**
 * Relabels a duration whose label is its unit alone (`c.np`) by what its clause says it is of; a time point by the word
 * that makes it one ("two — years ago"); leaves it as it is when the clause says nothing the parse can read ("four
 * days after", "for the first time in eight years").
 */
export function labelDuration(toks: readonly Tok[], r: Raw, c: Count): void {
  if (r.compound !== undefined || r.label !== c.np) return;
  if (LENGTHS.has(c.np)) {
    const moved = motion(toks, r);
    if (moved !== "") r.label = `${c.np} ${moved}`;
    return;
  }
  if (r.type !== "duration" || !DURATIONS.has(c.np)) return;
  // "21 hours a week watching TV", "ten hours a day sitting": a rate's period is part of what the number counts, and what
  // the time is spent on follows it.
  const period = periodAfter(toks, c.npEnd);
  const at = period === "" ? c : { ...c, npEnd: c.npEnd + 2 };
  const unit = period === "" ? c.np : `${c.np} ${period}`;
  const what = left(toks, at) || spent(toks, r, at) || purpose(toks, r, at) || length(toks, r, at) || predicate(toks, r) || since(toks, r, at) || doing(toks, r, at) || asRole(toks, at.npEnd) || roleFor(toks, r);
  // "left for Pakistan three years later", "died 25 years ago": a time point says when, as a date does, and no verb
  // before it spans it; the word that makes it one tells the editor so ("three — years later", not "years").
  const when = period === "" && timePointAt(toks, at.npEnd) ? toks[at.npEnd]!.l : "";
  // "works two days a week": a verb's participle before the period ("days worked a week").
  const verb = what === "" && when === "" ? spanningVerb(toks, r.s, at.npEnd) : "";
  if (verb !== "") r.label = [c.np, verb, period].filter((w) => w !== "").join(" ");
  // A label the card would cut ("hours a day working on the site") leaves out the period rather than its end.
  else if (what === "") {
    if (period !== "") r.label = unit;
    else if (when !== "") {
      r.label = `${c.np} ${when}`;
      // "founded the company 15 years ago" shows as years since founding the company (dated-event.ts).
      r.placed = datedEvent(toks, r, c.np, when) || undefined;
    } else {
      const placed = durationPosition(toks, r, c.np, at.npEnd);
      const alone = placed === "" ? spentAlone(toks, r, at.npEnd) : "";
      if (placed !== "") r.placed = placed;
      else if (alone !== "") r.label = `${c.np} ${alone}`;
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

/** A time point's label as its unit alone ("years ago" → "years"): what the card's repeat penalty compares (card.ts). */
export const untimed = (label: string): string => {
  const space = label.lastIndexOf(" ");
  return space > 0 && WHEN_WORDS.has(label.slice(space + 1)) ? label.slice(0, space) : label;
};

/** Units of length a motion covers. */
const LENGTHS = new Set(["miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "feet", "yards"]);

/** Verbs of motion, and the participle a length after them is labelled by: "ran 26 miles" → miles run. */
const MOTIONS: ReadonlyMap<string, string> = new Map([
  ["ran", "run"], ["run", "run"], ["runs", "run"], ["running", "run"],
  ["walked", "walked"], ["walk", "walked"], ["walks", "walked"], ["walking", "walked"],
  ["swam", "swum"], ["swim", "swum"], ["swims", "swum"], ["swimming", "swum"],
  ["travelled", "travelled"], ["traveled", "travelled"], ["travel", "travelled"], ["travelling", "travelled"], ["traveling", "travelled"],
  ["drove", "driven"], ["drive", "driven"], ["driving", "driven"], ["driven", "driven"],
  ["flew", "flown"], ["fly", "flown"], ["flying", "flown"], ["flown", "flown"],
  ["cycled", "cycled"], ["cycle", "cycled"], ["cycling", "cycled"], ["rode", "ridden"], ["ride", "ridden"], ["riding", "ridden"],
  ["hiked", "hiked"], ["hike", "hiked"], ["hiking", "hiked"], ["sailed", "sailed"], ["sailing", "sailed"],
  ["moved", "moved"], ["moving", "moved"], ["covered", "covered"], ["covering", "covered"], ["trekked", "trekked"],
]);

/**
 * "ran 26 miles", "walked for two miles", "stalled after moving about 10 meters", "continued driving another 100 feet":
 * the motion that covered a length, as its participle; "" when no motion verb stands right before it.
 */
function motion(toks: readonly Tok[], r: Raw): string {
  let v = r.s - 1;
  if (isWord(toks[v]) && (toks[v]!.l === "for" || toks[v]!.l === "another" || toks[v]!.l === "over")) v--;
  // "travel in excess of 21.39 miles per hour" is a speed; "one of his runs over three miles" has no verb, whatever
  // the tagger says of a word after an owner.
  const verb = toks[v];
  const rate = isWord(toks[r.e + 1], "per") || isWord(toks[r.e + 1], "an") || isWord(toks[r.e + 1], "a");
  const owned = DETERMINERS.has(toks[v - 1]?.l ?? "");
  return isWord(verb) && verb.pos === "VERB" && !rate && !owned ? (MOTIONS.get(verb.l) ?? "") : "";
}


/**
 * "the eruption, which lasted (for) more than six months" → months of eruption, "the operation took almost seven hours" →
 * hours of operation, "Leeds took two months to appoint Thompson" → months to appoint Thompson; "" when the subject is a
 * pronoun or a name ("it took nine hours", "Costa lasted just over 10 minutes": who, not what).
 */
function length(toks: readonly Tok[], r: Raw, c: Count): string {
  // "the concert, which lasted for three hours": over the "for" a verb of lasting may take.
  const v = isWord(toks[r.s - 1], "for") ? r.s - 2 : r.s - 1;
  const verb = toks[v];
  if (!isWord(verb) || !LASTING.has(verb.l)) return "";
  // "takes one and a half minutes to download to a phone": a purpose purpose() could not label leaves the time bare.
  if (verb.l.startsWith("t") && isWord(toks[c.npEnd], "to") && toks[c.npEnd + 1]?.pos === "VERB") return "";
  // Over auxiliaries, adverbs and a raising verb ("is expected to last", "only lasted"), and a relative pronoun to the
  // noun it stands for ("the eruption, which lasted").
  let k = v;
  while (k > 0 && isWord(toks[k - 1]) && (AUXILIARIES.has(toks[k - 1]!.l) || toks[k - 1]!.pos === "ADV" || RAISING.has(toks[k - 1]!.l) || toks[k - 1]!.l === "to")) k--;
  if (isWord(toks[k - 1], "which") || isWord(toks[k - 1], "that")) k -= toks[k - 2]?.s === "," ? 2 : 1;
  const np = backNP(toks, k, false);
  if (np === undefined || toks.slice(np[0], np[1]).every((t) => isCapitalised(t))) return "";
  return `of ${words(toks, np[0], np[1], MAX_WORDS - 1)}`;
}

/** Verbs a time after is given, had or needed for what follows it: "gave the agency three months to relocate refugees". */
const ALLOW = new Set([
  "took", "take", "takes", "taking", "taken", "gave", "give", "gives", "giving", "given",
  "have", "has", "had", "having", "'ve", "got", "get", "gets", "with",
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
  if (!isWord(toks[c.npEnd], "to") || !isWord(to) || to.pos !== "VERB" || TO_GO.has(to.l)) return "";
  let v = pastDescribed(toks, r.s) - 1;
  // Over the object the time is given to or taken of: "gave the United Nations' refugee agency", "took them".
  const stop = v - OBJECT_REACH;
  while (!ALLOW.has(toks[v]?.l ?? "")) {
    const t = toks[v];
    const owner = t?.s === "'" || t?.s === "’";
    if (v <= stop || (!owner && (!isWord(t) || !OBJECT_WORDS.has(t.pos ?? "")))) return "";
    v--;
  }
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
  return doing === "" || cutOff ? "" : `to ${doing}`;
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

/** Words after a duration that measure it from or to an event: "days after the massacre", "weeks until the election". */
const OFFSETS = new Set(["after", "before", "since", "until"]);

/**
 * "20 years after the Oklahoma City bombing", "hours before bedtime", "seconds after coming on": the event a time is
 * counted from or to, when it is a noun phrase or a gerund, not a clause ("days after another man's remains were found":
 * its subject alone would name the wrong event) nor a pronoun ("days after that").
 */
function since(toks: readonly Tok[], r: Raw, c: Count): string {
  const w = toks[c.npEnd];
  // "was unconscious for five minutes after the crash", "suspended the sentence for two years after highlighting…": after
  // "for", the time is the verb's, and the event says when the verb was, not what the time measures.
  if (!isWord(w) || !OFFSETS.has(w.l) || isWord(toks[r.s - 1], "for")) return "";
  const k = pastDeterminers(toks, c.npEnd + 1);
  const first = toks[k];
  if (!isWord(first) || first.pos === "PRON" || CONJUNCTIONS.has(first.l)) return "";
  if (first.pos === "VERB" && first.l.endsWith("ing") && k === c.npEnd + 1) {
    const gerund = clause(toks, k, MAX_WORDS - 1);
    return gerund === "" ? "" : `${w.l} ${gerund}`;
  }
  const end = forwardNP(toks, k);
  if (end === k) return "";
  const next = toks[end];
  if (next?.kind === WORD) {
    // A verb after the noun phrase makes it a clause's subject ("days after another man's remains were found"), as does
    // a conjunction before one ("after buildings and polling stations were defaced"); a person is no event ("days after
    // a classmate who…").
    if (next.pos === "VERB" || next.pos === "AUX" || next.pos === "PART" || next.pos === "CCONJ" || next.pos === "SCONJ" || next.l === "who") return "";
  } else if (next !== undefined) {
    // A name cut short by a number ("the 26th anniversary") or a full stop inside it ("after a U.S. official said").
    const stop = next.s === "," || next.s === ";" || next.s === "-" || (next.s === "." && !isWord(toks[end + 1]));
    if (!stop) return "";
  }
  return words(toks, c.npEnd, end);
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

/**
 * "was homeless for three years", "was in the air for 14 minutes", "has been a late-night host for 33 years", "was
 * ruled out for six weeks", "has been teaching for nearly 20 years", "battling leukemia for two years": the predicate
 * before "for" says what the time was spent being or doing; a simple past is read as its "-ing" (pastDoing).
 */
function predicate(toks: readonly Tok[], r: Raw): string {
  let f = r.s - 1;
  // "living in a shelter for the past five years": over the window's words to its "for".
  if (WINDOWS.has(toks[f]?.l ?? "") && isWord(toks[f - 1], "the") && isWord(toks[f - 2], "for")) f -= 2;
  // "closed all next week instead of for just two days": a "for" after a preposition or conjunction starts no predicate's time.
  // ("ruled out for up to four weeks": a verb's particle is no preposition.)
  const before = toks[f - 1];
  const particle = PARTICLES.has(before?.l ?? "") && toks[f - 2]?.pos === "VERB";
  if (!isWord(toks[f], "for")) return "";
  if (before?.l === "out") return out(toks, f - 2);
  if (!particle && (before?.pos === "ADP" || before?.pos === "CCONJ" || before?.pos === "SCONJ")) return "";
  for (let k = f - 1; k >= 0 && f - k <= 8; k--) {
    const t = toks[k];
    if (!isWord(t) || (CONJUNCTIONS.has(t.l) && t.l !== "and") || timed(toks, k)) return "";
    // "won't be able to do any running for two or three weeks", "was not available for two weeks": a denied state is
    // its absence (the denial before the copula or right after it).
    if (BE_FORMS.has(t.l)) return negated(toks, k) || negated(toks, k + 2) ? "" : complement(toks, k + 1, f);
    // "remained in League One for 18 years", "stayed on the line for 30 minutes": a verb of staying says where the time
    // was spent as a copula does; its role ("remained a mystery") names no place, so only a place or a state is kept.
    if (STAYING.has(t.l)) {
      const where = negated(toks, k) ? "" : complement(toks, k + 1, f);
      return where.startsWith("as ") ? "" : where;
    }
    if (t.pos === "VERB" || pastAfterSubject(toks, k)) {
      // "has blocked attempts to deport him for 15 years", "striving to make an impact for four months": an infinitive
      // is the object of the verb before it, whose time it is.
      if (isWord(toks[k - 1], "to") && toks[k - 1]!.pos === "PART" && !/(?:ed|ing)$/.test(t.l)) {
        // "pledging not to apply for reinstatement for at least 10 years": the time is the denied doing's, not the verb's.
        if (NOT.has(toks[k - 2]?.l ?? "")) return "";
        k--;
        continue;
      }
      // "suspended from working in Kenya": a gerund after a preposition is the object of the verb before it; "the
      // Aloma Methodist Early Childhood Learning Center": a capitalised "-ing" word after a word is a name's.
      if (t.l.endsWith("ing") && (isWord(toks[k - 1], "from") || (isCapitalised(t) && isWord(toks[k - 1])))) continue;
      if (t.l.endsWith("ing")) return modifier(toks, k) ? "" : upTo(toks, k, f);
      let a = k - 1;
      while (a >= 0 && toks[a]?.pos === "ADV") a--;
      // "no new infections have been reported for the past 42 days", "has not been identified for two decades": what was
      // not done names no time.
      if (PASSIVE.has(toks[a]?.l ?? "") || passiveByContext(toks, a, PASSIVE)) return (/(?:ed|en)$/.test(t.l) || irregularPast(t.l)) && !denied(toks, a) && !negated(toks, a) && !negated(toks, k) ? upTo(toks, k, f) : "";
      // "leading to repeated trips to hospital": a past form after "to" or an article describes a noun.
      if (toks[a]?.l === "to" || toks[a]?.pos === "DET") return "";
      const doing = pastDoing(toks, k, f, (from) => upTo(toks, from, f, MAX_WORDS - 1));
      // "16 weeks in prison, suspended for two years": a participle right after a comma opens a reduced passive clause,
      // whose time is the state it names ("years suspended").
      return doing === "" && toks[a]?.s === "," && /(?:ed|en)$/.test(t.l) ? upTo(toks, k, f) : doing;
    }
    if (t.pos === "AUX") return "";
  }
  return "";
}

/** Verbs of staying, whose place or state before "for" is where a duration was spent. */
const STAYING = new Set(["stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"]);

/** Words that deny an infinitive: "pledging not to apply". */
const NOT = new Set(["not", "never"]);

/** Window words between "for" and a duration: "for the past five years", "for the last 18 months". */
const WINDOWS = new Set(["past", "last", "next"]);

/** Forms of "rule" whose "out" is an injury's or a ban's: "rule him out for around six weeks". */
const RULE = new Set(["rule", "rules", "ruled", "ruling"]);

/**
 * "will be out for six months" → months out, "rule him out for around six weeks" or "Starke ruled out for four weeks"
 * → weeks ruled out: the "out" before "for", its verb at `k`; "" for any other ("pull her out of school", "went out").
 */
function out(toks: readonly Tok[], k: number): string {
  const verb = toks[k];
  if (BE_FORMS.has(verb?.l ?? "")) return "out";
  const ruled = RULE.has(verb?.l ?? "") || ((verb?.pos === "PRON" || verb?.pos === "PROPN") && RULE.has(toks[k - 1]?.l ?? ""));
  return ruled ? "ruled out" : "";
}

/**
 * Whether the word at k is a unit of time after an amount: "has doubled every five and a half months for the last 18
 * months" is a predicate with a time of its own, that time's ("keeping accurate to a second for 100 days" is not).
 */
function timed(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  return DURATIONS.has(toks[k]!.l) && p !== undefined && (p.kind === NUM || CARDINAL_WORDS.has(p.l) || p.l === "half");
}

/** Words whose subject is none: "no new infections have been reported". */
const NONE = new Set(["no", "none", "nothing", "nobody"]);

/** How far back of a passive's auxiliary its subject is read for a denial. */
const SUBJECT_REACH = 4;

/** Whether the subject before the auxiliary at `a` is none ("no new infections have been reported"). */
function denied(toks: readonly Tok[], a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= SUBJECT_REACH; k--) if (NONE.has(toks[k]!.l)) return true;
  return false;
}

/** What a copula says of its subject, from `j` to the "for" at `f`: an adjective, a place, "as" a role, a doing. */
function complement(toks: readonly Tok[], j: number, f: number): string {
  while (j < f && SKIPPED.has(toks[j]?.l ?? "")) j++;
  const t = toks[j];
  if (j >= f || !isWord(t)) return "";
  // "has been painting for 20 years": a progressive the tagger may call a noun.
  if (t.l.endsWith("ing") && (t.pos === "VERB" || t.pos === "NOUN")) return modifier(toks, j) ? "" : upTo(toks, j, f);
  // "is at its highest for five months", "is in the worst recession for 50 years": a superlative's time is since when.
  if (toks.slice(j, f).some((x) => isSuperlative(x.l) && x.pos === "ADJ")) return "";
  if (t.pos === "ADJ" || t.pos === "ADV" || (t.pos === "VERB" && /(?:ed|en)$/.test(t.l))) return upTo(toks, j, f);
  if (t.pos === "ADP" && !when(toks[j + 1])) return upTo(toks, j, f);
  // "has been a late-night host for 33 years": years as a late-night host.
  if (t.l === "a" || t.l === "an") {
    // "a part of Tods Murray": a role cut before its "of" drops its article to keep what it is part of.
    const bare = f - j > MAX_WORDS - 1 && f - j - 1 <= MAX_WORDS - 1 && isWord(toks[j + 2], "of");
    const text = upTo(toks, bare ? j + 1 : j, f, MAX_WORDS - 1);
    return text === "" ? "" : `as ${text}`;
  }
  return pluralComplement(toks, j, f, (from) => upTo(toks, from, f, MAX_WORDS - 1));
}

/**
 * Whether the "-ing" word at k modifies a noun rather than heads a clause: after an article, a number or an adjective
 * ("the dressing room", "the £1 trending hashtag", "solo climbing"), or a participle after an article ("the accused
 * poaching vessel").
 */
function modifier(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (p === undefined || p.kind === NUM || p.pos === "DET" || p.pos === "ADJ" || p.pos === "NUM" || POSSESSIVES.has(p.l)) return true;
  // "a staple of Sunday night listening for 50 years": a noun's "-ing" with no object before "for" is a noun too.
  if ((p.pos === "NOUN" || p.pos === "PROPN") && isWord(toks[k + 1], "for")) return true;
  // "the accused poaching vessel", "the 'internationally-wanted poaching vessel'": a participle that describes it.
  const q = toks[k - 2];
  return p.l.endsWith("ed") && (q?.pos === "DET" || q?.s === "'" || q?.s === "‘" || p.l.includes("-"));
}


/** A month or weekday: "suspended in September for three weeks" says when, not what the weeks were. */
function when(t: Tok | undefined): boolean {
  return t !== undefined && isCapitalised(t) && (MONTHS.has(t.l) || WEEKDAYS.has(t.l));
}

/** The words from `from` to `to`, ended before a time ("suspended in September") and cut as `words` cuts. */
function upTo(toks: readonly Tok[], from: number, to: number, max = MAX_WORDS): string {
  let end = to;
  for (let k = from + 1; k < to; k++) {
    if (toks[k]?.pos === "ADP" && when(toks[pastDeterminers(toks, k + 1)])) {
      end = k;
      break;
    }
  }
  return words(toks, from, end, max);
}

/** "trying to conceive", "battling leukemia": an "-ing" verb and the words after it up to the clause's next break. */
function clause(toks: readonly Tok[], from: number, max = MAX_WORDS): string {
  let end = from + 1;
  // A subject pronoun starts a clause of its own: "before indicating | they wanted to sign me".
  while (end < toks.length && end - from < CLAUSE_REACH && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l) && !OFFSETS.has(toks[end]!.l) && !SUBJECTS.has(toks[end]!.l)) end++;
  return words(toks, from, end, max);
}

/** Pronouns that can only be a subject. */
const SUBJECTS = new Set(["i", "he", "she", "we", "they"]);

/** How far a gerund's clause is read before it is cut where a phrase ends ("taking the lead through Hippolyte's…"). */
const CLAUSE_REACH = 10;

/**
 * The phrase from..to, cut where a phrase ends (before a preposition or conjunction, after a verb or its particle) so
 * it holds at most MAX_WORDS words and no noun phrase is cut short ("kicking an alleged horse thief", not "kicking an
 * alleged horse"); trailing function words and adverbs dropped; "" when nothing is left.
 */
function words(toks: readonly Tok[], from: number, to: number, max = MAX_WORDS): string {
  let end = to;
  const cut = to - from > max;
  if (cut) {
    // The last place a phrase ends within the budget: before a preposition, conjunction, particle or pronoun
    // ("coming on | with what looked like…"), or after the first word (a verb alone).
    end = from;
    for (let k = from + 1; k <= from + max; k++) {
      const t = toks[k];
      if (k === from + 1 || t === undefined || !isWord(t) || BOUNDARY_TAGS.has(t.pos ?? "")) end = k;
    }
  }
  while (end > from && trailing(toks, end - 1)) end--;
  // "trying to get a foothold in the market" cut to "trying" says nothing of what was tried.
  if (end === from || (cut && end === from + 1 && toks[from]?.pos === "VERB")) return "";
  const first = toks[from]!;
  // A verb or preposition starting the label is lowercase, even at the sentence's start ("Coming here for 25 years").
  const head = first.pos === "VERB" || first.pos === "ADP" || first.pos === "ADJ" ? first.l : phrase(toks, from, from + 1);
  return [head, phrase(toks, from + 1, end)].filter((w) => w !== "").join(" ");
}

/** Tags a phrase may be cut before: "ruled out | with a hamstring injury", "coming on | with what". */
const BOUNDARY_TAGS = new Set(["ADP", "CCONJ", "SCONJ", "PART", "PRON"]);

/** Tags that end no label: "in the UK for". */
const FUNCTION_TAGS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"]);

/**
 * A word a label does not end on: a function word (but a verb's particle, "ruled out"), or an adverb that names
 * nothing ("doing plastic surgery now"); an adverb the tagger may give a verb ("asked to fast") stays.
 */
function trailing(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (PARTICLES.has(t.l) && toks[k - 1]?.pos === "VERB") return false;
  // "as the UK's | most senior policeman": an owner cut from what it owns names nothing.
  return FUNCTION_TAGS.has(t.pos ?? "") || SKIPPED.has(t.l) || t.l.endsWith("'s");
}

/** A verb's particle, which its label keeps: "ruled out", "laid off", "locked up", "coming on". */
