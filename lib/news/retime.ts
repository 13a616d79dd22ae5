import type { Article } from "#news/article.ts";

const MINUTE = 60_000;
/** How long before "now" the newest seed story lands: recent, never in the future, on a whole minute. */
const NEWEST_AGE_MS = 10 * MINUTE;

/**
 * The shift that moves a set of stories whose newest is at `newestMs` so that it was filed just before `now`,
 * keeping every gap between stories. Whole minutes, so the cards show times like 07:10, as the files do.
 */
export function offsetToNow(newestMs: number, now: Date): number {
  const target = Math.floor((now.getTime() - NEWEST_AGE_MS) / MINUTE) * MINUTE;
  return target - Math.floor(newestMs / MINUTE) * MINUTE;
}

/**
 * The same story filed `offsetMs` later. Its id and content hash stay: it is the same story, so loading the demo
 * again (or on another day, with `--data`) finds it unchanged instead of storing a copy.
 */
export function shiftArticle(article: Article, offsetMs: number): Article {
  const publishedAt = new Date(Date.parse(article.publishedAt) + offsetMs).toISOString().replace(/\.000Z$/, "Z");
  return { ...article, publishedAt };
}
