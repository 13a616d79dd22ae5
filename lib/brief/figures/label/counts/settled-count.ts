import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { namedAfterUnit } from "#brief/figures/label/measures/named-after-unit.ts";
import { weightLevel } from "#brief/figures/label/measures/weight-change.ts";
import { pastLifespan } from "#brief/figures/read/type/past-lifespan.ts";
import { oneTerm } from "#brief/figures/read/type/one.ts";
import { oneUnitTerm } from "#brief/figures/read/type/one-unit-term.ts";
import { onePointGap } from "#brief/figures/read/type/one-point.ts";
import { CASUALTY_NOUNS, DURATIONS, GET_FORMS, GLUED_UNITS, MEASURE_NOUNS, STREAK } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// Counts settled before they are given a kind (label-count.ts): ages, places in a picture and ordinals that do not
// count are dropped, a streak's ordinal ranks, a glued unit names its dimension, and labels that say nothing go.

/** An ordinal that counts ("147th cap") weighs this much of its kind: true, rarely the headline figure. */
const ORDINAL_FACTOR = 0.5;

/** True when the count is settled without a kind: dropped (ages, ranks, empty labels, names) or a streak. */
export function settledCount(toks: readonly Tok[], r: Raw, c: Count): boolean {
  const { np, head } = c;
  // "before the age of 18", "by two years-old", "at 20 years of age": an age, not a count or a duration.
  const ofAge = /^(?:years?|months?)$/.test(head) && isWord(toks[c.npEnd], "of") && isWord(toks[c.npEnd + 1], "age");
  if ((ofAge || wholeLife(toks, r, c) || head === "age" || head === "aged" || /^(?:years?|months?|weeks?)-old$/.test(head) || /^(?:years?|months?|weeks?|days?)[- ]olds?\b/i.test(np)) && !pastLifespan(r)) {
    r.drop = true;
    r.type = "age";
    return true;
  }
  if (r.ordinal && inPicture(toks, r)) {
    r.drop = true;
    r.type = "ordinal";
    r.label = "place in picture";
    return true;
  }
  if (r.ordinal) {
    // An ordinal counts only in a streak ("fifth consecutive loss") or when it stands for the last count
    // ("six after …, a seventh from police gunfire", labelled by the caller); "the sixth book" ranks.
    if (STREAK.has(toks[r.e]?.l ?? "") && r.compound === undefined) {
      r.label = np;
      r.kind = "rank";
      r.type = "rank";
    } else if (np !== "" && r.compound === undefined && r.value >= 3 && !/^\p{Lu}/u.test(np)) {
      // "his 147th cap", "a British record eighth Olympic medal": an ordinal that says how many so far, ranked low.
      r.label = np;
      r.kind = "rank";
      // "to third place": a place in a table is a rank; "his 147th cap" counts caps so far.
      r.type = /^(?:place|position|spot)$/.test(c.head) ? "rank" : "ordinal";
      r.factor *= ORDINAL_FACTOR;
    } else if (np !== "" || r.compound !== undefined || !(isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the"))) {
      r.drop = true;
      r.type = "ordinal";
    }
    return true;
  }
  // Labels that explain nothing: "almost three — times" (as many as what?), a bare unit, a glued unit with
  // nothing after it ("won the 5,000m").
  // A range, a hedged measure ("fell between 10 to 12ft", "some 30 to 50ft") or a level moved to ("fell 12km to 9 km")
  // is an amount: it keeps its place and takes the nearest noun phrase later.
  const amount = r.valueMax !== undefined || r.qualifier !== undefined || r.previous !== undefined;
  // A bracketed measure is the one before it in other units ("17C (63F)"), never a figure of its own; the pounds after
  // stones ("the 21st 2lb prop", whose "21st" reads as an ordinal) are the rest of one weight.
  const stones = toks[r.s - 1]?.l === "st";
  const dimension = (np === "" || namedAfterUnit(np, r.glued)) && toks[r.s - 1]?.s !== "(" && !stones ? dimensionOf(toks, r.glued) : undefined;
  if (dimension !== undefined) {
    // "weigh just 15kg", "a top speed of 33mph", "reach 25C": the unit says what a measure with no noun measures, and
    // its own verb what happened to it ("lost 20st": weight lost).
    // ("another 6st to go": a weight still to lose, weight-change.ts.)
    const level = dimension === "weight" && r.fold === undefined ? weightLevel(toks, r, r.glued ?? "") : "";
    r.label = level || (r.fold === undefined ? dimension : `${dimension} ${r.fold}`);
    return true;
  }
  // "I only saw three get taken out": a passive's "get" read as what the count did says nothing; dropped, as "I saw
  // three taken out" is.
  if (np === "times" || GET_FORMS.has(np) || (r.glued !== undefined && np === "" && !amount) || (np !== "" && np.split(" ").every((w) => GLUED_UNITS.has(w.toLowerCase())))) {
    r.drop = true;
    return true;
  }
  // "10 Downing Street", "died in Germany at 50": a label that is only a proper name is an address or a name,
  // not what is counted; plural names ("Britons", "MPs") do count people.
  // A capitalised unit is a title, not a measure: "12 Years a Slave".
  const unit = DURATIONS.has(np.toLowerCase()) || MEASURE_NOUNS.has(np.toLowerCase());
  // "an eight-times NBA All-Star": a title held so many times is what the number counts, capitals and all.
  const title = r.compound === "time" || r.compound === "times";
  if (np !== "" && !title && np.split(" ").every((w) => /^\p{Lu}/u.test(w)) && (!np.endsWith("s") || unit)) {
    r.drop = true;
    r.type = "identifier";
    return true;
  }
  // "more than one rival": a count of one says nothing, unless someone died; a term of one ("a one-match ban", read
  // only before a term) is a term, one of a unit a measure ("in under one minute"), but not one ago (a time, "last year").
  const unitOfOne = r.compound === undefined && (DURATIONS.has(head) || MEASURE_NOUNS.has(head)) && !isWord(toks[c.npEnd], "ago");
  if (r.words && r.value === 1 && r.valueMax === undefined && !(r.compound !== undefined && oneTerm(toks, r.compound, r.e)) && !oneUnitTerm(toks, r.core, r.compound, r.e) && !(r.compound === undefined && onePointGap(toks, r.core, r.e)) && c.fold === undefined && !CASUALTY_NOUNS.has(head) && !unitOfOne) {
    r.drop = true;
    return true;
  }
  return false;
}

/** Owners whose whole years are a life: "all of her four years". */
const LIFE_OWNERS = new Set(["her", "his", "their"]);

/**
 * "For all of her four years, the girl was left hungry": all of a person's years with nothing said of where or as what
 * is their life, an age (card-audit-54's made-up shape 6: '4 — years' carded); "all of his 30 years at the firm" or
 * "in his 30 years as coach" is a tenure, read as any duration is.
 */
function wholeLife(toks: readonly Tok[], r: Raw, c: Count): boolean {
  if (!/^(?:years|months)$/.test(c.head) || !LIFE_OWNERS.has(toks[r.s - 1]?.l ?? "")) return false;
  const all = isWord(toks[r.s - 2], "of") ? r.s - 3 : r.s - 2;
  const next = toks[c.npEnd];
  return isWord(toks[all], "all") && (next === undefined || next.kind === PUNCT);
}

/**
 * "Sanchez (third right) turns away", "Barry Lyttle (3rd right) arrives with brother Patrick (2nd left)", "(second
 * from left)": a caption's bracketed place in the picture, never a figure of the story.
 */
function inPicture(toks: readonly Tok[], r: Raw): boolean {
  const side = isWord(toks[r.e], "from") ? r.e + 1 : r.e;
  return toks[r.s - 1]?.s === "(" && (isWord(toks[side], "left") || isWord(toks[side], "right")) && toks[side + 1]?.s === ")";
}

/** Glued units that say what they measure ("15kg", "33mph"), unlike a length ("won the 5,000m" names a race). */
const DIMENSIONS: ReadonlyMap<string, string> = new Map([
  ["kg", "weight"], ["lb", "weight"], ["lbs", "weight"], ["oz", "weight"], ["st", "weight"], ["mph", "speed"], ["kph", "speed"], ["c", "temperature"], ["f", "temperature"],
]);

/** Words that make a "25C" a temperature rather than a grade, a size or a century. */
const WEATHER = /^(?:temperatures?|mercury|heat|heatwave|hot|hotter|hottest|warm|warmer|warmest|cold|colder|coldest|degrees|freezing|weather|forecasters?|highs?|lows?|thermometers?|sunshine)$/;

/** What a glued unit measures ("500 sq ft": an area), or undefined; a temperature only in a sentence about the weather or heat. */
function dimensionOf(toks: readonly Tok[], glued: string | undefined): string | undefined {
  const d = glued === undefined ? undefined : glued.startsWith("sq ") ? "area" : DIMENSIONS.get(glued);
  if (d !== "temperature") return d;
  return toks.some((t) => t.kind !== NUM && WEATHER.test(t.l)) ? d : undefined;
}
