import * as v from "valibot";
import type { Article } from "#news/article.ts";
import { readSentences } from "#news/sentences.ts";
import { briefHeader, bulletCount, MAX_BULLETS, type Brief, type BriefOptions, type Bullet } from "#brief/brief.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { figureLimit, type KeyFigure } from "#brief/figures/card/figure.ts";
import { PART_NAMES, salience, scoreSentences, selectBullets, type ScoreParts } from "#brief/rank.ts";

/**
 * The brief as stored with an article version: everything any reader asks of it (1–10 bullets, up to FIGURES_KEPT
 * figures) computed once, so `/brief`, `/brief latest`, the digest and `changes` slice it instead of ranking again.
 * Bullets are kept per count because the pick is not a prefix (the word budget and the redundancy check depend on
 * the count); figures are a prefix (the card picks greedily, its limit only stops the loop), so one list serves all.
 * Pure: no storage here; the store keeps `encodePrepared`'s string opaque.
 */

/** Bump when the stored shape changes (it is part of the algorithm's fingerprint, lib/brief/algorithm.ts). */
export const BRIEF_FORMAT = 1;
/** Figures kept: what `changes` compares (every figure a story has, in practice) and more than any card shows. */
export const FIGURES_KEPT = 50;

/** One sentence some pick uses: where its text is in the body (not the text: the body is already in the item). */
export interface PreparedBullet {
  sentence: number;
  /** Paragraph, offset and length of the sentence's text in it. */
  p: number;
  at: number;
  len: number;
  score: number;
  parts: ScoreParts;
}

export interface PreparedBrief {
  f: typeof BRIEF_FORMAT;
  /** The version it was computed from: a brief is never served for other text. */
  hash: string;
  /** Every sentence any pick uses, by sentence index. */
  bullets: PreparedBullet[];
  /** picks[n - 1]: the sentences of an n-bullet brief, in reading order. */
  picks: number[][];
  figures: KeyFigure[];
  /** True when `figures` is every figure of the story (fewer than FIGURES_KEPT + 1 were found). */
  allFigures: boolean;
}

/** Computes the prepared brief of an article: the same ranking `briefArticle` runs, for every count at once. */
export function prepareBrief(article: Article): PreparedBrief {
  const { sentences, leftOut } = readSentences(article);
  const scored = scoreSentences({ sentences, headline: article.headline });
  const picks: number[][] = [];
  const used = new Map<number, PreparedBullet>();
  for (let count = 1; count <= MAX_BULLETS; count++) {
    const chosen = selectBullets(scored, count);
    picks.push(chosen.map((r) => r.index));
    for (const r of chosen) {
      if (used.has(r.index)) continue;
      const sentence = sentences[r.index]!;
      const at = article.paragraphs[sentence.paragraph]!.indexOf(sentence.text);
      used.set(r.index, { sentence: r.index, p: sentence.paragraph, at, len: sentence.text.length, score: r.score, parts: r.parts });
    }
  }
  const found = findFigures(sentences, { limit: FIGURES_KEPT + 1, salience: salience(scored), headline: article.headline, leftOut });
  return {
    f: BRIEF_FORMAT,
    hash: article.contentHash,
    bullets: [...used.values()].sort((a, b) => a.sentence - b.sentence),
    picks,
    figures: found.slice(0, FIGURES_KEPT),
    allFigures: found.length <= FIGURES_KEPT,
  };
}

/**
 * The brief `briefArticle(article, options)` would give, read from a prepared one: byte-identical as JSON (the test
 * compares them on every seed). Undefined when more figures are asked for than were kept: compute that one fresh.
 */
export function briefFromPrepared(article: Article, prepared: PreparedBrief, options: BriefOptions = {}): Brief | undefined {
  const limit = figureLimit(options.figures);
  if (limit > prepared.figures.length && !prepared.allFigures) return undefined;
  const byIndex = new Map(prepared.bullets.map((b) => [b.sentence, b]));
  const bullets = (prepared.picks[bulletCount(options.bullets) - 1] ?? []).map((index): Bullet => {
    const b = byIndex.get(index)!;
    return { text: article.paragraphs[b.p]!.slice(b.at, b.at + b.len), sentence: b.sentence, score: b.score, parts: b.parts };
  });
  return { article: briefHeader(article), bullets, figures: prepared.figures.slice(0, limit) };
}

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
// Loose where other modules own the shape (a figure, the score parts): a field they add later is carried through
// as computed, not refused. Checked with `v.is` and the parsed JSON itself served, so key order stays as computed.
const FIGURE = v.looseObject({
  value: finite,
  display: v.string(),
  label: v.string(),
  kind: v.string(),
  sentence: int,
  qualifier: v.optional(v.string()),
  unit: v.optional(v.string()),
  type: v.optional(v.string()),
  valueMax: v.optional(finite),
  previous: v.optional(finite),
  change: v.optional(v.looseObject({ value: finite, unit: v.string(), direction: v.picklist(["up", "down"]) })),
});
const PREPARED = v.strictObject({
  f: v.literal(BRIEF_FORMAT),
  hash: v.string(),
  bullets: v.array(
    v.strictObject({ sentence: int, p: int, at: int, len: v.pipe(int, v.minValue(1)), score: finite, parts: v.record(v.string(), finite) }),
  ),
  picks: v.pipe(v.array(v.array(int)), v.length(MAX_BULLETS)),
  figures: v.pipe(v.array(FIGURE), v.maxLength(FIGURES_KEPT)),
  allFigures: v.boolean(),
});

/** Why a stored brief cannot be served for `article`, or undefined when it can. */
function problemWith(prepared: PreparedBrief, article: Article): string | undefined {
  if (prepared.hash !== article.contentHash) return "it was computed from other text (content hash differs)";
  const known = new Set<number>();
  for (const b of prepared.bullets) {
    const paragraph = article.paragraphs[b.p];
    if (paragraph === undefined || b.at + b.len > paragraph.length) return `bullet ${b.sentence} points outside the body`;
    const missing = PART_NAMES.find((name) => typeof b.parts[name] !== "number");
    if (missing) return `bullet ${b.sentence} has no score part "${missing}"`;
    known.add(b.sentence);
  }
  for (const [n, pick] of prepared.picks.entries()) {
    if (pick.length > n + 1) return `the ${n + 1}-bullet pick has ${pick.length} sentences`;
    if (pick.some((index) => !known.has(index))) return `the ${n + 1}-bullet pick names a sentence it does not hold`;
    if (pick.some((index, i) => i > 0 && index <= pick[i - 1]!)) return `the ${n + 1}-bullet pick is not in reading order`;
  }
  return undefined;
}

export type Decoded = { ok: true; prepared: PreparedBrief } | { ok: false; problem: string };

/** Reads a stored brief back; anything unexpected is a problem (in words, for the log), never an exception. */
export function decodePrepared(body: string, article: Article): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: `not JSON: ${(error as Error).message}` };
  }
  if (!v.is(PREPARED, value)) {
    const issue = v.safeParse(PREPARED, value, { abortEarly: true }).issues?.[0];
    const path = issue?.path?.map((p) => String(p.key)).join(".") ?? "";
    return { ok: false, problem: `not a stored brief of format ${BRIEF_FORMAT}${path ? ` at ${path}` : ""}: ${issue?.message ?? "invalid"}` };
  }
  // The schema checked every field but could not type `parts` by PART_NAMES; problemWith checks those names.
  const prepared = value as unknown as PreparedBrief;
  const problem = problemWith(prepared, article);
  return problem ? { ok: false, problem } : { ok: true, prepared };
}

/**
 * The string the store keeps, or undefined when this brief cannot be stored faithfully (a sentence not found
 * verbatim in its paragraph, a number JSON cannot carry): storing it would only make every read repair it again.
 */
export function encodePrepared(prepared: PreparedBrief, article: Article): string | undefined {
  if (prepared.bullets.some((b) => b.at < 0)) return undefined;
  const body = JSON.stringify(prepared);
  return decodePrepared(body, article).ok ? body : undefined;
}
