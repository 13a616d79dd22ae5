import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { unitAloneDimension } from "#brief/figures/label/measures/unit-dimension.ts";

// A label that is only words which name nothing ("3ft — along" of "dragged face first for 3ft along a pavement",
// "$889,000 — to" of "went from $889,000 to a 55 per cent cut", "666 — around" of "go around with 666"): a reading ran
// on into a preposition the noun lists do not hold ("around", "along") or took the words after a change. candidates.ts'
// shortLabel strips such words off the end of a label but keeps the last, as an empty label says less still; here the
// figure gets a label that names something (card-audit-15, sample I; rev12's one fault left).

/**
 * Words a label never ends on: a preposition, article or conjunction left dangling where a noun phrase was read on
 * into what follows it ("people around" of "people around the world", "bounced cheques in", "masked man removing a";
 * 33 of cnndm-dev's card labels, 15 of dev-bbc's). "on", "off" and "behind" stay, as they end phrasal verbs ("after
 * coming on", "sending off", "left behind"), and "past", which may be a noun ("traumatic past").
 */
export const DANGLING = new Set("around along across in at by for from to with of into through onto towards toward as the a an and or".split(" "));

/** A label none of whose words names anything: prepositions, articles, conjunctions ("along", "to a", "around"). */
export function lonely(label: string): boolean {
  if (label === "") return false;
  return label.split(" ").every((w) => {
    const l = w.toLowerCase();
    return DANGLING.has(l) || PREPOSITIONS.has(l) || DETERMINERS.has(l) || CONJUNCTIONS.has(l);
  });
}

/** How far back the verb that governs the number may stand ("sales brought in around a further £8million"). */
const VERB_REACH = 6;

/** How long an aside between commas may be for a verb to reach back over it to its subject ("A property in Kincumber, north of Sydney, went"). */
const ASIDE_REACH = 8;

/** Relative pronouns whose verb's subject is the noun right before them: "stocks which have advanced 4%". */
const RELATIVES = new Set(["which", "that", "who"]);

/** "stocks which have advanced": the noun before the relative pronoun that opens the verb at v's clause, if any. */
function relativeNoun(toks: readonly Tok[], v: number): [number, number] | undefined {
  let k = v;
  while (k > 0 && isWord(toks[k - 1]) && (AUXILIARIES.has(toks[k - 1]!.l) || toks[k - 1]?.pos === "ADV")) k--;
  return isWord(toks[k - 1]) && RELATIVES.has(toks[k - 1]!.l) && toks[k - 2]?.s !== "," ? backNP(toks, k - 1) : undefined;
}

/**
 * The subject of the verb that governs the number at s: the nearest verb before it in its clause, at most `reach`
 * tokens back, over an aside between commas right before the verb ("A property in Kincumber, north of Sydney, went from
 * $889,000" → property) or to the noun a relative pronoun follows ("stocks which have advanced 4%" → stocks), "" when
 * there is none or it is a pronoun ("I wouldn't go around with 666").
 */
export function governingSubject(toks: readonly Tok[], s: number, reach = VERB_REACH): string {
  for (let v = s - 1; v >= 0 && s - v <= reach; v--) {
    const t = toks[v];
    if (t === undefined || (t.kind === PUNCT && t.s !== "-") || (isWord(t) && CONJUNCTIONS.has(t.l) && t.l !== "whose")) return "";
    if (t.pos !== "VERB") continue;
    let np = relativeNoun(toks, v) ?? verbSubject(toks, v);
    if (np === undefined && toks[v - 1]?.s === ",") {
      for (let o = v - 2; o > 0 && v - o <= ASIDE_REACH; o--) {
        if (toks[o]?.s === ",") {
          np = backNP(toks, o);
          break;
        }
      }
    }
    if (np === undefined) return "";
    const subject = phrase(toks, np[0], np[1]);
    return subject.split(" ").some((w) => PRONOUNS.has(w.toLowerCase())) ? "" : subject;
  }
  return "";
}

/** A noun phrase in apposition right after the number ("666, the mark of the beast" → mark of the beast), or "". */
function appositive(toks: readonly Tok[], e: number): string {
  if (toks[e]?.s !== ",") return "";
  const k = pastDeterminers(toks, e + 1);
  if (k === e + 1) return "";
  let end = forwardNP(toks, k);
  if (end <= k) return "";
  // "the mark of the beast": the head and what it is of.
  if (isWord(toks[end], "of")) {
    const after = forwardNP(toks, pastDeterminers(toks, end + 1));
    if (after > pastDeterminers(toks, end + 1)) end = after;
  }
  return phrase(toks, k, end);
}

/**
 * Relabels a figure whose label names nothing: a measure by its unit's dimension ("3ft along a pavement" → distance),
 * anything else by the subject of the verb that governs it ("whose sales brought in around a further £8million" →
 * sales), else by a noun phrase in apposition after it; left as it was when none is found.
 */
export function mendLonely(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !lonely(r.label)) return;
  const unit = r.unit ?? r.glued;
  const label = r.kind === "measure" && unit !== undefined ? unitAloneDimension(toks, r, unit, true) : governingSubject(toks, r.s) || appositive(toks, r.e);
  if (label === "" || lonely(label)) return;
  r.label = label;
  r.fallback = true;
}
