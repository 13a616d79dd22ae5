import type { Brief } from "#brief/brief.ts";
import { buildDigest, headlineOnlyBrief, type BriefFn, type Digest } from "#digest/digest.ts";
import { DIGEST_PERIOD_MS, type DueDigest } from "#digest/slots.ts";
import { describeFilter, filterOf, isEmptyFilter, matchesFilter } from "#digest/filters.ts";
import type { Logger } from "#lib/log.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";

/**
 * The digests one run posts, each built once: channels sharing a slot instant and a filter share one digest, and a
 * story is briefed once per run whatever the windows. A brief that throws leaves its story in with its headline only.
 */
export function runDigests(deps: { articles: ArticleStore; brief: BriefFn; limit?: number }, log: Logger | undefined): (item: DueDigest) => Promise<Digest> {
  const digests = new Map<string, Promise<Digest>>();
  const briefs = new Map<string, Brief>();
  const briefOf = (article: StoredArticle): Brief => {
    const key = `${article.id}:${article.contentHash}`;
    let brief = briefs.get(key);
    if (brief === undefined) {
      try {
        brief = deps.brief(article);
      } catch (error) {
        log?.warn("story in digest without bullets: brief failed", { articleId: article.id, error });
        brief = headlineOnlyBrief(article);
      }
      briefs.set(key, brief);
    }
    return brief;
  };
  return (item) => {
    const until = item.at.getTime();
    const filter = filterOf(item.subscription);
    // Channels with the same slot and filter share one digest; a filter makes its own.
    const key = `${until}|${filter.section ?? ""}|${filter.source ?? ""}`;
    let digest = digests.get(key);
    if (!digest) {
      digest = (async () => {
        const since = new Date(until - DIGEST_PERIOD_MS);
        const all = await deps.articles.publishedBetween(since.toISOString(), item.at.toISOString());
        const articles = isEmptyFilter(filter) ? all : all.filter((a) => matchesFilter(a, filter));
        const map = new Map<string, Brief>();
        for (const article of articles) map.set(article.id, briefOf(article));
        const built = buildDigest(articles, map, { since, until: item.at, ...(deps.limit ? { limit: deps.limit } : {}) });
        return isEmptyFilter(filter) ? built : { ...built, filter: describeFilter(filter) };
      })();
      // A failed read is retried by the next channel that needs it, not cached.
      digest.catch(() => digests.delete(key));
      digests.set(key, digest);
    }
    return digest;
  };
}
