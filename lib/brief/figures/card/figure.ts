import type { LeftOut } from "#news/sentences.ts";
import type { CardWeights } from "#brief/figures/card/weights.ts";

/** What kind of number it is: the types an editor gives numbers (the gold set's, ../shared/eval/README.md). */
export const NUMBER_TYPES = [
  "count", "money", "percent", "measure", "duration", "year", "date", "time", "age", "score", "rank", "ordinal", "identifier", "other",
] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

/** What a key figure counts, for ranking (casualties and money before incidental numbers) and display. */
export type FigureKind = "casualties" | "money" | "percent" | "people" | "count" | "measure" | "rank";

export interface KeyFigure {
  /** Normalised value: "almost 300" → 300, "$1.13bn" → 1130000000, "76%" → 76. */
  value: number;
  /** As written in the article: "at least 129", "$1.13bn", "seven". */
  display: string;
  /** "at least", "almost", "more than", "about", "up to", … when the article hedges. */
  qualifier?: string;
  /** What it counts, from its sentence: "people killed", "arrests", "quarterly profit". */
  label: string;
  kind: FigureKind;
  /** ISO 4217 code for money ("USD", "GBP", "EUR"), "%" for percentages ("pp" for percentage points). */
  unit?: string;
  /** What kind of number it is, in the gold set's types: "count", "money", "percent", "duration", … */
  type?: NumberType;
  /** Upper bound for ranges ("20 to 30 people"). */
  valueMax?: number;
  /** Index of the source sentence in the article's sentence list. */
  sentence: number;
  /** The change the sentence reports for this amount: "jumped 76% to $1.13bn" → up 76%. */
  change?: { value: number; unit: "%"; direction: "up" | "down" };
  /** The earlier amount it moved from: "to $11.1bn from $10.9bn" → 10900000000. */
  previous?: number;
}

export interface FigureOptions {
  /** How many to return (default 5). */
  limit?: number;
  /** Salience of each sentence (index → score in [0, 1]) from the ranking; figures in salient sentences rank first. */
  salience?: readonly number[];
  /** The article's headline: a figure counting what it names ranks higher (without one, the first sentence stands in). */
  headline?: string;
  /** Ranking weights (default: the fitted CARD_WEIGHTS); the fitting script passes its trials here. */
  weights?: CardWeights;
  /** false: read without the part-of-speech layer (default true); `nutgraf eval --figures --no-pos` measures it. */
  tagger?: boolean;
  /** What the cleaner left out of the story (readSentences' leftOut): the card reads the fact-box lines among it (fact-box.ts). */
  leftOut?: readonly LeftOut[];
}

export const DEFAULT_FIGURES = 5;

/** How many words a card's label holds: candidates.ts cuts the rest, and labels built longer give up a part first. */
export const MAX_LABEL_WORDS = 6;

/**
 * How many figures a requested count means: the default when none (or a non-finite one) is asked for, else its whole
 * part, never below 0. One rule for the card and for the stored brief's slice, so a slice equals a fresh card.
 */
export function figureLimit(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_FIGURES;
  return Math.max(0, Math.floor(Number.isFinite(requested) ? requested : DEFAULT_FIGURES));
}

// One figure as found, before ranking.

export interface Raw {
  /** First token of the display (qualifier included). */
  s: number;
  /** First token of the amount (currency symbol included). */
  core: number;
  /** Token after the display. */
  e: number;
  value: number;
  valueMax?: number;
  qualifier?: string;
  currency?: string;
  percent: boolean;
  points: boolean;
  ordinal: boolean;
  words: boolean;
  compound?: string;
  glued?: string;
  label: string;
  /**
   * A bare duration's label that says where it stands ("minutes to go", "weeks on the sidelines"; duration-position.ts):
   * shown on the card and by `figures --all`, while the ranking still reads `label`, its unit alone, so that where a
   * time stands moves no figure on or off a card.
   */
  placed?: string;
  kind: FigureKind;
  /** Its type once read and labelled; a number that is no figure (a year, a date, an age…) says which it is. */
  type?: NumberType;
  /** The unit of a measure or duration ("years", "km"); money and percent units come from currency and percent. */
  unit?: string;
  /** Set when reading found it is no figure: `nutgraf figures --all` lists it with its type, the card never. */
  rejected?: boolean;
  /** Its label was not read from the parse but taken from the nearest noun phrase: it ranks lower. */
  fallback?: boolean;
  /** Weight within its kind: descriptive compounds and small word counts matter less. */
  factor: number;
  change?: { value: number; unit: "%"; direction: "up" | "down" };
  previous?: number;
  drop: boolean;
  /** Casualty or fold verb found around it. */
  fold?: string;
  /** A duration that is not a prison term or a ban: background, mostly, so it ranks low (CardWeights.duration). */
  period?: boolean;
  /** What a linked amount moved ("home-grown players" of "from eight to 12"), for when its own words name nothing. */
  context?: string;
  /** A currency conversion of the amount before it ("$1.13bn (£600m)"), dropped. */
  conversion?: boolean;
  /** The amounts its sentence converts it to ("200,000 rubles (£2,500)" → £2,500): said again later, the same money. */
  conversions?: Money[];
  /** A race time read from a clock ("3:28.81"), in seconds. */
  clock?: boolean;
  /** The noun phrase it counts, before any verb is folded in ("people" of "people killed"). */
  noun?: string;
  /** The tokens [from, to) of the verb phrase a bare count was labelled by, having no noun ("four ended level"). */
  deed?: [number, number];
  /** The firm or person its sentence says holds it ("Yahoo" of "Yahoo earned $187m"): see owner.ts. */
  owner?: string;
  /** Said as a part of a total before it ("Those freed included 85 children"): see included-part.ts. */
  part?: boolean;
  /** A race time whose event is not named in its sentence: findFigures looks in the sentences before. */
  raceTime?: boolean;
  /** "one" before a person: kept only when its label names a toll or an arrest ("one man dead"), else no number at all. */
  one?: boolean;
  /** Read whole with its label (a multiple, an ordinal of news): a later bare number does not inherit that label. */
  whole?: boolean;
  /** The scale a pair's first shares with its second, shown after the display: "About 602" + " million". */
  scale?: string;
  /** Character offsets of the display in the sentence. */
  from: number;
  to: number;
}

/** An amount of money in one currency (ISO 4217 code). */
export interface Money {
  value: number;
  currency: string;
}

/** The fields every Raw is built with; the optional ones start undefined (rawOf). */
export type RawBase = Pick<Raw, "s" | "core" | "e" | "value" | "percent" | "points" | "ordinal" | "words" | "label" | "kind" | "factor" | "drop" | "from" | "to">;

/**
 * A Raw with every field of the interface present, in its order, the optional ones undefined. V8 gives objects built
 * with the same properties in the same order one hidden class: built with only the fields each reader knew, and the
 * others added later in whatever order the rules set them, Raws took dozens of shapes until sentence.ts copied each
 * into rawLayout's (layout.ts), so readRaw's own labelling steps, and the figures read whole that no copy reached, paid
 * a megamorphic property lookup for each `r.s`, `r.label` or `r.kind` (pass 0 of the bench: 21% fewer instructions).
 * Every Raw is made here (toRaw, wholeFigure) or copied from one made here. Readers test optional fields against
 * undefined, never with `in`, and clear a field rather than delete it (test/figures-raw-shape.test.ts).
 */
export function rawOf(b: RawBase): Raw {
  return {
    s: b.s, core: b.core, e: b.e, value: b.value, valueMax: undefined, qualifier: undefined, currency: undefined,
    percent: b.percent, points: b.points, ordinal: b.ordinal, words: b.words, compound: undefined, glued: undefined,
    label: b.label, placed: undefined, kind: b.kind, type: undefined, unit: undefined, rejected: undefined,
    fallback: undefined, factor: b.factor, change: undefined, previous: undefined, drop: b.drop, fold: undefined,
    period: undefined, context: undefined, conversion: undefined, conversions: undefined, clock: undefined,
    noun: undefined, deed: undefined, owner: undefined, part: undefined, raceTime: undefined, one: undefined,
    whole: undefined, scale: undefined, from: b.from, to: b.to,
  };
}

/** What a figure read whole from its own words needs besides its span: the rest of Raw takes the defaults below. */
export type WholeFields = Pick<Raw, "value" | "label" | "kind" | "type"> & Partial<Raw>;

/**
 * A figure read whole from the tokens s..e-1 (a share, a multiple, an ordinal of news): not a percentage, points or a
 * drop unless `fields` says so, full weight, written in words, its display the span's characters. One constructor
 * so a field added to Raw gets one default, not one per reader.
 */
export function wholeFigure(toks: readonly { start: number; end: number }[], s: number, e: number, fields: WholeFields): Raw {
  const defaults = { s, core: s, e, percent: false, points: false, ordinal: false, words: true, factor: 1, drop: false };
  // Assigned onto the full shape (rawOf), not spread into a new literal, so `fields` adds no property and no shape.
  return Object.assign(rawOf({ ...defaults, value: fields.value, label: fields.label, kind: fields.kind, from: toks[s]?.start ?? 0, to: toks[e - 1]?.end ?? 0 }), fields);
}
