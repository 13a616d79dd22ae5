import type { Article } from "#news/article.ts";
import { normalizeSpace } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";
import { briefArticle, type Brief, type KeyFigure } from "#brief/brief.ts";
import { FIGURES_KEPT } from "#brief/stored.ts";
import { DEFAULT_FIGURES } from "#brief/figures/card/figure.ts";

/**
 * What changed between two versions of one story, as an editor who read the earlier one needs it: the figures that
 * moved ("people killed: at least 129 → 132"), figures that are new or gone, sentences the brief now leads with that
 * the earlier version did not have, and a changed headline. Pure and deterministic: computed from the two texts
 * with the same ranking `/brief` uses, never from the clock.
 */

/** A stored version: the article and its version number (the store's `StoredArticle` is one). */
export type ArticleVersion = Article & { version: number };

export interface VersionStamp {
  version: number;
  publishedAt: string;
  headline: string;
}

export interface FigureMove {
  label: string;
  kind: KeyFigure["kind"];
  from: string;
  to: string;
}

export interface FigureSeen {
  label: string;
  kind: KeyFigure["kind"];
  display: string;
}

export interface StoryChanges {
  id: string;
  from: VersionStamp;
  to: VersionStamp;
  headline?: { from: string; to: string };
  figures: { moved: FigureMove[]; added: FigureSeen[]; removed: FigureSeen[] };
  /** Bullets of the newer brief whose sentence the earlier version did not have at all, in reading order. */
  newBullets: string[];
  /** Bullets that rewrite a sentence of the earlier version (most words kept: a figure or a name changed). */
  revisedBullets: Array<{ from: string; to: string }>;
  /** True when none of the above changed (a typo fix, a reordered paragraph). */
  quiet: boolean;
}

export interface ChangesOptions {
  /** Figures reported are those on either version's card of this many (default: the card's 5). */
  figures?: number;
  /**
   * The two versions' briefs with every figure (`{ figures: ALL_FIGURES }`, default bullets), when the caller has
   * them stored (lib/briefs.ts `changesBetween`): both must be of one algorithm, or the comparison is not fair.
   */
  briefs?: { older: Brief; newer: Brief };
}

/**
 * Every figure an article has, in rank order. Matching runs over all of them, so a figure that only dropped off the
 * top of the card is not reported as gone.
 */
export const ALL_FIGURES = FIGURES_KEPT;

const stamp = (a: ArticleVersion): VersionStamp => ({ version: a.version, publishedAt: a.publishedAt, headline: a.headline });

/** Figures are the same fact across versions when they count the same thing: same label (or, unlabelled, kind and unit). */
const figureKey = (f: KeyFigure) => (f.label.trim() !== "" ? `label:${f.label.toLowerCase()}` : `kind:${f.kind}:${f.unit ?? ""}`);

interface Ranked {
  figure: KeyFigure;
  rank: number;
}

function byKey(figures: readonly KeyFigure[]): Map<string, Ranked[]> {
  const groups = new Map<string, Ranked[]>();
  figures.forEach((figure, rank) => {
    const key = figureKey(figure);
    groups.set(key, [...(groups.get(key) ?? []), { figure, rank }]);
  });
  return groups;
}

const seen = (f: KeyFigure): FigureSeen => ({ label: f.label, kind: f.kind, display: f.display });

function figureChanges(older: readonly KeyFigure[], newer: readonly KeyFigure[], shown: number): StoryChanges["figures"] {
  const before = byKey(older);
  const after = byKey(newer);
  const moved: Array<FigureMove & { rank: number }> = [];
  const added: Array<FigureSeen & { rank: number }> = [];
  const removed: Array<FigureSeen & { rank: number }> = [];
  for (const [key, news] of after) {
    const olds = before.get(key) ?? [];
    // Within one label, pair by rank: the most important "people killed" then with the most important now.
    news.forEach((n, i) => {
      const o = olds[i];
      if (!o) {
        if (n.rank < shown) added.push({ ...seen(n.figure), rank: n.rank });
      } else if ((o.rank < shown || n.rank < shown) && (o.figure.display !== n.figure.display || o.figure.value !== n.figure.value)) {
        moved.push({ label: n.figure.label, kind: n.figure.kind, from: o.figure.display, to: n.figure.display, rank: n.rank });
      }
    });
    olds.slice(news.length).forEach((o) => {
      if (o.rank < shown) removed.push({ ...seen(o.figure), rank: o.rank });
    });
  }
  for (const [key, olds] of before) {
    if (after.has(key)) continue;
    for (const o of olds) if (o.rank < shown) removed.push({ ...seen(o.figure), rank: o.rank });
  }
  const inOrder = <T extends { rank: number }>(list: T[]) => list.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...rest }) => rest);
  return { moved: inOrder(moved), added: inOrder(added), removed: inOrder(removed) };
}

/** Share of words two sentences have in common (Jaccard over lower-cased words) above which one rewrites the other. */
const REVISION_OVERLAP = 0.6;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The earlier sentence `text` rewrites, if any: the most similar one over REVISION_OVERLAP (ties: the earliest). */
function closestSentence(text: string, sentences: readonly string[]): string | undefined {
  const mine = words(text);
  let best: { sentence: string; overlap: number } | undefined;
  for (const sentence of sentences) {
    const theirs = words(sentence);
    let shared = 0;
    for (const word of mine) if (theirs.has(word)) shared++;
    const overlap = shared / (mine.size + theirs.size - shared || 1);
    if (overlap > REVISION_OVERLAP && (!best || overlap > best.overlap)) best = { sentence, overlap };
  }
  return best?.sentence;
}

/** `older` → `newer`, two versions of one story (older first). */
export function compareVersions(older: ArticleVersion, newer: ArticleVersion, options: ChangesOptions = {}): StoryChanges {
  const shown = options.figures ?? DEFAULT_FIGURES;
  const before = options.briefs?.older ?? briefArticle(older, { figures: ALL_FIGURES });
  const after = options.briefs?.newer ?? briefArticle(newer, { figures: ALL_FIGURES });
  const oldSentences = articleSentences(older).map((s) => normalizeSpace(s.text));
  const known = new Set(oldSentences);
  const newBullets: string[] = [];
  const revisedBullets: StoryChanges["revisedBullets"] = [];
  for (const text of after.bullets.map((b) => b.text)) {
    if (known.has(normalizeSpace(text))) continue;
    const source = closestSentence(text, oldSentences);
    if (source) revisedBullets.push({ from: source, to: text });
    else newBullets.push(text);
  }
  const changes: StoryChanges = {
    id: newer.id,
    from: stamp(older),
    to: stamp(newer),
    figures: figureChanges(before.figures, after.figures, shown),
    newBullets,
    revisedBullets,
    quiet: false,
  };
  if (older.headline !== newer.headline) changes.headline = { from: older.headline, to: newer.headline };
  const f = changes.figures;
  changes.quiet = !changes.headline && newBullets.length + revisedBullets.length === 0 && f.moved.length + f.added.length + f.removed.length === 0;
  return changes;
}

/** `people killed: at least 129 → 132`, the line an editor reads for a moved figure. */
export function describeMove(move: FigureMove): string {
  return `${move.label || move.kind}: ${move.from} → ${move.to}`;
}
