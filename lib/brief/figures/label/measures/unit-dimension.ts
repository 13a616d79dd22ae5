import type { Raw } from "#brief/figures/card/figure.ts";
import { degreesDimension } from "#brief/figures/label/measures/degrees-dimension.ts";
import { bareUnit as bare, measureRate } from "#brief/figures/read/amount/measure-rate.ts";
import { weightChange } from "#brief/figures/label/measures/weight-change.ts";
import { pastUnitConversion } from "#brief/figures/label/measures/unit-conversion.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { depthAt } from "#brief/figures/label/measures/depth-below.ts";
import { comparativeDimension, WEIGHTS } from "#brief/figures/label/measures/comparative-dimension.ts";
import { moverSpeed } from "#brief/figures/label/measures/mover-speed.ts";

// What a measure with no noun of its own measures: one step after labelCount (label.ts), for a speed, a length in feet
// "at", and a measure labelled by its unit alone, in that order; a dimension an earlier part sets is no unit alone, so
// a later part leaves it. (Three files until the twelfth round: speed-label.ts, height-at.ts, unit-dimension.ts.)

/** Labels a measure by its dimension where no reading found what it measures (the three steps below). */
export function measureDimension(toks: readonly Tok[], r: Raw): void {
  // "wider than 12.5 centimetres": a bound on the thing's width (comparative-dimension.ts).
  comparativeDimension(toks, r);
  speedLabel(toks, r);
  heightAt(toks, r);
  sideAdjective(toks, r);
  if (!measureRate(toks, r)) unitDimension(toks, r);
}

// ── Speeds ──

// A speed is of what moves: "winds of more than 100 km / hr", "a 100mph crash", "a top speed of 145mph". The nearest
// noun phrase before a spaced or glued speed is often no such thing ("gave up on their umbrellas in winds of more
// than 100 km / hr", "power outages after wind gusts reached 70 mph", "swerves in their direction at 60 mph"): the
// wind the sentence names then labels it, or else the dimension, as a glued speed with no noun already is ("speed").

/** Units of speed, spaced or glued ("70 mph", "100km/h", "100 km / hr"). */
const SPEED_UNITS = /^(?:mph|kph|km\/h|km\/hr|kmh)$/;

/** Label words that say what goes at a speed, or the speed itself ("speed limit", "20mph zone", "95mph first serves"). */
export const MOVES = /^(?:speeds?|winds?|gusts?|zones?|limits?|fastballs?|balls?|serves?|deliveries|delivery|bowling|crash|crashes|collision|impact|cars?|vehicles?|trains?|vans?|lorry|lorries|trucks?|bikes?|motorbikes?|planes?|jets?|aircraft|boats?|storms?|hurricanes?|typhoons?|cyclones?|tornadoes?|tornados?|snowstorm|pitch|pitches|chase|drive|driving|travelling|traveling)$/;

/** The wind the sentence names, nearest the speed ("wind gusts reached 70 mph" → "wind gusts"), or undefined. */
function windNamed(toks: readonly Tok[], at: number): string | undefined {
  let best: number | undefined;
  toks.forEach((t, i) => {
    if (isWord(t) && /^(?:winds|gusts)$/.test(t.l) && (best === undefined || Math.abs(i - at) < Math.abs(best - at))) best = i;
  });
  if (best === undefined) return undefined;
  // "damaging winds", "strong winds", "wind gusts": the word that describes the wind stays with it.
  const before = toks[best - 1];
  const described = isWord(before) && (before.pos === "ADJ" || before.l === "wind" || /^[a-z]+ing$/.test(before.l));
  return described ? `${before.l} ${toks[best]!.l}` : toks[best]!.l;
}

/** Relabels a speed whose label names nothing that moves: by the wind the sentence names, else "speed". */
function speedLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.glued === undefined || !SPEED_UNITS.test(r.glued)) return;
  // "jet-skiers roar by at 6mph": a bare speed is the mover's the verb before "at" has for subject (mover-speed.ts).
  if (namesMover(r.label.toLowerCase())) {
    if (r.label === "speed") r.label = moverSpeed(toks, r) ?? r.label;
    return;
  }
  r.label = windNamed(toks, r.s) ?? moverSpeed(toks, r) ?? "speed";
}

/**
 * Whether a word of the label (lowercased; its words as split(" ") gives them) is one MOVES names. Read word by word
 * in place, not from split's array: an array whose layout the compiled code had not met undid measureDimension's
 * compiled code inside the bench's timed passes (speed38).
 */
export function namesMover(label: string): boolean {
  for (let from = 0; from <= label.length; ) {
    const space = label.indexOf(" ", from);
    const to = space < 0 ? label.length : space;
    if (MOVES.test(label.slice(from, to))) return true;
    from = to + 1;
  }
  return false;
}

// ── A length in feet "at" ──

// "a setting for the ultimate selfie at 1,982 ft", "balloons flying at 25,000 ft": a length in feet after
// "at" with no noun of its own says where something is, a height; the clause's subject or the noun before it, which
// labelled it since 7f4d620 read spaced units ("1,982 ft — setting"), is not what it measures.

/** Labels "height" a length in feet after "at" with no noun right after it ("won gold at 800m" is a race, so not metres). */
function heightAt(toks: readonly Tok[], r: Raw): void {
  // Spaced too: "who at more than six foot, towered over his victim" (card audit 21's sample O: 'six — foot').
  // A spaced unit only when it is the label alone: "at 20 feet of rope" is named by its rope.
  const unit = r.glued ?? (r.unit !== undefined && bare(r.label) === bare(r.unit) ? r.unit : "");
  if (r.drop || (r.noun !== undefined && r.noun !== unit) || !FEET.has(unit) || !isWord(toks[r.s - 1], "at")) return;
  r.label = "height";
}

// ── A unit alone ──

// A measure labelled by its unit alone names nothing: 'race over 90 metres' → '90 — metres', 'from eight yards' →
// 'eight — yards', 'to close at 11,488.76 points' → '11,488.76 — points' (card-audit-14.md, sample H). When no reading
// found what it measures, a length says its dimension, a distance (as 'about 80 miles off the coast' already did), and
// an index's points where a market closed say the close, of the index the sentence names.

/** Units of length: what a length with no noun measures is a distance. */
const LENGTHS = new Set(["miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "metre", "meter", "m", "yards", "yard", "yds"]);

/** Units of area: "500 sq ft", "2,000 square feet", "40 acres". */
const AREAS = /^(?:sq|square) |^(?:acres?|hectares?)$/i;

/** Verbs of growing: a length grown to is a size. */
const GROW = /^(?:grow|grows|grew|grown|growing)$/;

/** Verbs of a market's close: "closed at", "to close at", "ended at", "finished at". */
const CLOSES = /^(?:close|closes|closed|closing|end|ends|ended|ending|finish|finishes|finished|finishing|settle|settles|settled|settling)$/;

/** Stock indices a close may be of, in the spelling the sentence uses. */
const INDICES = /^(?:Nikkei|FTSE|Dow|Nasdaq|Dax|DAX|Cac|CAC|Hang|Kospi|KOSPI|Sensex|ASX|Topix|TOPIX|S&P)$/;

/** Words after a length that say which dimension it is: "1 metre tall", "960 miles wide", "50 metres above". */
const SIDES: ReadonlyMap<string, string> = new Map([
  ["tall", "height"], ["high", "height"], ["above", "height"], ["wide", "width"], ["across", "width"], ["deep", "depth"], ["long", "length"], ["diameter", "diameter"],
  // "measuring around 5.2 inches in length", "30 metres in height": the noun after "in" names the dimension itself.
  ["length", "length"], ["height", "height"], ["width", "width"], ["depth", "depth"], ["circumference", "circumference"],
]);

/** What a length "in the" or "into the" reaches up into: "thousands of feet in the air". */
const AIR = new Set(["air", "sky", "skies", "atmosphere", "clouds", "stratosphere"]);

/**
 * Units of length too short to be a distance ("5.2 inches", "12cm"): named only by the dimension their next words say
 * ("5.2 inches in length", "20cm tall"), never "distance" (card audit 23's sample Q: 'around 5.2 — inches').
 */
const SHORT_LENGTHS = new Set(["inches", "inch", "cm", "centimetres", "centimeters", "centimetre", "centimeter", "mm", "millimetres", "millimeters"]);

/** The dimension a length's next words name ("3.2 ft (1 metre) tall" → height), over its unit and a bracketed conversion. */
function side(toks: readonly Tok[], e: number): string {
  for (let k = e, n = 0; n < 5; k++, n++) {
    // "10 centimeters (4 inches) long": a bracketed conversion is one step, however many words it holds.
    k = pastUnitConversion(toks, k);
    const t = toks[k];
    if (t === undefined) return "";
    const l = t.l.replace(/^in$/, "");
    // "14 feet below the waterline", "200 metres underground": a depth (depth-below.ts).
    const depth = depthAt(toks, k);
    if (depth !== "") return depth;
    const named = SIDES.get(l);
    if (named !== undefined) return named;
    // "a balloon, thousands of feet up", "shot 100 feet into the air": how high (card audit 55's made-up shape 8,
    // 'thousands of — feet'); "20 miles up the coast" runs along it, no height.
    if ((l === "up" && !isWord(toks[k + 1])) || (l === "into" && isWord(toks[k + 1], "the") && AIR.has(toks[k + 2]?.l ?? ""))) return "height";
    if (l === "" && isWord(toks[k + 1], "the") && AIR.has(toks[k + 2]?.l ?? "")) return "height";
    // Over the unit, a bracket and the conversion's number and unit; "in" before "diameter".
    if (!(LENGTHS.has(l) || SHORT_LENGTHS.has(l) || t.kind !== WORD || l === "" || l === "ft" || l === "feet")) return "";
  }
  return "";
}

/** Adjectives of a dimension that may end a length's label: "12 cm long", "1.8 metres tall", "16 metres wide". */
const SIDE_ADJECTIVES = new Set(["long", "tall", "high", "wide", "deep", "underground", "beneath", "below", "under"]);

// "The tumour was 12 cm long" → 'long', "60 metres long" → 'metres long': a length labelled by its unit and the
// adjective after it names nothing but its dimension, said as the noun ("length"), as "5.2 inches in length" already is.
// Only lengths, and only an adjective after the number: "a high of 21.9 C", "a new high of 7 metres", "the river's
// record high of 5 metres" are a level reached; a noun after the adjective ("a 12 cm long scar") names the thing.

/** Relabels a measure whose label ends on the dimension adjective after its unit, by the dimension. */
function sideAdjective(toks: readonly Tok[], r: Raw): void {
  const unit = r.unit ?? r.glued;
  if (r.drop || unit === undefined) return;
  // "hitting a seven-month high", "a 12-year high": a time's high is a peak over that time, no height (it read
  // '7 months — height'); only a length has a side.
  const u = unit.toLowerCase();
  if (!LENGTHS.has(u) && !SHORT_LENGTHS.has(u) && !FEET.has(u)) return;
  const words = r.label.toLowerCase().split(" ");
  if (!SIDE_ADJECTIVES.has(words[words.length - 1] ?? "")) return;
  // side() reads the adjective only after the number's unit: a label's "high" before it ("a new high of") is no side.
  const dimension = side(toks, r.e);
  if (dimension !== "") r.label = dimension;
}

/** Words a height ends on before "and" a weight: "6ft 2in and", "5 feet 10 inches and", "1.98m and", "6ft tall and". */
const HEIGHT_ENDS = /^(?:\d*(?:ft|feet|foot|in|inch|inches|m|cm|metres?|meters?|centimetres?|centimeters?)|tall)$/;

/** Whether the amount at `s` follows a height and "and": a body's size said as height and weight. */
function afterHeight(toks: readonly Tok[], s: number): boolean {
  return isWord(toks[s - 1], "and") && HEIGHT_ENDS.test(toks[s - 2]?.l ?? "");
}

/** The scales a temperature in degrees is said in, after its unit: "five degree Celsius", "98 degrees Fahrenheit". */
const TEMPERATURE_SCALES = /^(?:degrees? )?(?:celsius|fahrenheit|centigrade)$/i;

/** A building's levels, a height only where the next words say so ("40 storeys above the street"). */
const LEVELS = new Set(["storeys", "stories", "floors", "storey", "floor"]);

/** Units of length in feet, often a height ("a 10ft wall"), so named a distance only where a path follows (lonely-label.ts). */
const FEET = new Set(["ft", "feet", "foot"]);

/**
 * What a measure in this unit is when nothing names it: an area, or a length's dimension (the next words' height or
 * width, a size grown to, else a distance); feet count as a length only when `feet` says so; "" for other units.
 */
export function unitAloneDimension(toks: readonly Tok[], r: Raw, unit: string, feet: boolean): string {
  if (AREAS.test(unit)) return "area";
  if (SHORT_LENGTHS.has(unit.toLowerCase())) return side(toks, r.e);
  // "about 14 feet below the waterline": feet whose next words name a depth say it, as shorter units do; and a height
  // ("hovering 300 feet above the stadium", "thousands of feet up"), which they showed as the bare unit.
  if (!feet && FEET.has(unit.toLowerCase())) {
    const named = side(toks, r.e);
    return named.startsWith("depth") || named === "height" ? named : "";
  }
  // "some shot 40 storeys above the street": a building's levels that the next words put above something are a height.
  if (LEVELS.has(unit.toLowerCase())) return side(toks, isWord(toks[r.e], unit.toLowerCase()) ? r.e + 1 : r.e) === "height" ? "height" : "";
  if (!LENGTHS.has(unit.toLowerCase()) && !(feet && FEET.has(unit.toLowerCase()))) return "";
  // "could grow to nine metres as adults": what grows to a length is a size, not a distance (card-audit-15, I).
  const grows = isWord(toks[r.s - 1], "to") && GROW.test(toks[r.s - 2]?.l ?? "");
  return side(toks, r.e) || (grows ? "size" : "distance");
}


/**
 * Relabels a measure whose label is its unit alone: a length by "distance", an area by "area", an index's points at a
 * close by the close ("measures 500 square feet" says an area, as "500 sq ft" does: label-count.ts's dimensionOf).
 */
function unitDimension(toks: readonly Tok[], r: Raw): void {
  const unit = r.unit ?? r.glued;
  // "fallen as low as five degree Celsius": a temperature scale said after degrees is the unit alone too.
  const scale = unit !== undefined && TEMPERATURE_SCALES.test(r.label) && degreesDimension(toks, unit) !== "";
  if (r.drop || unit === undefined || (bare(r.label) !== bare(unit) && !scale)) return;
  // "twisted 180 degrees" → angle, "a warm temperature - around 150 degrees" → temperature (degrees-dimension.ts).
  // "dropped seven stone" → weight lost, "born at a healthy 3.1 kilograms" → birth weight (weight-change.ts): shown
  // only, so the ranking still reads the unit, which a story's headline often says ("32-stone woman").
  const weight = weightChange(toks, r, unit);
  if (weight !== "") {
    r.placed = weight;
    return;
  }
  const dimension = unitAloneDimension(toks, r, unit, false) || degreesDimension(toks, unit);
  if (dimension !== "") {
    r.label = dimension;
    return;
  }
  // "hoisted her partner, at 6ft 2in and 240 pounds, above her head": a spaced weight with no noun, said with a
  // height, is a body's weight, as a glued "110kg" is (settled-count.ts); its unit said nothing ('240 — pounds',
  // card-audit-45's made-up shape 2). Only after a height: any weight alone named so took the same label as another
  // ("a slim 11.5 stone" and "a healthy 11 stone" then read as one amount rounded: rounded.ts).
  if (WEIGHTS.has(unit.toLowerCase()) && afterHeight(toks, r.s)) {
    r.label = "weight";
    return;
  }
  if (bare(unit) === "point" && isWord(toks[r.s - 1], "at") && CLOSES.test(toks[r.s - 2]?.l ?? "")) {
    const index = toks.find((t) => INDICES.test(t.s));
    r.label = index === undefined ? "close" : `${index.s} close`;
  }
}
