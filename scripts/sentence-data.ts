// The supervised sentence model's data (lib/brief/sentence-model.ts, docs/ranking.md seventh round): each dev article's
// sentences labelled by its reference, and one model per fold fitted on the other folds of both sets, so a held-out
// article's `keep` part comes from a model that never read it, as its weights and its word model do.
// Labels: CNN/DailyMail's references are abstracts, so a sentence is kept when the greedy oracle picks it (lib/eval/peers.ts,
// the ceiling nutgraf eval reports); BBC's are extracts, so a sentence is kept when the reference holds its tokens in a row.
import { keepProbabilities, SENTENCE_FEATURE_COUNT, SENTENCE_FEATURES, sentenceFeatures, type SentenceFeature, type SentenceModel } from "#brief/sentence-model.ts";
import { oraclePicks } from "#eval/peers.ts";
import { FOLDS, type Prepared } from "#scripts/tune-data.ts";
import { fitLogistic, type LogisticBlock } from "#scripts/word-fit.ts";

/** 1 for each sentence its reference keeps (see above). */
export function sentenceLabels(a: Prepared, extractive: boolean): Uint8Array {
  if (!extractive) {
    const picks = new Set(oraclePicks(a.tokens, a.reference));
    return Uint8Array.from(a.tokens, (_, i) => (picks.has(i) ? 1 : 0));
  }
  const reference = ` ${a.reference.join(" ")} `;
  return Uint8Array.from(a.tokens, (t) => (t.length > 0 && reference.includes(` ${t.join(" ")} `) ? 1 : 0));
}

export interface SentenceFitOptions {
  /** How much a BBC sentence counts beside a CNN/DailyMail one in the fit (1: the same). */
  bbcWeight: number;
  /** Features held at 0. */
  without?: readonly SentenceFeature[];
}

/** The model of `train`'s sentences, their features read under word model `key` (tune-data.ts wordP). */
export function fitSentenceModel(train: readonly { a: Prepared; labels: Uint8Array; bbc: boolean }[], key: number, options: SentenceFitOptions): SentenceModel {
  const blocks: LogisticBlock[] = train.map(({ a, labels, bbc }) => ({ features: featuresOf(a, key), labels, weight: bbc ? options.bbcWeight : 1 }));
  const without = (options.without ?? []).map((f) => SENTENCE_FEATURES.indexOf(f));
  const fitted = fitLogistic(blocks, SENTENCE_FEATURE_COUNT, { without });
  return { bias: fitted.bias, weights: Object.fromEntries(SENTENCE_FEATURES.map((f, k) => [f, fitted.weights[k]!])) as Record<SentenceFeature, number> };
}

const featureCache = new WeakMap<Prepared, Float64Array[]>();
function featuresOf(a: Prepared, key: number): Float64Array {
  let byKey = featureCache.get(a);
  if (!byKey) featureCache.set(a, (byKey = []));
  return (byKey[key] ??= sentenceFeatures(a.signals, { sentences: a.wordData.words.sentences, p: a.wordP[key]! }));
}

/**
 * Fits the sentence model on the training articles of each fold (both sets, BBC rows weighted by options.bbcWeight)
 * and on all articles, and keeps each sentence's p(kept) under each in `a.keepP` (index as wordP: 0–4 the model without
 * that fold, 5 all). Needs attachWordModels first. Returns the models, fold order then "all".
 */
export function attachSentenceModels(corpora: { cnn: readonly Prepared[]; bbc: readonly Prepared[] }, options: SentenceFitOptions): SentenceModel[] {
  const rows = [
    ...corpora.cnn.map((a) => ({ a, labels: sentenceLabels(a, false), bbc: false })),
    ...corpora.bbc.map((a) => ({ a, labels: sentenceLabels(a, true), bbc: true })),
  ];
  const models: SentenceModel[] = [];
  for (let key = 0; key <= FOLDS; key++) {
    const model = fitSentenceModel(rows.filter((r) => key === FOLDS || r.a.fold !== key), key, options);
    models.push(model);
    for (const { a } of rows) a.keepP[key] = keepProbabilities(model, featuresOf(a, key));
  }
  return models;
}
