// The bullet ranking, what callers import: each sentence scored by weighted parts, then bullets chosen greedily. The
// code lives in lib/brief/rank/ (one concept a file, see its README.md); this path stays the one callers use, and the
// fingerprinted constants (DEFAULT_WEIGHTS, MIN_BULLET_WORDS) are exported from here as before.
export { PART_NAMES, ZERO_PARTS, type PartName, type RankedSentence, type ScoreParts } from "#brief/rank/parts.ts";
export { DEFAULT_WEIGHTS, LEGACY_WEIGHTS, type RankWeights } from "#brief/rank/weights.ts";
export { partValues, scoreOf, scoreParts, weightVector, weightedScore } from "#brief/rank/score.ts";
export { salience, scoreSentences, scoreSignals, type RankInput, type Scored } from "#brief/rank/scored.ts";
export { byScore, MIN_BULLET_WORDS, selectBullets } from "#brief/rank/select.ts";
