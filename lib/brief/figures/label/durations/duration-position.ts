import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CONJUNCTIONS, LASTING, POSSESSIVES, PRONOUNS, SPENDING } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { doneIn } from "#brief/figures/label/time-windows/done-in.ts";
import { eventAfter } from "#brief/figures/label/time-windows/event-after.ts";
import { beforeElapsed } from "#brief/figures/label/time-windows/before-elapsed.ts";
import { clauseEvent } from "#brief/figures/label/time-windows/since-clause.ts";
import { frontedSpan } from "#brief/figures/label/durations/fronted-span.ts";
import { timeAhead } from "#brief/figures/label/time-windows/time-ahead.ts";
import { timeAway } from "#brief/figures/label/time-windows/time-away.ts";
import { durationWindow } from "#brief/figures/label/time-windows/duration-window.ts";
import { timeWithin } from "#brief/figures/label/time-windows/time-within.ts";
import { timeWithout } from "#brief/figures/label/time-windows/time-without.ts";
import { ordinalWindow } from "#brief/figures/label/time-windows/ordinal-window.ts";
import { countWindow } from "#brief/figures/label/time-windows/count-window.ts";
import { superlativeSince } from "#brief/figures/label/time-windows/superlative-since.ts";
import { firstHead } from "#brief/figures/label/time-windows/first-head.ts";
import { firstTimeSince } from "#brief/figures/label/time-windows/first-time.ts";
import { durationPlace } from "#brief/figures/label/durations/duration-place.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { onState } from "#brief/figures/label/durations/on-state.ts";

// Where a bare duration stands, when nothing in its clause says what it was of (label-duration.ts reads that first):
// a match's clock ("five minutes into the second half", "with seven minutes to go"), a time out
// ("another four weeks on the sidelines", "three to four weeks out of action"), a spell since something last happened
// ("his first start in 20 months"), a time after a clause ("two days after Saudi Arabia announced the end"). A duration
// labelled by its unit alone ('five — minutes') is the strict audit rule's largest class of bad label
// (card-audit-11.md); these name 112 of cnndm-dev's 669 on the card and 22 of dev-bbc's 216 (scripts/unit-only-labels.ts).
// A time a doing takes ("to drift off in just 42 seconds", "sold out in 24 hours": done-in.ts) is labelled by the doing. So is a sentence's opening "For
// four years, he worked …" (fronted-span.ts), and a time a past event came after ("opened the scoring after eight
// minutes" → minutes before opening the scoring, event-after.ts), and a time said as a distance ("30 minutes away",
// "four minutes from the end", time-away.ts) or ahead ("will need draining again in three months" → months from now,
// time-ahead.ts). A window ("in the last three months", duration-window.ts), a deadline ("within three days",
// time-within.ts), a time without ("hasn't driven herself in seven years", time-without.ts), an ordinal's or a
// superlative's time ("a third match in nine days", "its lowest level in three years") and a count's ("two defeats in
// four days", count-window.ts) are read last.

/** Words after "N minutes to" that count down a match or a wait: "with seven minutes to go", "seconds to spare". */
const TO_GO = new Set(["go", "play", "spare"]);

/**
 * Whether a duration after the word `l` is its length, whatever follows it: "lasted four months before being sacked",
 * "would take me about three days before I was bored", "spent two years before" are spans.
 */
const spans = (l: string): boolean => LASTING.has(l) || SPENDING.has(l);

/** Words before a duration that make it a span or a window, not a time after an event: "in less than 48 hours before being removed", "for the next two years after this". */
const WINDOWS = new Set(["for", "in", "within", "next", "past", "last", "first"]);

/** Window words between a fronted "For the" and its duration: "For the past five years, he's been …". */
const WINDOWED = new Set(["past", "last"]);

/** Words before a duration that leave it the sentence's opening: "But ten years on, …", "Nine years on …". */
const OPENERS = new Set(["but", "and", "now", "some", "almost", "nearly", "more", "over", "about", "just", "than"]);

/**
 * The label of the duration `r` whose unit is `unit` and whose noun phrase ends at `npEnd`, from the words around it
 * that place it in time or say what it was out of; "" when none do.
 */
export function durationPosition(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  const w = toks[npEnd];
  const opening = lead(toks);
  const label =
    (w === undefined ? "" : after(toks, r, unit, npEnd, w)) || before(toks, r, unit, npEnd) || eventAfter(toks, r, unit, npEnd) || beforeElapsed(toks, r, unit, npEnd) ||
    timeAway(toks, r, unit, npEnd) || timeAhead(toks, r, unit) ||
    // (A deadline "within the next ten days" before the window its words also make: time-within.ts.)
    timeWithin(toks, r, unit, npEnd, opening) || durationWindow(toks, r, unit, npEnd, opening) ||
    timeWithout(toks, r, unit) || ordinalWindow(toks, r, unit) || superlativeSince(toks, r, unit) ||
    countWindow(toks, r, unit, npEnd, opening) || durationPlace(toks, unit, npEnd);
  return label.split(" ").length <= MAX_LABEL_WORDS ? label : "";
}

/** A label from the words right after the unit. */
function after(toks: readonly Tok[], r: Raw, unit: string, k: number, w: Tok): string {
  const next = toks[k + 1];
  // "three years' probation", "18 years' experience": the noun the time is an amount of ("'five minutes' to put …" is a
  // quotation's end, no owner); "four months’ extra life": an adjective before the noun too.
  const owned = isWord(next) && (next.pos === "NOUN" || (next.pos === "ADJ" && toks[k + 2]?.pos === "NOUN"));
  if (w.kind === PUNCT && (w.s === "'" || w.s === "’") && owned) return `${unit}' ${nounPhrase(toks, k + 1)}`;
  if (!isWord(w)) return "";
  if (w.l === "into") {
    // "five minutes into the second half", "four months into their one-year relationship".
    const np = nounPhrase(toks, k + 1);
    return np === "" ? "" : `${unit} into ${np}`;
  }
  if (w.l === "to" && isWord(next) && TO_GO.has(next.l)) return `${unit} to ${next.l}`;
  if (w.l === "from" && isWord(next, "time")) return `${unit} from time`;
  if (w.l === "out") {
    // "227 weeks out", "three to four weeks out of action".
    const np = isWord(next, "of") ? nounPhrase(toks, k + 2) : "";
    return np === "" ? `${unit} out` : `${unit} out of ${np}`;
  }
  if (w.l === "on") {
    // "Nine years on, the sufferer says", "But ten years on": a story's opening time point, however it goes on.
    if (opening(toks, r.s) || next === undefined || next.kind === PUNCT) return `${unit} on`;
    // "another four weeks on the sidelines", "three years on his contract": where the time is spent.
    // ("their baby's first three months on their computer": the months are the pictures', not time spent there.)
    if (isWord(next) && (next.l === "the" || POSSESSIVES.has(next.l)) && !isWord(toks[r.s - 1], "first")) {
      const np = nounPhrase(toks, k + 1);
      return np === "" ? "" : `${unit} on ${np}`;
    }
    // "ten days on sale in Japan", "three weeks on strike": a state the time is spent in (on-state.ts).
    return onState(toks, unit, r.s, k);
  }
  if (w.l === "after" || w.l === "before") {
    // "was unconscious for five minutes after the crash", "heir to the throne for a seven months after he was born":
    // the time is the verb's span, and the event says when it was.
    let b = pastDescribed(toks, r.s) - 1;
    // "would take me about three days before I was bored", "took another 10 years before": over the pronoun the time is
    // taken of, and "another".
    if (toks[b]?.pos === "PRON" || isWord(toks[b], "another")) b--;
    const p = toks[b];
    // "will be up to four years before he starts work": a time a copula gives is a span too; "headed home after 23
    // minutes before Ronaldo scored": a time already placed by its own "after".
    if (isWord(p) && (WINDOWS.has(p.l) || spans(p.l) || BE_FORMS.has(p.l) || p.l === "after" || p.l === "before")) return "";
    return (opening(toks, r.s) ? frontedSubject(toks, unit, k, w.l) : "") || clauseAfter(toks, unit, k, w.l);
  }
  return "";
}

/** A label from the words before the amount. */
function before(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  const p = toks[r.s - 1];
  if (!isWord(p)) return "";
  // "For 20 years, he worked at the plant", "For the past five years we have been working": the main clause's doing;
  // without a comma only a subject pronoun starts it.
  const f = p.l === "for" ? r.s - 1 : WINDOWED.has(p.l) && isWord(toks[r.s - 2], "the") && isWord(toks[r.s - 3], "for") ? r.s - 3 : -1;
  const comma = toks[npEnd]?.s === "," ? npEnd : toks[npEnd]?.pos === "PRON" ? npEnd - 1 : -1;
  if (f >= 0 && comma >= 0 && opening(toks, f)) {
    const doing = frontedSpan(toks, comma);
    return doing === "" ? "" : `${unit} ${doing}`;
  }
  // "the first governor in five years to visit Cuba": what was last done is the doing after, which the label cannot hold.
  if ((p.l !== "in" && p.l !== "for") || (isWord(toks[r.e + 1], "to") && toks[r.e + 2]?.pos === "VERB")) return "";
  // "to drift off in just 42 seconds", "can complete the course in 40 minutes": the time a doing takes.
  const done = p.l === "in" ? timeTaken(toks, r.s - 1) : "";
  if (done !== "") return `${unit} to ${done}`;
  // "sold out in 24 hours", "downed a schooner of beer in about six seconds": a finished doing's time (done-in.ts).
  const finished = p.l === "in" ? doneIn(toks, r.s - 1, unit) : "";
  if (finished !== "") return finished;
  // "their first national final in 11 years", "his first start for the Magpies in 20 months", "for the first time in
  // eight years": how long since the last one.
  for (let k = r.s - 2; k >= 0 && r.s - k <= 7; k--) {
    const t = toks[k]!;
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    if (t.l !== "first") continue;
    // "from first blow to last in 10 seconds" is a span.
    if (isWord(toks[k - 1], "from")) return "";
    const what = firstOf(toks, k + 1, r.s - 1);
    // "won the league for the first time in 50 years": the clause's doing, not "time" (first-time.ts).
    const done = what === "time" ? firstTimeSince(toks, k, unit) : "";
    if (done !== "") return done;
    return what === "" ? "" : `${unit} since last ${what}`;
  }
  return "";
}

/**
 * Words before a verb that leave it in its base form, the doing an "in N minutes" times: "to drift off", "can scan".
 * A future's ("will need draining again in three months", "might turn around in six months") says when, not how long.
 */
const BASE_BEFORE = new Set(["to", "can", "could"]);

/**
 * Words before an infinitive that make "in N years" a time since the last one: "the highest-ranking official to visit
 * Iran in 12 years", "the first to …"; and "from first blow to last in 10 seconds", where "to" is no infinitive.
 */
const SINCE_LAST = /^(?:first|only|last|from)$|.est-|^\p{L}+est$/u;

/** How many words a timed doing may hold, its verb first ("complete the course"). */
const DOING_WORDS = 4;

/**
 * The doing an "in" at `i` times, when a verb in its base form stands a few words before it: "to drift off in just 42
 * seconds" → drift off; "" when none does ("won the title in 2014 in five sets" has a past, which says when as often).
 */
function timeTaken(toks: readonly Tok[], i: number): string {
  for (let v = i - 1; v >= 0 && i - v <= DOING_WORDS; v--) {
    const t = toks[v]!;
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    // "to build it in two years": a pronoun object names nothing.
    if (t.pos === "VERB" && isWord(toks[v - 1]) && BASE_BEFORE.has(toks[v - 1]!.l)) {
      if (sinceLast(toks, v - 1)) return "";
      return phrase(toks, v, PRONOUNS.has(toks[i - 1]!.l) ? i - 1 : i);
    }
  }
  return "";
}

/** Whether a superlative, "first", "only", "last" or "from" stands in the few words before the "to" at `to`. */
function sinceLast(toks: readonly Tok[], to: number): boolean {
  for (let k = to - 1; k >= 0 && to - k <= 4; k--) {
    const t = toks[k]!;
    if (!isWord(t)) return false;
    if (SINCE_LAST.test(t.l) && (t.pos === "ADJ" || !t.l.endsWith("est"))) return true;
  }
  return false;
}

/**
 * The thing counted first after "first", from `k` before `end`: the nouns after its describing words, up to two ("their
 * first cup final" → cup final, "his first US appearance" → appearance); "" for a plural ("the first English ospreys
 * for 150 years": since the last ospreys reads as nothing) or none.
 */
function firstOf(toks: readonly Tok[], k: number, end: number): string {
  const start = k;
  while (k < end && (toks[k]!.pos === "ADJ" || toks[k]!.pos === "PROPN")) k++;
  // "their first national final", "a first Grand Slam": no noun after the describing words (first-head.ts).
  if (k === end) return firstHead(toks, start, end);
  let e = k;
  while (e < end && toks[e]!.pos === "NOUN") e++;
  // "their first cup final": a noun the tagger calls an adjective after the first noun.
  while (e > k && e < end && toks[e]!.pos === "ADJ") e++;
  const last = toks[e - 1];
  if (e === k || last === undefined || (last.l.endsWith("s") && !last.l.endsWith("ss"))) return "";
  return toks.slice(Math.max(k, e - 2), e).map((t) => t.l).join(" ");
}

/**
 * Whether only opening words stand before the amount starting at `s`: "But ten years on"; at a sentence's start or
 * at a quotation's after a colon ('He told the paper: "For the last nine years I have been sober."'), which opens a
 * sentence of its own inside the reporting one.
 */
function opening(toks: readonly Tok[], s: number): boolean {
  let k = s - 1;
  while (k >= lead(toks) && isWord(toks[k]) && OPENERS.has(toks[k]!.l)) k--;
  return k < lead(toks) || (QUOTES.has(toks[k]!.s) && toks[k - 1]?.s === ":");
}

/** Quotation marks that may open a sentence. */
const QUOTES = new Set(["'", "\"", "‘", "“"]);

/** How many tokens open a sentence before its words: a quotation mark ("'For 10 years, I drove"), a "(CNN)" dateline. */
export function lead(toks: readonly Tok[]): number {
  if (toks[0]?.s === "(" && isWord(toks[1], "cnn") && toks[2]?.s === ")") return 3;
  return QUOTES.has(toks[0]?.s ?? "") ? 1 : 0;
}

/** The noun phrase from `k` (its article kept), ended on a noun: "the second half", "their one-year relationship". */
function nounPhrase(toks: readonly Tok[], k: number): string {
  const start = pastDeterminers(toks, k);
  const end = forwardNP(toks, start);
  if (end === start || (toks[end - 1]?.pos !== "NOUN" && toks[end - 1]?.pos !== "PROPN")) return "";
  return phrase(toks, k, end);
}

/**
 * "Nine weeks after the operation was when I first rode a bike again": a time after (or before) an event's noun phrase
 * that opens the sentence and is the subject of its copula is that time, the event named (it read "weeks later", the
 * copula taken for the event's own verb; AK shape 8): "weeks after the operation"; "" when the copula is the event's
 * passive ("after the operation was completed") or none follows.
 */
function frontedSubject(toks: readonly Tok[], unit: string, k: number, word: string): string {
  const start = pastDeterminers(toks, k + 1);
  const end = forwardNP(toks, start);
  const be = toks[end];
  // ("the man was first told": over the adverbs after the copula.)
  let after = end + 1;
  while (toks[after]?.pos === "ADV") after++;
  const next = toks[after];
  // ("was completed", "was taken": a participle, however tagged; "was when" is no participle.)
  const participle = isWord(next) && (next.pos === "VERB" || (next.pos === "ADJ" && /(?:ed|en)$/.test(next.l)));
  if (end === start || !isWord(be) || !BE_FORMS.has(be.l) || participle) return "";
  return `${unit} ${word} ${phrase(toks, k + 1, end)}`;
}

/**
 * "two days after Saudi Arabia announced the end", "weeks after they became sick": a time after or before a clause
 * (label-duration.ts' `since` reads one after a noun phrase, "days after the massacre"). The clause's subject and verb
 * name the event when they are short and the subject is no pronoun; otherwise the clause's event read as
 * since-clause.ts reads one ("after being arrested", "after film released"), or a time after is "later", as "N days
 * after" means. A time before is left bare then: "six months before she could get into a wheelchair" is as often a
 * span as a time point, and "earlier" would misname the span.
 */
function clauseAfter(toks: readonly Tok[], unit: string, k: number, word: string): string {
  // "weeks after they became sick" → weeks after becoming sick, "years after the film was released" → years after film
  // released: a clause whose subject and verb do not name it is named as a time "since" one is (since-clause.ts).
  const time = (): string => {
    const event = clauseEvent(toks, unit, k, word);
    return event !== "" ? `${unit} ${event}` : word === "after" ? `${unit} later` : "";
  };
  const start = pastDeterminers(toks, k + 1);
  const first = toks[start];
  if (!isWord(first)) return time();
  const end = forwardNP(toks, start);
  const verb = toks[end];
  if (end === start || !isWord(verb) || verb.pos !== "VERB" || /ing$/.test(verb.l)) return time();
  // "after a U.S. official said": a name's capitals stay.
  const subject = phrase(toks, k + 1, end);
  // "after her daughter went missing": the state the verb reached is part of the event.
  // ("missing" the tagger calls a verb.)
  const after = toks[end + 1];
  const state = isWord(after) && (after.pos === "ADJ" || after.l === "missing") ? ` ${after.l}` : "";
  const label = `${unit} ${word} ${subject} ${verb.l}${state}`;
  return label.split(" ").length <= MAX_LABEL_WORDS && !isCapitalised(verb) ? label : time();
}
