// The word-importance model's data for the tuner and scripts/word-model.ts: each eval article's content words labelled
// by the reference, the corpus rarity of a word counted on training articles only, and one model per fold fitted on
// the other folds of both dev sets (no source feature), so every held-out figure reads a model that never saw it.
import { articleWords, withRarity, type ArticleWords, type WordFeature, type WordModel } from "#brief/word-importance.ts";
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

/** Rarity in [0, 1]: log(D / (1 + df)) / log(D) over the articles' distinct words, 0 for a word in every article. */
export function rarityOf(articles: readonly { words: ArticleWords }[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const a of articles) for (const s of a.words.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const d = Math.max(2, articles.length);
  return (stem) => Math.min(1, Math.max(0, Math.log(d / (1 + (df.get(stem) ?? 0))) / Math.log(d)));
}

/** The model of one training set and the words of every article re-measured with that set's rarity. */
export interface FoldModel {
  model: WordModel;
  /** Indexed like the articles passed in. */
  words: ArticleWords[];
}

export interface WordModelOptions {
  /** Features left out (e.g. rarity, which would need a corpus count shipped with the ranker). */
  without?: readonly WordFeature[];
}

/**
 * The model fitted on the articles outside `fold` ("all": on every article), with rarity counted on those same
 * articles; `articles` is both dev sets together.
 */
export function foldModel(articles: readonly WordArticle[], fold: number | "all", options: WordModelOptions = {}): FoldModel {
  const train = articles.filter((a) => a.fold !== fold);
  const useRarity = !(options.without ?? []).includes("rarity");
  const rarity = useRarity ? rarityOf(train) : undefined;
  const words = articles.map((a) => (rarity ? withRarity(a.words, rarity) : a.words));
  const labelled = articles.flatMap((a, i) => (a.fold !== fold ? [{ words: words[i]!, labels: a.labels }] : []));
  return { model: fitWordModel(labelled, { without: options.without }), words };
}
