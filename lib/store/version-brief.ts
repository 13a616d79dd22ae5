import type { Article } from "#news/article.ts";
import { articleItem, BRIEF_ATTRIBUTES, decodeArticle, decodeBrief, latestItem, type Item } from "#store/article-item.ts";
import { itemBytes, MAX_ITEM_BYTES } from "#store/item-size.ts";
import type { Logger } from "#lib/log.ts";
import type { BriefRecord, BriefReplace, Briefer, StoredArticle } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

/** Whether `item`, stored as LATEST (with the index keys that adds), stays within DynamoDB's item limit. */
export const fitsLatest = (pk: string, item: Item): boolean => itemBytes(latestItem(pk, item)) <= MAX_ITEM_BYTES;

/**
 * The brief each stored version keeps (README: "The brief stored with each version"): made by the briefer when the
 * store has one, left out when making it fails or when it would take the item past DynamoDB's limit. Never the
 * cause of a failed write: readers compute a brief that is missing and write it back.
 */
export class VersionBriefs {
  constructor(
    private readonly briefer: Briefer | undefined,
    private readonly log: Logger,
  ) {}

  /** A version's item with a fresh brief (the briefer's), for the rare rewrites of a stored version. */
  withBrief(article: StoredArticle, version: number): Item {
    return this.sized(articleItem(article, version, this.briefFor(article)), TABLE_KEYS.prefixes.article + article.id);
  }

  /** The briefer's brief, or none: a brief that cannot be made must never cost the story its write. */
  briefFor(article: Article): BriefRecord | undefined {
    try {
      return this.briefer?.brief(article);
    } catch (error) {
      this.log.warn("stored without a brief: computing it failed (readers will compute it)", { articleId: article.id, error });
      return undefined;
    }
  }

  /** The item as given, or without its brief when the brief would take it past DynamoDB's item limit. */
  sized(item: Item, pk: string): Item {
    if (item[BRIEF_ATTRIBUTES.body] === undefined || fitsLatest(pk, item)) return item;
    const { [BRIEF_ATTRIBUTES.body]: _b, [BRIEF_ATTRIBUTES.algorithm]: _a, [BRIEF_ATTRIBUTES.generation]: _g, ...rest } = item;
    return rest;
  }

  /**
   * The brief to bring an unchanged story's LATEST up to the running algorithm, and how it may replace the stored
   * one; undefined when the stored brief is current, or there is no briefer or no brief to make.
   */
  refresh(latest: Item): { article: StoredArticle; record: BriefRecord; replace: BriefReplace } | undefined {
    if (!this.briefer) return undefined;
    const stored = decodeBrief(latest);
    const stale = !stored || "unreadable" in stored || stored.generation < this.briefer.generation;
    if (!stale) return undefined;
    const article = decodeArticle(latest);
    const record = this.briefFor(article);
    if (!record) return undefined;
    return { article, record, replace: stored && "unreadable" in stored ? "same-or-older" : "older" };
  }
}
