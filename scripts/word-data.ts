// The word-importance model's data for the tuner and scripts/word-model.ts: each eval article's content words labelled
// by the reference, and one model per fold fitted on the other folds of both dev sets (no source feature), so every
// held-out figure reads a model that never saw it.
import { articleWords, type ArticleWords, type WordFeature, type WordModel } from "#brief/word-importance.ts";
import { rougeTokens } from "#eval/rouge.ts";
import { fitWordModel, type LabelledWords } from "#scripts/word-fit.ts";

export interface WordArticle extends LabelledWords {
  fold: number;
}

/** An article's words (sentence texts in order, its headline if any), labelled by whether the reference holds each. */
export function wordArticle(texts: readonly string[], reference: string, fold: number, headline?: string): WordArticle {
  const words = articleWords(texts, headline);
  const kept = new Set(rougeTokens(reference));
  return { words, labels: Uint8Array.from(words.stems, (s) => (kept.has(s) ? 1 : 0)), fold };
}

export interface WordModelOptions {
  /** Features left out (an ablation: scripts/word-model.ts --without=…). */
  without?: readonly WordFeature[];
}

/** The model fitted on the articles outside `fold` ("all": on every article); `articles` is both dev sets together. */
export function foldModel(articles: readonly WordArticle[], fold: number | "all", options: WordModelOptions = {}): WordModel {
  return fitWordModel(articles.filter((a) => a.fold !== fold), { without: options.without });
}

export type { ArticleWords };
