import type { Sentence } from "./sentences.ts";

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
  /** ISO 4217 code for money ("USD", "GBP", "EUR"), "%" for percentages. */
  unit?: string;
  /** Upper bound for ranges ("20 to 30 people"). */
  valueMax?: number;
  /** Index of the source sentence in the article's sentence list. */
  sentence: number;
}

export interface FigureOptions {
  /** How many to return (default 5). */
  limit?: number;
  /** Salience of each sentence (index → score in [0, 1]) from the ranking; figures in salient sentences rank first. */
  salience?: readonly number[];
}

/** Implemented in figures work; see issue 3. */
export declare function findFigures(sentences: readonly Sentence[], options?: FigureOptions): KeyFigure[];
