import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { fallOf, weighed } from "#brief/figures/label/measures/measure-verb.ts";
import { weightChange, weightLevel } from "#brief/figures/label/measures/weight-change.ts";
import { measureResumes } from "#brief/figures/label/measures/unit-conversion.ts";
import { withinOf } from "#brief/figures/label/durations/duration-words.ts";
import { allBut } from "#brief/figures/label/durations/all-but.ts";
import { DURATIONS, MEASURE_NOUNS, MOTION_NOUNS } from "#brief/figures/language/lexicon.ts";
import { MOTION_FORMS } from "#brief/figures/label/measures/distance-in-time.ts";
import { LENGTHS as MOTION_LENGTHS } from "#brief/figures/label/measures/length-motion.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { COMPASS, compassPlace, DISTANCE_UNITS } from "#brief/figures/label/measures/compass-after.ts";
import { backNP, forwardNP, nounOf, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What a measure measures when its label is its unit alone (label-count.ts): the thing "of" it, a fall, a distance,
// a weight, a participle's noun or its subject; and the motion that names a measure with no noun ("fell 30ft").

/**
 * A measure its label names only by its unit ("6 — meters") is labelled by what it measures, and the unit joins
 * the display: "lengths of 6 meters", "14.27 million tonnes of crops", "crop production totalled 11.49 million
 * tonnes", "a career spanning five years". Left as it was when the sentence names nothing.
 */
export function measuredThing(toks: readonly Tok[], r: Raw, c: Count): void {
  if (r.kind !== "measure" || r.compound !== undefined || r.glued !== undefined || r.label !== c.np) return;
  // "a guard standing 15 metres around the crate": "around", which the noun lists do not hold as a preposition (it
  // hedges amounts), ran the unit's phrase on ('metres around', cut on the card to the bare unit: card audit 55's
  // made-up shape 8). A length around a place is how far out from it, a distance; not the subject, which the readings
  // below fall back on ("The cordon ran 200 metres around the embassy" measures no cordon's size).
  if (c.head === "around" && DISTANCE_UNITS.has(toks[c.npEnd - 2]?.l ?? "") && c.npEnd - 2 === r.e) {
    r.label = "distance";
    r.e = c.npEnd - 1;
    return;
  }
  if (c.np !== c.head) return;
  if (!MEASURE_NOUNS.has(c.head) && !DURATIONS.has(c.head)) return;
  let what = "";
  const of = measureResumes(toks, r.s, c.npEnd); // "0.71 grams (0.025 ounces) of methamphetamine"
  // "served all but six months of his nine year term": the part not served, not the whole (all-but.ts).
  const rest = DURATIONS.has(c.head) ? allBut(toks, r.s, of, c.head) : "";
  if (rest !== "") {
    r.label = `${c.head} ${rest}`;
    return;
  }
  // "within 20 minutes of the text message": a time after the call, not the call's length (label-duration.ts' since).
  if (isWord(toks[of], "of") && !(DURATIONS.has(c.head) && withinOf(toks, r.s, of))) {
    const k = pastDeterminers(toks, of + 1);
    // "It had 18 feet of break": after "of", a lone word the tagger calls a verb is a noun; "four days of walking",
    // "four hours of travelling on the bus": so is a gerund, the doing the time was spent on.
    const l = toks[k]?.l ?? "";
    const lone = toks[k]?.pos === "VERB" && ((!/(?:ed|ing)$/.test(l) && !isWord(toks[k + 1])) || (l.endsWith("ing") && l.length > 5 && k === of + 1));
    let end = lone ? k + 1 : forwardNP(toks, k);
    // "480 hours of training", "his 20 years of teaching": a gerund the tagger calls a noun, which the phrase reader drops.
    if (end === k && toks[k]?.pos === "NOUN" && l.endsWith("ing") && l.length > 5) end = k + 1;
    if (end > k) what = phrase(toks, k, end);
    // "the first six months of life", "the opening four months of the season": a window of it, not its length.
    const window = toks[r.s - 1];
    if (what !== "" && isWord(window) && WINDOWS.has(window.l) && DURATIONS.has(c.head)) what = `${window.l} ${c.head} of ${what}`;
    // "must not go within 200 metres of any dolphin": how near one may come, no size of the thing (card audit 38,
    // sample AF, read '200 metres — dolphin' beside the animal's length).
    if (what !== "" && isWord(window, "within") && DISTANCE_UNITS.has(c.head)) what = `distance from ${what}`;
  }
  // "dropped her from 6 feet above ground", "plunged 200 feet": the height of the drop, the fall; before a distance, which
  // "fell 30 feet from the roof" also reads ("30 feet from"), as a falling verb right before the length says more.
  if (what === "") what = fallOf(toks, r.s, c.head, c.npEnd);
  if (what === "") what = distance(toks, r, c.npEnd);
  const before = toks[r.s - 1];
  if (what === "") what = nounOf(toks, r.s);
  // "a career spanning five years": the participle's noun is what is measured.
  if (what === "" && isWord(before) && before.l.endsWith("ing") && before.pos === "VERB" && toks[r.s - 2]?.pos === "NOUN") {
    const np = backNP(toks, r.s - 1, false);
    if (np) what = phrase(toks, np[0], np[1]);
  }
  // "tipped the scales at 20 stone", "now weighs in at just over 10 stone": what is weighed is its weight, not the
  // scales or the unit (the subject is mostly a name, which names nothing); "a bag of marijuana weighing 0.86 grams"
  // named its noun above. A stone is a unit of nothing but a body's weight: "ballooned to 28 stone", "came in at 14
  // stone" are a weight reached with no weighing verb ("dropped seven stone", "put on six stone" are changes of it).
  const reached = c.head === "stone" && (isWord(toks[r.s - 1], "to") || isWord(toks[r.s - 1], "at"));
  if (what === "" && (weighed(toks, r.s) || reached)) what = (reached && weightLevel(toks, r, c.head)) || "weight";
  // A duration's subject is who spent it ("Tashnova hiked six hours"), not what it measures; nor is a name.
  if (what === "" && r.type !== "duration") {
    const subject = subjectBefore(toks, r.s);
    // "The injured swan has gained 250 grams": a body's weight gained or lost is the change, not the subject
    // (weight-change.ts; card audit 38, sample AF read '250 grams — swan'). Only where the subject would label it: a
    // measure left with its unit alone takes the change as shown words in unit-dimension.ts instead.
    if (!subject.split(" ").every((w) => /^\p{Lu}/u.test(w))) what = subject === "" ? "" : weightChange(toks, r, c.head) || subject;
  }
  if (what === "") return;
  r.label = what;
  r.e = c.npEnd;
}

/** Words before a duration "of" something that make it a window of that thing: "the first six months of life". */
const WINDOWS = new Set(["first", "last", "final", "opening", "closing", "past", "next", "early", "initial"]);

/** Words after a length that say where from: "80 miles off the Libyan coast", "200m away", "80 miles east of Lima". */
const AWAY = new Set(["off", "from", "away", ...COMPASS, "offshore", "inland", "outside"]);

/**
 * "about 80 miles off the Libyan coast", "(200m away)": a length followed by where from is a distance, else ""; from
 * a place a compass point names ("80 miles east of Lima" → distance from Lima: compass-after.ts).
 */
export function distance(toks: readonly Tok[], r: Raw, after: number): string {
  const unit = r.glued ?? toks[after - 1]?.l ?? "";
  if (!DISTANCE_UNITS.has(unit) || !AWAY.has(toks[after]?.l ?? "")) return "";
  const place = compassPlace(toks, after);
  return place === "" ? "distance" : `distance from ${place}`;
}

/**
 * The noun of the motion verb just before a measure ("fell 30ft" → "fall", "ran 26 miles" → "run"), else ""; a base
 * or present form before a length in `unit` too ("can cycle 52km" → "ride"; "driving 20 mph over" is a speed).
 */
export function motionNoun(toks: readonly Tok[], s: number, unit = ""): string {
  const v = isWord(toks[s - 1], "between") ? toks[s - 2] : toks[s - 1];
  return MOTION_NOUNS.get(v?.l ?? "") ?? (MOTION_LENGTHS.has(unit) ? MOTION_FORMS.get(v?.l ?? "") : undefined) ?? "";
}
