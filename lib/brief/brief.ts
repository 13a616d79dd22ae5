import { copyOptionalFields, type Article } from "#news/article.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { DEFAULT_FIGURES, type KeyFigure } from "#brief/figures/card/figure.ts";
import { salience, scoreSentences, selectBullets, type ScoreParts } from "#brief/rank.ts";
import { readSentences } from "#news/sentences.ts";

export interface Bullet {
  /** Exact substring of the article body. */
  text: string;
  /** Index in the article's sentence list. */
  sentence: number;
  score: number;
  parts: ScoreParts;
}

/** The article's metadata without its body: what a brief says it is a brief of. */
export type BriefArticle = Omit<Article, "paragraphs" | "contentHash">;

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

export type { KeyFigure, ScoreParts };

/** What a brief says it is a brief of: id, headline, time and the optional metadata the article has. */
export function briefHeader(article: Article): BriefArticle {
  const header: BriefArticle = { id: article.id, headline: article.headline, publishedAt: article.publishedAt };
  return copyOptionalFields(article, header);
}

/** Clamps a requested bullet count into 1–10 (the CLI and Slack validate first; this keeps the core total). */
export function bulletCount(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_BULLETS;
  return Math.min(MAX_BULLETS, Math.max(1, Math.trunc(requested)));
}

/** The brief of one article: its best sentences in reading order and its key figures. Pure and deterministic. */
export function briefArticle(article: Article, options: BriefOptions = {}): Brief {
  const { sentences, leftOut } = readSentences(article);
  const scored = scoreSentences({ sentences, headline: article.headline });
  const chosen = selectBullets(scored, bulletCount(options.bullets));
  const bullets = chosen.map((r): Bullet => ({
    text: sentences[r.index]!.text,
    sentence: r.index,
    score: r.score,
    parts: r.parts,
  }));
  const figures = findFigures(sentences, { limit: options.figures ?? DEFAULT_FIGURES, salience: salience(scored), headline: article.headline, leftOut });
  return { article: briefHeader(article), bullets, figures };
}
