import type { Article } from "./article.ts";
import { findFigures, type KeyFigure } from "./figures.ts";
import { articleSentences } from "./sentences.ts";

/** Why a sentence was chosen: each part of its score, so "why this sentence" can be shown. */
export interface ScoreParts {
  centrality: number;
  position: number;
  headline: number;
  figures: number;
  length: number;
}

export interface Bullet {
  /** Exact substring of the article body. */
  text: string;
  /** Index in the article's sentence list. */
  sentence: number;
  score: number;
  parts: ScoreParts;
}

export interface BriefArticle {
  id: string;
  headline: string;
  publishedAt: string;
  byline?: string;
  dateline?: string;
  credit?: string;
  section?: string;
  url?: string;
}

/** The stable JSON shape `nutgraf brief --json` prints and Slack cards are built from. */
export interface Brief {
  article: BriefArticle;
  /** In reading order. */
  bullets: Bullet[];
  /** Ranked, most important first. */
  figures: KeyFigure[];
}

export interface BriefOptions {
  /** 1–10, default 3. */
  bullets?: number;
  /** Default 5. */
  figures?: number;
}

export const DEFAULT_BULLETS = 3;
export const MAX_BULLETS = 10;

// Implementation lands with the ranking (issue 3): rankSentences + findFigures over articleSentences.
export declare function briefArticle(article: Article, options?: BriefOptions): Brief;
export type { KeyFigure };
void findFigures;
void articleSentences;
