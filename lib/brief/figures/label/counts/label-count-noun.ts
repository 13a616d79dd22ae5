import { deerDoes } from "#brief/figures/label/counts/deer-does.ts";
import { CARDINAL_WORDS, ORDINAL_WORDS, SCALE_WORDS } from "#news/numbers.ts";
import { oneUnitTerm } from "#brief/figures/read/type/one-unit-term.ts";
import { ageGroupEnd, pastAge, pastAgeApart } from "#brief/figures/label/counts/age-compound.ts";
import { blocEpithet } from "#brief/figures/read/type/bloc-epithet.ts";
import { countsDigits } from "#brief/figures/label/counts/digit-count.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { pastKindOf } from "#brief/figures/label/counts/kind-of.ts";
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, DURATIONS, MEASURE_NOUNS, PEOPLE, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { isPlural, phrase, plural } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { CUR, isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { pastCoordinatedAdjective } from "#brief/figures/label/counts/coordinated-adjective.ts";
import { pastCutHead } from "#brief/figures/label/counts/cut-head.ts";
import { dwellingSize } from "#brief/figures/label/counts/dwelling-size.ts";
import { compoundHead, isBody } from "#brief/figures/label/counts/compound-head.ts";
import { gameTally } from "#brief/figures/label/counts/counted-after.ts";
import { milestoneSince } from "#brief/figures/label/durations/anniversary-offset.ts";
import { sentenceTerm } from "#brief/figures/label/durations/prison-term.ts";
import { beforeCompass } from "#brief/figures/label/measures/compass-after.ts";
import { beforePrice } from "#brief/figures/label/counts/price-tail.ts";
import { featDistance } from "#brief/figures/label/measures/feat-distance.ts";
import { seriesGames } from "#brief/figures/label/counts/series-games.ts";

// The noun a count counts: the noun phrase after the number, the compound it sits in ("28-nation", "10-year",
// "6-foot"), a singular unit that makes one ("a 10 mile walk"), a noun shared over "and". What happened to the counted
// (its verb) and what kind of figure it is are count-verb.ts's and count-kind.ts's.

/** What a count counts, as it is being worked out: the noun phrase, its head word and the verb folded in. */
export interface Count {
  /** Token after the number and any "of the". */
  e: number;
  np: string;
  npEnd: number;
  head: string;
  fold: string | undefined;
}

/**
 * "weighed 142 and 144 pounds", "10 or 12 minutes", "jailed for eight and seven years respectively": the first of a
 * pair takes the unit said after the second, as a range does, the second said in digits or in words; true when it did.
 */
export function sharedUnit(toks: readonly Tok[], r: Raw): boolean {
  const unit = toks[r.e + 2];
  const second = toks[r.e + 1];
  if (r.compound !== undefined || r.glued !== undefined || r.valueMax !== undefined || !(isWord(toks[r.e], "and") || isWord(toks[r.e], "or"))) return false;
  // "Sixteen and seventeen year olds": ages, not times.
  if (isWord(toks[r.e + 3], "old") || isWord(toks[r.e + 3], "olds")) return false;
  if (!(second?.kind === NUM || (isWord(second) && CARDINAL_WORDS.has(second.l))) || !isWord(unit) || isCapitalised(unit) || !(MEASURE_NOUNS.has(unit.l) || DURATIONS.has(unit.l))) return false;
  r.kind = "measure";
  r.unit = unit.l;
  r.label = unit.l;
  if (sharedArea(toks, r, r.e + 3)) return true;
  if (!DURATIONS.has(unit.l)) return true;
  r.type = "duration";
  // "jailed for eight and seven years": a prison term or a ban, as the second is (prison-term.ts).
  const term = sentenceTerm(toks, r, r.e + 3);
  if (term !== "") r.label = term === "ban" ? `${unit.l} ban` : `${unit.l} in prison`;
  return true;
}

/**
 * "sold 3 and 4 square foot plots", "flats of 500 and 600 square feet": after "square" or "sq" the pair's unit is both
 * words, as one number's is (count-kind.ts), and a thing after it is what the first's size is of ('3 — square' read
 * the unit's first word alone); `k` is the token after "square". True when it was an area.
 */
function sharedArea(toks: readonly Tok[], r: Raw, k: number): boolean {
  const unit = toks[k];
  if (!(r.unit === "square" || r.unit === "sq") || !isWord(unit) || !MEASURE_NOUNS.has(plural(unit.l))) return false;
  r.unit = `${r.unit} ${r.unit === "sq" ? unit.l : plural(unit.l)}`;
  const end = forwardNP(toks, k + 1);
  r.label = end > k + 1 ? `size of ${phrase(toks, k + 1, end)}` : r.unit;
  return true;
}

/** The noun phrase after the number, or its compound ("28-nation"); false when it is a fraction. */
export function countNoun(toks: readonly Tok[], r: Raw, c: Count): boolean {
  singularUnit(toks, r, c);
  // "a six-figure sum": how many digits an amount has, not a count of figures (digit-count.ts).
  if (countsDigits(toks, r)) {
    r.drop = true;
    r.type = "other";
    return false;
  }
  const e = c.e;
  if (r.compound === undefined || r.compound === "") {
    // "150 other items", "300 more troops": the noun is after the word that sets them apart.
    if (isWord(toks[e]) && ASIDE.has(toks[e]?.l ?? "") && forwardNP(toks, e + 1) > e + 1) c.e = e + 1;
    // "30 enclosed, air-conditioned glass capsules": past the first of two adjectives a comma parts
    // (coordinated-adjective.ts).
    // "three tall and narrow towers": with "and" too, the label keeps both ('tall and narrow towers': "about 2 million
    // documented and undocumented immigrants" are not all undocumented).
    const both = isWord(toks[e + 1], "and") && pastCoordinatedAdjective(toks, e) !== undefined;
    if (toks[e + 1]?.s === "," || both) c.e = pastCoordinatedAdjective(toks, e) ?? c.e;
    // "two 18-year-old men": past the age that describes them (age-compound.ts).
    c.e = pastAgeApart(toks, pastAge(toks, c.e));
    // "200 beats per minute": a plural the tagger calls a verb is a rate's unit when "per" follows it (rate.ts).
    // "Dale has 17 tries for Kenton": a game's tally so taken is the noun counted (counted-after.ts).
    const perUnit = toks[c.e]?.pos === "VERB" && /[^s]s$/.test(toks[c.e]!.l) && (isWord(toks[c.e + 1], "per") || (c.e === r.e && gameTally(toks, c.e)));
    // '15 heroin-laced "joints"', 'three straight-forward points': past a head the reading cut off (cut-head.ts).
    // ("300 bucks and 200 does": female deer the tagger calls a verb; deer-does.ts.)
    c.npEnd = perUnit || deerDoes(toks, c.e) ? c.e + 1 : pastCutHead(toks, c.e, forwardNP(toks, c.e));
    // "80 miles east of Lima": the compass point is where the length runs, no word of its noun (compass-after.ts).
    c.npEnd = beforeCompass(toks, c.e, c.npEnd);
    // "20 paintings worth £3m", "6 guest trips costs £47.25": the price's first word is none of the noun's (price-tail.ts).
    c.npEnd = beforePrice(toks, c.npEnd);
    // "50,000 nine year olds": the age group said apart is the noun counted (age-compound.ts).
    if (c.npEnd === c.e) c.npEnd = ageGroupEnd(toks, c.e);
    if (c.npEnd > c.e) {
      c.npEnd = coordinated(toks, r, c.e, c.npEnd);
      // "ten types of wine": the kind noun stays the head (what the number counts), the thing named after it.
      c.head = toks[c.npEnd - 1]?.l ?? "";
      c.npEnd = pastKindOf(toks, c.npEnd);
      c.np = phrase(toks, both ? e : c.e, c.npEnd);
      // "drew 52,000 more viewers", "2 million more people in work than in 2010": a margin or an addition, not the
      // total; "more" stays in its label, as "fewer" does ("500,000 fewer older people").
      if (c.e === e + 1 && isWord(toks[e], "more")) c.np = `more ${c.np}`;
      // "the seven game series": the games of one series, not seven series (series-games.ts).
      c.np = seriesGames(toks, r.s, c.np) ?? c.np;
    }
    return true;
  }
  const cw = r.compound;
  // "the 28-nation bloc": another name for the EU, no count (bloc-epithet.ts).
  if (blocEpithet(toks, r)) return false;
  // "He has scored 25-plus", "Britons aged 16-plus": a bare "-plus" counts nothing (plus.ts), so it is no figure; what
  // it is (an age) is left to the words around it (type.ts).
  if (cw === "plus") {
    r.drop = true;
    return false;
  }
  // "two-thirds", "three-quarters": a fraction of something, not a count.
  // "two-footed challenge", "three-legged dog", "three-toed sloth": a compound adjective describes; it counts nothing
  // ("a 100-bed hospital" is no adjective: a word of three letters is a noun's, dwelling-size.ts). Nor does
  // "three-dimensional images", "a 3-D film" (card audit 23's sample Q: 'three-dimensional — dimensionals').
  // "three fifths of a second" (unit-part.ts), "a 1.5-second gap": a part of a second is the unit, no order.
  const seconds = cw === "second" && !Number.isInteger(r.value);
  if ((ORDINAL_WORDS.has(cw.replace(/s$/, "")) && !seconds) || cw === "quarters" || cw === "quarter" || cw === "halves" || /.[^e]ed$/.test(cw) || /^(?:dimensional|d)$/i.test(cw)) {
    r.drop = true;
    r.type = "other";
    return false;
  }
  const first = cw.split("-")[0] ?? cw;
  // "a 27-point cushion", "a seven-point lead": whole points count, as "four points clear" does (count-kind.ts); an
  // index's "43.305-point" fall measures.
  const points = cw === "point" && Number.isInteger(r.value);
  const measure = !points && (MEASURE_NOUNS.has(plural(first)) || DURATIONS.has(first) || AREA.test(cw));
  // "his 6ft 1in lecturer's Instagram account": a measure describes the owner, not what the owner has ("a three-time
  // women's champion" is a champion).
  // ("40-second-video", "18-year-deal": a compound that names its own noun takes no word after it; "three-months
  // following a fracas": a plural unit is no modifier.)
  // "a six-year, $57 million contract": a second modifier, an amount, may stand between a term and its noun.
  // "Samsung's 102-inch (2.6 metre) plasma screen": past the bracketed conversion, as a spaced unit's noun is.
  // A count's compound modifies a noun as a measure's does: "a seven-point lead", "his six-game run" (the tagger's verbs).
  const start = measure ? afterConversion(toks, pastAmount(toks, e)) : e;
  const full = !cw.includes("-") && !cw.endsWith("s") ? measuredNoun(toks, start) : forwardNP(toks, start);
  const owner = measure ? toks.slice(start, full).findIndex((t) => t.l.endsWith("'s")) : -1;
  const end = owner >= 0 ? start + owner + 1 : full;
  const after = end > start ? phrase(toks, start, end).replace(/['’]s$/, "") : "";
  c.npEnd = end;
  if (cw === "strong" || cw === "time" || cw === "times") {
    c.np = after;
    // "Four-time Olympic champion Bradley Wiggins": the title is the label; the name after it is who holds it.
    if (cw === "time" || cw === "times") {
      const words = c.np.split(" ");
      const name = words.findIndex((w, k) => k > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(words[k - 1] ?? ""));
      if (name > 0) c.np = words.slice(0, name).join(" ");
    }
    c.head = toks[end - 1]?.l ?? "";
    // "Three-time winners Spain", "a four-time Olympic champion": the count is of times the title was won, not of
    // its holders ('3 — winners' read as three winners; card audit 62, sample BD).
    if ((cw === "time" || cw === "times") && c.np !== "") c.np = `times ${c.np}`;
    if (cw === "strong") r.kind = "people";
    // "a 30-strong squad": a body's size counts its members, as "a 30-man squad" does (compound-head.ts).
    if (cw === "strong" && isBody(c.head)) c.np = `${c.np} members`;
  } else if (measure) {
    // The display already says the unit ("10-year"), so the label is what it measures: "10-year — sentence";
    // with nothing after it, what the unit is of ("40-second-video" → "video") or the unit spelled out ("10-feet-tall"
    // → "feet tall", "6-foot" → "feet").
    // "3,700-square-foot", "three-square-mile": an area's unit is both words.
    const area = AREA.exec(cw);
    const unitWords = area ? `${area[1]} ${plural(area[2] ?? "")}` : plural(first);
    const rest = cw.slice((area ? area[0].length : first.length) + 1).replace(/-/g, " ");
    c.np = after && !DIMENSIONS.test(after) ? after : after ? `${unitWords} ${after}` : rest === "" ? unitWords : DIMENSIONS.test(rest) ? `${unitWords} ${rest}` : rest;
    // "the 24-month milestone of the miners being trapped": months since the event (anniversary-offset.ts).
    if (after !== "" && DURATIONS.has(first)) c.np = milestoneSince(toks, unitWords, after, end) ?? c.np;
    // "stands 6-foot-8", "was 5 feet 4 inches tall": feet and inches (read-height.ts) with no noun after are a height.
    if (cw === "feet" && (after === "" || DIMENSIONS.test(after)) && toks.slice(r.s + 1, r.e).some((t) => t.kind === NUM)) c.np = "height";
    r.kind = "measure";
    r.unit = unitWords;
    if (DURATIONS.has(first)) r.type = "duration";
    c.head = unitWords;
  } else if (points) {
    // The display says "27-point"; the label keeps the unit with what it measures ("point cushion"), or the points alone.
    c.np = after === "" ? "points" : `point ${after}`;
    c.head = "points";
  } else if (PREPOSITIONS.has(first) || first === "up" || first === "and" || CONJUNCTIONS.has(first)) {
    // "two-on-one", "two-in-one", "two-up", "two-and-a-bit", "15-where": no noun in the compound, so nothing counted.
    r.drop = true;
    r.type = "other";
    return false;
  } else if (dwellingSize(cw, r.value, toks.slice(start, end).map((t) => t.l))) {
    // "a two-bedroom flat": a home's ordinary size, no figure (dwelling-size.ts).
    r.drop = true;
    return false;
  } else {
    c.head = plural(cw);
    // "an 11-page document": the compound's word with the noun it describes ("page document", compound-head.ts).
    c.np = compoundHead(toks, cw, start, end) ?? c.head;
  }
  // "the seven game series": the games of one series, not seven series (series-games.ts).
  c.np = seriesGames(toks, r.s, c.np) ?? c.np;
  // A number inside a modifier describes rather than reports: "a 28-nation bloc", "a 10-year sentence". Not a ban's
  // length in games ("a nine-match ban"): the penalty is the news, as "banned for nine matches" is (ban-length.ts);
  // nor a feat's distance ("a 58-yard lob", feat-distance.ts).
  if (!BAN_HEADS.test(c.np) && !(measure && featDistance(r.unit ?? "", c.np))) r.factor *= 0.6;
  return true;
}

/** A count's compound label that is a ban's length in games: "match ban", "game suspension". */
const BAN_HEADS = /^(?:match|game|fixture|race)(?:es|s)? (?:ban|suspension)$/;

/**
 * "a 32,000 acre (13,000 hectare) farm", "a 10 mile walk": a singular unit after the number makes a compound,
 * as "10-year" does, so the number is a measure of what follows (past a bracketed conversion) — or, inside
 * the bracket, the conversion itself. The unit joins the display.
 */
function singularUnit(toks: readonly Tok[], r: Raw, c: Count): void {
  const u = toks[c.e];
  // A lone "m" may be millions ("1.2 m people"); "sq" begins "sq ft".
  // A "one" makes a compound only as "a one month deposit" does (one-unit-term.ts): "one mile" is often "one" alone.
  const one = r.value === 1 && !(r.words && oneUnitTerm(toks, r.core, undefined, r.e));
  if (r.compound !== undefined || c.e !== r.e || one || !isWord(u) || u.l.endsWith("s") || u.l === "feet" || u.l.length < 2 || u.l === "sq") return;
  if (!MEASURE_NOUNS.has(plural(u.l)) && !DURATIONS.has(u.l)) return;
  if (/^olds?$/.test(toks[c.e + 1]?.l ?? "")) return;
  // "a nine foot long bull shark": the dimension is said by the unit; what is measured follows it.
  const after = afterConversion(toks, c.e + 1 + (SIZES.test(toks[c.e + 1]?.l ?? "") && isWord(toks[c.e + 2]) ? 1 : 0));
  const bracketed = toks[r.s - 1]?.s === "(" && toks[c.e + 1]?.s === ")";
  // "a 10 minute address at his hearing": after a time's singular unit the word is the noun it describes even where
  // the tagger reads a verb, as after "10-minute" (measuredNoun); so after any unit an article opens: "a 17 inch
  // monitor" (the tagger's verb) read '17 — inch'.
  // "a narrow two point lead", "a massive 17 inch monitor": the article opens the phrase past its adjectives too.
  const article = toks[r.s - 1]?.pos === "ADJ" ? r.s - 2 : r.s - 1;
  const described = DURATIONS.has(u.l) || isWord(toks[article], "a") || isWord(toks[article], "an");
  const end = described ? measuredNoun(toks, after) : forwardNP(toks, after);
  if (!bracketed && !(end > after)) return;
  r.compound = u.l;
  r.e = c.e + 1;
  c.e = after;
}

/** Words that cannot be the noun a compound measure describes. */
const NOT_NOUN = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...DETERMINERS, ...AUXILIARIES, ...PRONOUNS]);

/** Tags of words that are no noun after a compound: "fouled 25-yards out", "a 10-mile (16km) walk". */
const NOT_NOUN_TAGS = new Set(["ADV", "ADP", "PART", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "NUM", "PUNCT"]);

/**
 * The end of the noun phrase a compound measure describes, from `e`: a compound like "two-minute" modifies a noun, so
 * the word after it is one even where the tagger reads a verb ("the two-minute clip shows", "a six-week shoot") or a
 * participle starts the phrase ("a 13-month suspended jail sentence"); `e` when no word follows.
 */
function measuredNoun(toks: readonly Tok[], e: number): number {
  const full = forwardNP(toks, e);
  const t = toks[e];
  if (full > e || !isWord(t) || NOT_NOUN.has(t.l) || NOT_NOUN_TAGS.has(t.pos ?? "") || isCapitalised(t)) return full;
  // "the two-disc adds more": a verb in "-s" is the clause's own, whose subject the compound's noun was.
  if (t.pos === "VERB" && /[^s]s$/.test(t.l)) return full;
  const more = forwardNP(toks, e + 1);
  if (more > e + 1) return more;
  // An "-ing" word with an object after it ("following a fracas") heads a clause of its own; a "hearing", a "swing" with
  // none is the noun.
  const object = toks[e + 1]?.pos === "DET" || toks[e + 1]?.pos === "PRON" || toks[e + 1]?.kind === NUM;
  return t.l.endsWith("ing") && object ? e : e + 1;
}

/** An area or volume unit in a compound: "square-foot", "square-mile", "cubic-metre". */
const AREA = /^(square|sq|cubic)-([a-z]+)/;

/** A size said between a unit and what it measures: "a nine foot long shark" ("two month in Florida" is no size). */
const SIZE_WORDS = "tall|high|long|wide|deep|thick";
const SIZES = new RegExp(`^(?:${SIZE_WORDS})$`);
/** What a unit measures when said right after it: "10-feet-tall", "five-months-ago" (a size, an age, a distance). */
const DIMENSIONS = new RegExp(`^(?:${SIZE_WORDS}|old|ago|away|across)$`);

/** Words between a number and its noun that set the counted apart: "150 other items", "300 more troops". */
const ASIDE = new Set(["other", "more", "additional", "extra", "further"]);

/**
 * "300 speed and traffic cameras": a lone singular modifier before "and" shares the noun after it, so the
 * phrase runs on to that noun; "3 people and 40 cars", "killing 3 people and injuring 40" stop where they did.
 */
function coordinated(toks: readonly Tok[], r: Raw, start: number, end: number): number {
  const only = toks[start];
  const conj = toks[end];
  if (end !== start + 1 || only === undefined || only.pos !== "NOUN" || isPlural(only.l) || PEOPLE.has(only.l)) return end;
  if (!(isWord(conj, "and") || isWord(conj, "or"))) return end;
  const next = forwardNP(toks, end + 1);
  // A singular noun at the end after bare digits names a thing (".30 rifle and ammunition"), as in countKind.
  const last = toks[next - 1];
  const counted = last !== undefined && (isPlural(last.l) || r.qualifier !== undefined || r.words);
  return next > end + 1 && next - end <= 4 && last?.pos === "NOUN" && counted ? next : end;
}

/**
 * Where the noun after a measure compound starts (`e`, the word after it): past ", $57 million" when a comma and an
 * amount of money with its noun after it follow ("a six-year, $57 million contract", "a two-year, £5m deal"), else `e`.
 */
function pastAmount(toks: readonly Tok[], e: number): number {
  if (toks[e]?.s !== ",") return e;
  // Money only: "6ft 7in, 20st-plus Tilse" is another measure and a name.
  if (toks[e + 1]?.kind !== CUR || toks[e + 2]?.kind !== NUM) return e;
  let k = e + 2;
  while (toks[k]?.kind === NUM || (isWord(toks[k]) && (SCALE_WORDS.has(toks[k]!.l) || /^(?:m|bn|k)$/.test(toks[k]!.l)))) k++;
  return forwardNP(toks, k) > k ? k : e;
}
