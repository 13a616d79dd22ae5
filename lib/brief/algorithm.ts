import { createHash } from "node:crypto";
import { MAX_BULLETS } from "#brief/brief.ts";
import { BRIEF_HISTORY, type RecordedAlgorithm } from "#brief/algorithm-history.ts";
import { CARD_WEIGHTS, DEEP_SENTENCES } from "#brief/figures/card/weights.ts";
import { DEFAULT_FIGURES } from "#brief/figures/card/figure.ts";
import { DEFAULT_WEIGHTS, MIN_BULLET_WORDS } from "#brief/rank.ts";
import { WORD_MODEL } from "#brief/word-importance.ts";
import { BRIEF_FORMAT, FIGURES_KEPT } from "#brief/stored.ts";

/**
 * Which algorithm made a stored brief, so a deploy that changes the brief recomputes the ones stored before it.
 *
 * The id is derived, not hand-kept: `<generation>.<hash>`, the hash over the ranking and card weights, the stored
 * format, a few shape constants and BRIEF_RULES, together with the recorded hash of the briefs of a fixed corpus
 * (seeds/ and the eval fixtures). `test/brief-algorithm.test.ts` recomputes both and fails while they differ from the
 * last entry of lib/brief/algorithm-history.ts; `npx tsx scripts/brief-algorithm.ts` appends the new entry. So any
 * change of output on the corpus, or of a weight anywhere, makes a new id, and a new generation with it.
 *
 * The generation (the entry's place in the history) orders algorithms, which hashes cannot: during a rollout two
 * deployed versions run side by side, and a stored brief is replaced only by a higher generation (dynamo-store's
 * `saveBrief`), so the old version can never undo the new one's work, and the two never take turns rewriting it.
 */

/**
 * Bump for a change to the brief's code that the corpus might not show (a rule for some rare text). Everything the
 * corpus shows, and every weight, changes the id without it. 2: the twenty-fourth round's label rules (a time "since" a
 * clause, a counted noun before the names it counts, "N times as many") change 17 cnndm-dev cards and no corpus brief.
 * 3: the twenty-seventh round's label and same-fact rules (elided-deed, change-made, sale-for, given-from, per-period …)
 * change 16 dev cards and no corpus brief. 4: the twenty-eighth round's durations per repeat (every-interval.ts) and rev30b's
 * fixes change 7 dev cards and no corpus brief after generation 43.
 */
export const BRIEF_RULES = 4;

/** JSON with sorted keys: the fingerprint depends on the weights' values, not on how a file lists them. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The hash of everything that shapes a brief and is a value rather than code. */
export function briefFingerprint(): string {
  return sha(
    canonical({
      rules: BRIEF_RULES,
      format: BRIEF_FORMAT,
      maxBullets: MAX_BULLETS,
      figuresKept: FIGURES_KEPT,
      defaultFigures: DEFAULT_FIGURES,
      minBulletWords: MIN_BULLET_WORDS,
      rank: DEFAULT_WEIGHTS,
      card: CARD_WEIGHTS,
      // Values that live beside the weights and shape a brief as much: the coverage's word model, the card's "deep".
      wordModel: WORD_MODEL,
      deepSentences: DEEP_SENTENCES,
    }),
  );
}

export interface BriefAlgorithm {
  /** Stored with each brief; a stored brief is served only when this equals the running one. */
  id: string;
  /** Orders algorithms: a stored brief is replaced only by a higher generation. */
  generation: number;
  /** False when the weights differ from the last recorded entry (the history was not updated): see below. */
  recorded: boolean;
}

/**
 * The running algorithm. Unrecorded weights (a build whose history was not updated) still get an id of their own,
 * with the last recorded generation: their briefs are computed fresh and never replace the recorded ones.
 */
export function algorithmOf(history: readonly RecordedAlgorithm[], fingerprint: string): BriefAlgorithm {
  const last = history.at(-1);
  const generation = history.length;
  return {
    id: `${generation}.${sha(`${fingerprint}:${last?.briefs ?? ""}`).slice(0, 12)}`,
    generation,
    recorded: last?.fingerprint === fingerprint,
  };
}

export const BRIEF_ALGORITHM: BriefAlgorithm = algorithmOf(BRIEF_HISTORY, briefFingerprint());
