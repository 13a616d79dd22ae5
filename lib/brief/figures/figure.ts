
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
}

export const DEFAULT_FIGURES = 5;

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
  kind: FigureKind;
  /** Weight within its kind: descriptive compounds and small word counts matter less. */
  factor: number;
  change?: { value: number; unit: "%"; direction: "up" | "down" };
  previous?: number;
  drop: boolean;
  /** Casualty or fold verb found around it. */
  fold?: string;
  /** A race time whose event is not named in its sentence: findFigures looks in the sentences before. */
  raceTime?: boolean;
  /** Character offsets of the display in the sentence. */
  from: number;
  to: number;
}
