import { AGE_BEFORE, BE_FORMS, HAVE_FORMS, CASUALTY_WORDS, ED_ADJECTIVES, FOLD_VERBS, PARTICLES, SKIP_AFTER_NP } from "#brief/figures/language/lexicon.ts";
import { livesTaken } from "#brief/figures/label/counts/fold.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// What a count of "people" did or had done to it, when the verb stands past an aside or an adverb: "people" alone says
// nothing on a card ("Seven — people"), and the verb is what the number is news for ("Seven — people died").

/** Dashes and brackets that open an aside; a dash closes with the same mark, a bracket with its pair. */
const CLOSE: ReadonlyMap<string, string> = new Map([["-", "-"], ["—", "—"], ["–", "–"], ["(", ")"]]);
/** The longest aside skipped: "-- including Illinois State's associate coach Torrey Ward and deputy director Aaron Leetch --". */
const ASIDE = 24;
/** Participles not ending in -ed that say what was done to people. */
const PARTICIPLES = new Set(["taken", "held", "seen", "left", "found", "given", "shot", "hit", "kept", "sent", "brought", "caught", "thrown", "struck", "forced", "flown", "driven"]);
/** Verbs of report passed to the state they report: "were initially reported missing", "were found dead". */
const REPORTED = new Set(["reported", "feared", "believed", "thought", "said", "known", "confirmed", "found", "left"]);

/** The token after an aside that starts at `k` ("-- including two coaches --", "(mostly students)"), else `k`. */
function pastAside(toks: readonly Tok[], k: number): number {
  const open = toks[k];
  if (open?.kind !== PUNCT) return k;
  // "three others, aged 41 and 30, have since been released": an age aside between commas.
  if (open.s === "," && AGE_BEFORE.has(toks[k + 1]?.l ?? "")) {
    for (let j = k + 2; j < toks.length && j - k <= ASIDE; j++) if (toks[j]?.s === ",") return j + 1;
    return k;
  }
  const close = CLOSE.get(open.s);
  if (close === undefined) return k;
  // "--" is two tokens: the aside opens after both and closes at the next pair.
  const width = open.s === "-" ? (toks[k + 1]?.s === "-" ? 2 : 0) : 1;
  if (width === 0) return k;
  for (let j = k + width; j < toks.length && j - k <= ASIDE; j++) {
    if (toks[j]?.s !== close) continue;
    if (width === 2 && toks[j + 1]?.s !== "-") return k;
    return j + width;
  }
  return k;
}

/** The verb after people, past an aside, auxiliaries, adverbs and "reported" (its index, or -1), and whether it is passive. */
function verbAfter(toks: readonly Tok[], k: number): { j: number; passive: boolean } {
  let j = pastAside(toks, k);
  let passive = false;
  for (let skipped = 0; skipped < 5; skipped++) {
    const t = toks[j];
    if (!isWord(t)) return { j: -1, passive };
    const l = t.l;
    const next = toks[j + 1];
    // ("have since been released": "since" after an auxiliary is an adverb of time, not a preposition.)
    const skip = SKIP_AFTER_NP.has(l) || (l === "since" && HAVE_FORMS.has(toks[j - 1]?.l ?? "")) || (l.endsWith("ly") && t.pos === "ADV") || (REPORTED.has(l) && isWord(next) && (CASUALTY_WORDS.has(next.l) || isWord(next, "to")));
    if (!skip) return { j, passive };
    passive ||= BE_FORMS.has(l);
    j++;
    // "were reported to have died": past "to have".
    if (isWord(toks[j], "to") && isWord(toks[j + 1], "have")) j += 2;
  }
  return { j: -1, passive };
}

/**
 * "Seven people -- including two coaches -- died", "147 people were brutally massacred": the casualty or fold verb; or,
 * before the count (it starts at `s`), "claimed the lives of 68 people": a toll.
 */
export function foldPastAside(toks: readonly Tok[], s: number, k: number): string | undefined {
  if (livesTaken(toks, s - 1)) return "killed";
  const { j } = verbAfter(toks, k);
  const l = toks[j]?.l ?? "";
  return j < 0 ? undefined : (CASUALTY_WORDS.get(l) ?? FOLD_VERBS.get(l));
}

/**
 * "183 people have been expelled", "Three people have been taken to hospital", "About 4,500 people have been isolated":
 * the participle said of the people, when it is no casualty or fold verb (foldPastAside's), or "".
 */
function peopleDone(toks: readonly Tok[], k: number): string {
  const { j, passive } = verbAfter(toks, k);
  const v = toks[j];
  if (j < 0 || !isWord(v) || ED_ADJECTIVES.has(v.l)) return "";
  // An irregular participle is passive only after "be": "have seen a video" is what they saw, "were seen" what was seen
  // of them; an "-ed" form reads the same either way ("have signed" → "people signed").
  if (!v.l.endsWith("ed") && !(passive && PARTICIPLES.has(v.l))) return "";
  // "were forced to flee": the verb it forced says what happened.
  if (isWord(toks[j + 1], "to") && toks[j + 2]?.pos === "VERB") return `${v.l} to ${toks[j + 2]!.l}`;
  // "were taken away by police officers": the particle is part of the verb.
  if (PARTICLES.has(toks[j + 1]?.l ?? "") && toks[j + 1]?.pos !== "NOUN") return `${v.l} ${toks[j + 1]!.l}`;
  // "taken to hospital", "sent to prison": a bare place after "to" is where, and says what the verb did.
  const place = toks[j + 2];
  return isWord(toks[j + 1], "to") && isWord(place) && place.pos === "NOUN" && toks[j + 3]?.pos !== "NOUN" ? `${v.l} to ${place.s}` : v.l;
}

/** "a survey of 2,000 people": the people were asked; the participle says so. */
const SURVEYS: ReadonlyMap<string, string> = new Map([["survey", "surveyed"], ["poll", "polled"], ["study", "studied"]]);
/** "a town of 280 people", "the capital of more than 1 million people": the count is the place's population. */
const PLACES = new Set(["town", "city", "country", "capital", "island", "village", "nation", "state", "population", "community", "county", "region"]);

/**
 * A count of people labelled by what is said of them: surveyed ("a survey of 2,000 people"), a place's population ("a
 * town of 280 people"), or, at the start of a clause, the verb after them (peopleDone). `np` is the counted noun
 * phrase ("people", "elderly people"); it is returned as it is when nothing is said.
 */
export function peopleLabel(toks: readonly Tok[], s: number, np: string, k: number, clauseStart: boolean): string {
  if (isWord(toks[s - 1], "of")) {
    const before = toks[s - 2]?.l ?? "";
    const surveyed = SURVEYS.get(before);
    if (surveyed !== undefined) return `${np} ${surveyed}`;
    if (PLACES.has(before)) return "population";
  }
  // "home to 1,700 people": the place's population too.
  if (isWord(toks[s - 1], "to") && isWord(toks[s - 2], "home")) return "population";
  const done = clauseStart ? peopleDone(toks, k) : "";
  return done === "" ? np : `${np} ${done}`;
}
