import type { Article } from "#news/article.ts";
import type { Brief } from "#brief/brief.ts";
import { figureCaption } from "#brief/figures/card/caption.ts";
import type { FigureKind } from "#brief/figures/card/figure.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";
import { groupDuplicates } from "#digest/duplicates.ts";
import { describeFilter, isEmptyFilter, matchesFilter, type StoryFilter } from "#digest/filters.ts";
import { markUpdates, type CompareFn, type DigestUpdate } from "#digest/updates.ts";
import { compareStrings, localDate } from "#digest/slots.ts";

export const DEFAULT_DIGEST_STORIES = 5;
export const DEFAULT_DIGEST_BULLETS = 2;

// ---------------------------------------------------------------------------------------------------------------
// Ranking: which stories make the digest.

/**
 * What a figure's kind says about a story's weight: deaths and money lead a front page, a ranking or a measurement
 * rarely does.
 */
const KIND_WEIGHT: Record<FigureKind, number> = {
  casualties: 3,
  money: 2,
  people: 1.5,
  percent: 1.2,
  count: 1,
  measure: 0.5,
  rank: 0.5,
};

export interface Newsworthiness {
  score: number;
  /** The parts, so "why this order" can be explained and tested. */
  parts: { figures: number; magnitude: number; salience: number };
}

/**
 * Newsworthiness from the brief alone (never the clock or the store order): the weightiest figure's kind, how big
 * a casualty or head count is (log-scaled, so 129 dead outweighs 3 without drowning everything else), how many
 * figures the story carries, and how strongly its best sentences scored.
 */
export function newsworthiness(brief: Brief): Newsworthiness {
  let kind = 0;
  let magnitude = 0;
  for (const figure of brief.figures) {
    kind = Math.max(kind, KIND_WEIGHT[figure.kind] ?? 0);
    if (figure.kind === "casualties" || figure.kind === "people") {
      magnitude = Math.max(magnitude, Math.min(2, Math.log10(1 + Math.abs(figure.value)) / 2));
    }
  }
  const figures = kind + 0.25 * Math.min(4, brief.figures.length);
  const top = [...brief.bullets].map((b) => b.score).filter(Number.isFinite).sort((a, b) => b - a).slice(0, 2);
  const salience = top.length === 0 ? 0 : clamp01(top.reduce((s, x) => s + x, 0) / top.length);
  const score = round9(figures + magnitude + salience);
  return { score, parts: { figures: round9(figures), magnitude: round9(magnitude), salience: round9(salience) } };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

// Rounded so that scores that differ only in the last bits of a float (a different summation path) tie and fall
// through to the explicit tie-breaks instead of deciding the order by noise.
function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export interface RankedStory<A extends Article = Article> {
  article: A;
  brief: Brief;
  newsworthiness: Newsworthiness;
}

/**
 * Orders stories by newsworthiness, newest first on ties, then id. Articles without a brief are left out.
 * Deterministic: the same articles in any order give the same ranking.
 */
export function rankDigest<A extends Article>(
  articles: readonly A[],
  briefs: ReadonlyMap<string, Brief>,
): RankedStory<A>[] {
  const ranked: RankedStory<A>[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const brief = briefs.get(article.id);
    if (!brief || seen.has(article.id)) continue;
    seen.add(article.id);
    ranked.push({ article, brief, newsworthiness: newsworthiness(brief) });
  }
  return ranked.sort(
    (a, b) =>
      b.newsworthiness.score - a.newsworthiness.score ||
      Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt) ||
      compareStrings(a.article.id, b.article.id),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The digest model, free of Slack: lib/slack/digest-blocks.ts renders it.

export interface DigestFigure {
  display: string;
  /** What it counts, with any change beside it ("quarterly profits (up 76%, from $639m)"). */
  label: string;
}

export interface DigestStory {
  id: string;
  headline: string;
  publishedAt: string;
  url?: string;
  credit?: string;
  dateline?: string;
  /** Verbatim sentences, in reading order. */
  bullets: string[];
  figure?: DigestFigure;
  newsworthiness: number;
  /**
   * When several wires (or versions) of this story were merged into it: every source's credit, this story's first,
   * then the others in rank order, each once. Absent when the story stands alone.
   */
  sources?: string[];
  /** Ids of the copies merged into this story, in rank order. */
  merged?: string[];
  /** Set when the story was rewritten since the previous digest (lib/digest/updates.ts). */
  update?: DigestUpdate;
}

export interface Digest {
  /** The window covered: [since, until). */
  since: string;
  until: string;
  /** Zone the digest is presented in (the subscription's). */
  timeZone: string;
  /** The local date the digest is for, "YYYY-MM-DD". */
  date: string;
  /** The top stories, most newsworthy first; empty on a quiet day. */
  stories: DigestStory[];
  /** How many stories the window held in all, wire duplicates counted once (the digest shows the top ones). */
  total: number;
  /** The filter the stories passed, in words ("section business, source AP"); absent for every story. */
  filter?: string;
}

export interface DigestOptions {
  since: Date;
  until: Date;
  timeZone?: string;
  /** Stories shown (default 5). */
  limit?: number;
  /** Bullets per story (default 2). */
  bullets?: number;
  /** The local date the digest is for (default: the local date just before `until`). */
  date?: string;
}

function topBullets(brief: Brief, count: number): string[] {
  return [...brief.bullets]
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    .slice(0, count)
    .sort((a, b) => a.sentence - b.sentence)
    .map((b) => b.text);
}

/** Ranks the stories and keeps the top ones, each with its best bullets (in reading order) and its top figure. */
export function buildDigest(
  articles: readonly Article[],
  briefs: ReadonlyMap<string, Brief>,
  options: DigestOptions,
): Digest {
  const timeZone = options.timeZone ?? "UTC";
  // The same story from several wires appears once, as its most newsworthy copy, listing every source.
  const groups = groupDuplicates(rankDigest(articles, briefs), (r) => r.article);
  const stories = groups.slice(0, options.limit ?? DEFAULT_DIGEST_STORIES).map((group) => {
    const { article, brief, newsworthiness: n } = group[0]!;
    const story: DigestStory = {
      id: article.id,
      headline: article.headline,
      publishedAt: article.publishedAt,
      bullets: topBullets(brief, options.bullets ?? DEFAULT_DIGEST_BULLETS),
      newsworthiness: n.score,
    };
    if (article.url) story.url = article.url;
    if (article.credit) story.credit = article.credit;
    if (article.dateline) story.dateline = article.dateline;
    const figure = brief.figures[0];
    if (figure) {
      const hedged = figure.qualifier && !figure.display.toLowerCase().startsWith(figure.qualifier.toLowerCase());
      story.figure = { display: hedged ? `${figure.qualifier} ${figure.display}` : figure.display, label: figureCaption(figure) };
    }
    if (group.length > 1) {
      story.merged = group.slice(1).map((r) => r.article.id);
      story.sources = [...new Set(group.map((r) => r.article.credit?.trim() || "uncredited"))];
    }
    return story;
  });
  return {
    since: options.since.toISOString(),
    until: options.until.toISOString(),
    timeZone,
    date: options.date ?? localDate(new Date(options.until.getTime() - 1), timeZone),
    stories,
    total: groups.length,
  };
}

/** Digests brief stored versions: the brief stored with each (lib/briefs.ts) is what they read. */
export type BriefFn = (article: StoredArticle) => Brief;

/** A story whose brief failed is still news: it is listed by headline alone (and ranks last) rather than dropped. */
export function headlineOnlyBrief(article: Article): Brief {
  return { article: { id: article.id, headline: article.headline, publishedAt: article.publishedAt }, bullets: [], figures: [] };
}

export interface CollectOptions extends DigestOptions {
  brief: BriefFn;
  /** Only stories in this section / from this source (`/brief digest section:business`, filtered subscriptions). */
  filter?: StoryFilter;
  /** Told about each article that cannot be briefed (it is listed by headline only; the digest still goes out). */
  onBriefError?: (article: Article, error: unknown) => void;
  /** How an updated story's versions are compared (default: compareVersions, briefing both afresh). */
  compare?: CompareFn;
}

/**
 * The digest of the stories published in [since, until): reads the store, briefs each story, ranks.
 * Shared by the scheduled digest and `/brief digest`.
 */
export async function collectDigest(store: ArticleStore, options: CollectOptions): Promise<Digest> {
  const filter = options.filter && !isEmptyFilter(options.filter) ? options.filter : undefined;
  const all = await store.publishedBetween(options.since.toISOString(), options.until.toISOString());
  const articles = filter ? all.filter((a) => matchesFilter(a, filter)) : all;
  const briefs = new Map<string, Brief>();
  for (const article of articles) {
    try {
      briefs.set(article.id, options.brief(article));
    } catch (error) {
      options.onBriefError?.(article, error);
      briefs.set(article.id, headlineOnlyBrief(article));
    }
  }
  const digest = await markUpdates(buildDigest(articles, briefs, options), store, new Map(articles.map((a) => [a.id, a.version])), options.compare);
  return filter ? { ...digest, filter: describeFilter(filter) } : digest;
}
