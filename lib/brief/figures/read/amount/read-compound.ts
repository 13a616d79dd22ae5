import { CURRENCY_WORDS, SCALE_WORDS } from "#news/numbers.ts";
import { sizedUnit } from "#brief/figures/language/lexicon.ts";
import { plusCompound } from "#brief/figures/read/amount/plus.ts";
import { oddCompound } from "#brief/figures/read/amount/odd.ts";
import { compoundIdiom } from "#brief/figures/read/type/compound-idiom.ts";
import { feetAndInches, foldOunces, primedHeight } from "#brief/figures/read/amount/read-height.ts";
import { foldStonePounds } from "#brief/figures/read/amount/stone-pounds.ts";
import type { Reading, Rejection } from "#brief/figures/read/amount/reading.ts";
import { adjacent, isWord, NUM } from "#brief/figures/language/tokens.ts";
import { describesSides } from "#brief/figures/read/type/type.ts";
import { entryDash } from "#brief/figures/read/amount/entry-dash.ts";
import { unitAfter } from "#brief/figures/read/amount/unit-after.ts";
import { bracketedUnit } from "#brief/figures/read/amount/bracketed-unit.ts";
import { pastLifespan } from "#brief/figures/read/type/past-lifespan.ts";
import { misspeltYearOld } from "#brief/figures/read/type/misspelt-years.ts";
import { lifeTermYears } from "#brief/figures/read/amount/life-term.ts";

// What is joined to a number after it, read as one word with it: a hyphened or spaced compound ("28-nation bloc",
// "a 10-euro note", "the 1.5-million-acre park"), a glued unit ("5km"), feet and inches. One step of read.ts, apart
// because it is where a compound rejects the number as an age ("25-year-old") or a golfer's score ("4-under").

/** Compounds ("28-nation bloc", "10-year sentence"; "25-year-old" is an age) and glued units ("5km", "40C"). */
export function readCompound(r: Reading): Rejection | undefined {
  const { toks, core } = r;
  let compound = core.compound;
  // "62.5-Leeds's pass completion rate": a list entry's figure and its words, no compound (entry-dash.ts).
  if (compound === undefined && toks[r.j]?.s === "-" && !entryDash(toks, r.s, r.j) && adjacent(toks[r.j - 1], toks[r.j]) && isWord(toks[r.j + 1]) && adjacent(toks[r.j], toks[r.j + 1])) {
    compound = toks[r.j + 1]?.l;
    r.j += 2;
    // "a 10-euro note", "a 50-dollar bill": money, labelled by what follows ("a 7-pound baby" is a weight).
    if (r.currency === undefined && !r.percent && compound !== undefined && compound !== "pound" && CURRENCY_WORDS.has(compound)) {
      r.currency = CURRENCY_WORDS.get(compound);
      compound = undefined;
    }
  }
  // "The 11 minute-long video", "a 30 year-old Irishman": set apart by a space, as if hyphened.
  if (compound === undefined && isWord(toks[r.j]) && !adjacent(toks[r.j - 1], toks[r.j]) && sizedUnit(toks[r.j]!.l)) {
    compound = toks[r.j]!.l;
    r.j++;
  }
  // "the 1.5-million-acre park", "a 66-million-year history": the scale is the amount's, the rest the compound.
  const scale = compound === undefined || core.compound !== undefined ? undefined : SCALE_WORDS.get(compound.split("-")[0] ?? "");
  if (scale !== undefined && scale >= 1000 && compound !== undefined && compound.includes("-")) {
    r.value *= scale;
    compound = compound.slice(compound.indexOf("-") + 1);
  }
  // "90-odd points": "-odd", as "-plus", is a qualifier (odd.ts), and the noun after it is what is counted.
  // "a stunning 40-yarder", a caption's "72-yarder:": a shot named by its length is that length in yards, as "a 40-yard
  // shot" is; read as a count of 'yarders' it was a count beside the same distance (card-audit-54's made-up shape 2).
  if (compound === "yarder" || compound === "yarders") compound = "yard";
  if (compound !== undefined) r.compound = oddCompound(r, plusCompound(r, compound));
  // "his 3-iron", "a six-pointer": compounds that count nothing (compound-idiom.ts).
  const idiom = compoundIdiom(r);
  if (idiom !== undefined) return idiom;
  // "a 900-year-old mummy", "a 1,350-year-old church": years no one lives to are a thing's age, a duration
  // (past-lifespan.ts); past-lifespan counts years, so "a 150-day-old baby" stays an age.
  if (compound !== undefined && /^(?:years?|months?|weeks?|days?)-olds?\b/.test(compound) && !(/^years?-/.test(compound) && pastLifespan(r))) return { next: r.j, type: "age" };
  if (compound !== undefined && isWord(toks[r.j], "old") && /^(?:year|month|week)s?$/.test(compound)) return { next: r.j, type: "age" };
  // "a 71-yer-old man": "year" misspelt is still an age (misspelt-years.ts).
  if (compound !== undefined && r.value < 130 && misspeltYearOld(compound)) return { next: r.j, type: "age" };
  // "shot an 82, 11-over-par", "a 4-under 68": a golfer's score; "a 10-out-of-10 display": a rating.
  // The stroke total right after it is the same score ("an 18-under 270").
  if (compound !== undefined && /^(?:over|under)(?:-par)?$/.test(compound)) return { next: toks[r.j]?.kind === NUM ? r.j + 1 : r.j, type: "score" };
  if ((compound !== undefined && /^out-of\b/.test(compound)) || describesSides(compound)) return { next: r.j, type: "other" };
  // "stuck 15 to life", "25-to-life": a life term's minimum, in years unsaid (life-term.ts).
  if (lifeTermYears(r, compound)) r.compound = undefined;
  // "a height of 500 (metres)": a unit alone in brackets is the number's, as a glued one is (bracketed-unit.ts).
  const unit = !r.glued && core.digits !== undefined && !r.percent && r.currency === undefined ? unitAfter(toks, r.j) ?? bracketedUnit(toks, r.j) : undefined;
  if (unit !== undefined) {
    r.glued = unit.unit;
    r.j = unit.end;
  }
  // "6-foot-8", "6ft 7in", "5 feet 4 inches", "5' 10\"": the inches join the feet, as a compound in feet
  // (label-count-noun.ts).
  const bare = r.currency === undefined && !r.percent && r.valueMax === undefined;
  const said = r.glued ?? r.compound;
  const height = !bare ? undefined : said === undefined ? primedHeight(toks, r.j, r.value) ?? feetAndInches(toks, r.j, r.value, said) : feetAndInches(toks, r.j, r.value, said);
  if (height !== undefined) {
    r.value = height.value;
    r.j = height.end;
    r.compound = "feet";
    r.glued = undefined;
  } else if (bare) {
    foldOunces(toks, r);
    // "6st 3lbs", "15 stone 7lb": the pounds join the stone (stone-pounds.ts).
    foldStonePounds(toks, r);
  }
  return undefined;
}
