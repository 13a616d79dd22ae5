import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CONJUNCTIONS, DENIALS, DURATIONS, MONTHS, POSSESSIVES, WEEKDAYS, WHOLE_WINDOWS } from "#brief/figures/language/lexicon.ts";
import { irregularPast, negated, participleSpelling, pastAfterSubject, pastDoing } from "#brief/figures/label/durations/past-doing.ts";
import { heldBy, passiveByContext } from "#brief/figures/label/durations/passive-participle.ts";
import { isSuperlative } from "#brief/figures/label/time-windows/superlative-since.ts";
import { baseDoing } from "#brief/figures/label/durations/base-doing.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { STAYING, stayOrLie } from "#brief/figures/label/durations/stay-or-lie.ts";
import { tripStay } from "#brief/figures/label/durations/trip-stay.ts";
import { noneOfSubject, noneSubject, SUBJECT_REACH } from "#brief/figures/label/durations/none-subject.ts";
import { pluralComplement } from "#brief/figures/label/durations/plural-complement.ts";
import { reducedPassive } from "#brief/figures/label/durations/reduced-passive.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { MAX_WORDS, OFFSETS, PARTICLES, SKIPPED, words } from "#brief/figures/label/durations/duration-words.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// What the predicate before a duration's "for" says the time was spent being or doing ("was homeless for three years",
// "has been teaching for nearly 20 years"), for label-duration.ts.

/** Verbs that make a participle after them passive: "was suspended", "got stuck", "been ruled out". */
const PASSIVE = new Set([...BE_FORMS, "get", "gets", "got", "getting", "gotten", "remain", "remains", "remained", "stay", "stays", "stayed"]);

/**
 * "was homeless for three years", "was in the air for 14 minutes", "has been a late-night host for 33 years", "was
 * ruled out for six weeks", "has been teaching for nearly 20 years", "battling leukemia for two years": the predicate
 * before "for" says what the time was spent being or doing; a simple past is read as its "-ing" (pastDoing).
 */
export function predicate(toks: readonly Tok[], r: Raw): string {
  // "living in a shelter for the past five years", "remaining in public life for another 30 years": over the words
  // between the number and its "for" (for-words.ts).
  const f = forBefore(toks, r.s);
  // "closed all next week instead of for just two days": a "for" after a preposition or conjunction starts no predicate's time.
  // ("ruled out for up to four weeks": a verb's particle is no preposition.)
  const before = toks[f - 1];
  const particle = PARTICLES.has(before?.l ?? "") && toks[f - 2]?.pos === "VERB";
  if (f < 0) return "";
  // "rule him out of action for at least six weeks": "out of action" is "out" said in full.
  if (before?.l === "out") return out(toks, f - 2);
  if (before?.l === "action" && isWord(toks[f - 2], "of") && isWord(toks[f - 3], "out")) return out(toks, f - 4);
  // ("whom she has been friends with for 30 years": a preposition a relative pronoun left behind ends its predicate.)
  if (!particle && !stranded(toks, f - 1) && (before?.pos === "ADP" || before?.pos === "CCONJ" || before?.pos === "SCONJ")) return "";
  let infinitive = false;
  for (let k = f - 1; k >= 0 && f - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t) || (CONJUNCTIONS.has(t.l) && t.l !== "and") || timed(toks, k)) return "";
    // "won't be able to do any running for two or three weeks", "was not available for two weeks": a denied state is
    // its absence (the denial before the copula or right after it).
    if (BE_FORMS.has(t.l)) return negated(toks, k) || negated(toks, k + 2) ? "" : complement(toks, k + 1, f);
    // "laid dormant", "remained there", "where she stayed": a state or stay with no place or role named (stay-or-lie.ts).
    const state = stayOrLie(toks, k, f);
    if (state !== undefined) return state;
    // "remained in League One for 18 years", "stayed on the line for 30 minutes": a verb of staying says where the time
    // was spent as a copula does; its role ("remained a mystery") names no place, so only a place or a state is kept.
    if (STAYING.has(t.l)) {
      const where = negated(toks, k) ? "" : complement(toks, k + 1, f);
      return where.startsWith("as ") ? "" : where;
    }
    // "posting YouTube make-up tutorials": a hyphened word before a noun is the noun's modifier, whatever the tagger says.
    if (t.pos === "VERB" && t.l.includes("-") && toks[k + 1]?.pos === "NOUN") continue;
    // "Priya, married to Tom for 31 years, enjoys baking": a participle the tagger calls an adjective, right after a
    // comma, opens a reduced clause as a verb's participle does below ('31 — years'; AK shape 7: "wed to Tom" read).
    if (t.pos === "ADJ" && toks[k - 1]?.s === "," && participleSpelling(t.l) && t.l.length > 4) return upTo(toks, k, f);
    if (t.pos === "VERB" || pastAfterSubject(toks, k)) {
      // "could walk 15 steps for five minutes", "had to wear a body cast": a modal's doing (base-doing.ts).
      // ("had to close her mother's shop to detain a shoplifter for three hours": past an infinitive, the time is that
      // doing's, not the modal's.)
      const base = infinitive ? undefined : baseDoing(toks, k, f, (from) => upTo(toks, from, f, MAX_WORDS - 1));
      if (base !== undefined) return base;
      // "went to Africa for three weeks": a trip's time is the stay at its named place (trip-stay.ts).
      const trip = tripStay(toks, k, f);
      if (trip !== undefined) return trip;
      // "has blocked attempts to deport him for 15 years", "striving to make an impact for four months": an infinitive
      // is the object of the verb before it, whose time it is.
      if (isWord(toks[k - 1], "to") && toks[k - 1]!.pos === "PART" && !/(?:ed|ing)$/.test(t.l)) {
        // "pledging not to apply for reinstatement for at least 10 years": the time is the denied doing's, not the verb's.
        if (DENIALS.has(toks[k - 2]?.l ?? "")) return "";
        infinitive = true;
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
      if (PASSIVE.has(toks[a]?.l ?? "") || passiveByContext(toks, a, PASSIVE)) {
        // "no new infections have been reported for the past 42 days": what the time went without (none-subject.ts).
        if (denied(toks, a)) return noneSubject(toks, a);
        // ("had been stuck in the building": a verb right after a passive's auxiliary is its participle by its tag,
        // whatever its spelling; the spelling test left 'three — hours' on a blind sample's card, BB shape 10. Read from
        // context alone, "lets him go", it needs a participle's spelling.)
        const spelt = participleSpelling(t.l) || irregularPast(t.l);
        if (!spelt && !PASSIVE.has(toks[a]?.l ?? "")) return "";
        return !negated(toks, a) && !negated(toks, k) ? tagParticiple(toks, k, f, spelt) : "";
      }
      // "leading to repeated trips to hospital": a past form after "to" or an article describes a noun.
      if (toks[a]?.l === "to" || toks[a]?.pos === "DET") return "";
      const doing = pastDoing(toks, k, f, (from) => upTo(toks, from, f, MAX_WORDS - 1));
      // "16 weeks in prison, suspended for two years": a participle right after a comma opens a reduced passive clause,
      // whose time is the state it names ("years suspended").
      // ("a 26-week sentence suspended for 12 months": after an object's noun too, reduced-passive.ts.)
      const reduced = (toks[a]?.s === "," && participleSpelling(t.l)) || reducedPassive(toks, k, f, toks[r.e + 1]);
      return doing === "" && reduced ? upTo(toks, k, f) : doing;
    }
    if (t.pos === "AUX") return "";
  }
  return farCopula(toks, f);
}

/**
 * What a participle at `k` after a passive's auxiliary says up to the "for" at `f`; one known by its tag alone (not its
 * spelling, `spelt`) that the cut leaves bare of the words after it says "" ("was left there for nine weeks" would read
 * 'weeks left', a time remaining; "was shut for two weeks" has nothing after it to lose).
 */
function tagParticiple(toks: readonly Tok[], k: number, f: number, spelt: boolean): string {
  const said = upTo(toks, k, f);
  return spelt || k + 1 === f || said.includes(" ") ? said : "";
}

/** How far back of a duration's "for" its predicate's verb is looked for. */
const REACH = 8;

/** How far back a copula is looked for past REACH words with no verb among them. */
const COPULA_REACH = 14;

/**
 * "was closed to all traffic in both directions between the two junctions for six hours": a copula further back than
 * the predicate's reach, with no verb, conjunction or other time between, is the time's predicate all the same
 * (the thirty-fifth round's labels48 left it; 'six — hours' before); its complement is cut to a label's length.
 */
function farCopula(toks: readonly Tok[], f: number): string {
  for (let k = f - REACH - 1; k >= 0 && f - k <= COPULA_REACH; k--) {
    const t = toks[k];
    if (!isWord(t) || (CONJUNCTIONS.has(t.l) && t.l !== "and") || timed(toks, k)) return "";
    if (BE_FORMS.has(t.l)) return negated(toks, k) || negated(toks, k + 2) ? "" : complement(toks, k + 1, f);
    if (t.pos === "VERB" || t.pos === "AUX") return "";
  }
  return "";
}

/** How far back of a duration its perfect's "been" is looked for with no "for" between: "has been on the force". */
const ELIDED_REACH = 5;

/** Words after a duration's unit that make it a time point, beside OFFSETS' time from or to an event. */
const WHEN = new Set([...OFFSETS, "ago", "later", "earlier", "into", "prior"]);

/**
 * "had been married 16 years" → years married, "has been on the force four years" → years on the force, "I have been
 * here two years" → years here: a perfect's copula says what the time was spent being with its "for" left out, as
 * complement() reads it with one; "" when no "been" is in reach, it is denied, or what stands between is no state: a
 * role is the time itself described ("has been a dramatic 24 hours"), an adverb in "-ly" a hedge ("has been typically
 * two weeks"), a clause of its own a time point's ("has been reported they separated three weeks ago", "has been sacked
 * as coach just eight months after taking charge": the word after the unit, `next`, says when).
 */
export function elidedFor(toks: readonly Tok[], r: Raw, next: Tok | undefined): string {
  const before = toks[r.s - 1];
  // ("has been growing in the past three years": a window, or a preposition's time, is another reading's.)
  const window = before?.pos === "ADP" || before?.pos === "DET" || WHOLE_WINDOWS.has(before?.l ?? "");
  if (!isWord(before) || window || before.pos === "NUM" || (isWord(next) && WHEN.has(next.l))) return "";
  for (let k = r.s - 1; k >= 0 && r.s - k <= ELIDED_REACH; k--) {
    const t = toks[k];
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    if (t.l !== "been") continue;
    const state = negated(toks, k) || /ly$/.test(toks[k + 1]?.l ?? "") ? "" : complement(toks, k + 1, r.s);
    return state.startsWith("as ") ? "" : state;
  }
  return "";
}

/** How far back of a stranded preposition its relative pronoun is looked for: "whom she has been friends with". */
const STRANDED_REACH = 6;

/**
 * Whether the preposition at `p` was left behind by a relative pronoun ("whom she has been friends with", "who he had
 * worked with"): "with" at the end of a clause that "whom" or "who" opens.
 */
function stranded(toks: readonly Tok[], p: number): boolean {
  if (!isWord(toks[p], "with")) return false;
  for (let k = p - 1; k >= 0 && p - k <= STRANDED_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (t.l === "whom" || t.l === "who") return true;
  }
  return false;
}

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
  if (ruled) return "ruled out";
  // "With Vickery out for six weeks", "we had big players out for four months", "kept him out for a month".
  return heldBy(toks, k, true) ? "out" : "";
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

/** Whether the subject before the auxiliary at `a` is none ("no new infections have been reported"). */
function denied(toks: readonly Tok[], a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= SUBJECT_REACH; k--) if (NONE.has(toks[k]!.l)) return true;
  return noneOfSubject(toks, a) !== undefined;
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
  if (t.pos === "ADJ" || t.pos === "ADV" || (t.pos === "VERB" && participleSpelling(t.l))) return upTo(toks, j, f);
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
