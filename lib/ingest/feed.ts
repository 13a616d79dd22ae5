import { DomUtils, parseDocument } from "htmlparser2";
import { ArticleError, parseJsonArticle, textBlocks } from "#news/article.ts";
import { IngestError, storyId } from "#ingest/errors.ts";
import { htmlParagraphs } from "#ingest/html.ts";
import type { ParsedItem } from "#ingest/item.ts";

/**
 * RSS 2.0 (and RDF/RSS 1.0) and Atom feeds, read with htmlparser2 in XML mode: forgiving of the broken markup
 * feeds carry, with CDATA and entities handled by the parser. Each entry is read on its own, so one that is not a
 * story (no title, no date, no text) is refused alone and the rest of the feed still goes in.
 */

type Node = ReturnType<typeof parseDocument>["children"][number];
/** An element (tag) node: the only kind with attributes. */
type Element = Extract<Node, { attribs: Record<string, string> }>;

/** One entry of a feed: its XML (kept as the dead letter if refused) and how to read it as a story. */
export interface FeedEntry {
  index: number;
  raw: string;
  parse(): ParsedItem;
}

export interface ParsedFeed {
  title?: string;
  entries: FeedEntry[];
}

/** The document is not an RSS or Atom feed at all (an HTML error page, a JSON answer, an empty body). */
export class FeedError extends Error {
  override readonly name = "FeedError";
}

const isElement = (node: Node): node is Element => "attribs" in node;
const children = (node: Element): Element[] => node.children.filter(isElement);
const child = (node: Element, ...names: string[]): Element | undefined => {
  for (const name of names) {
    const found = children(node).find((c) => c.name.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
};
const text = (node: Element | undefined): string | undefined => {
  const value = node ? DomUtils.textContent(node).trim() : "";
  return value === "" ? undefined : value;
};

/** A URI-like guid (`urn:…`, `https://…`) is global; a bare one ("4411") is only unique within its feed. */
function sourceKey(feedUrl: string, guid: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(guid) ? guid : `${feedUrl}#${guid}`;
}

/** Feed dates are RFC 822 (RSS) or RFC 3339 (Atom); stored as UTC ISO 8601 to the second. */
function feedDate(value: string | undefined): string {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ArticleError("BAD_DATE", value === undefined ? "feed entry has no date (pubDate, updated or published)" : `feed entry date "${value.slice(0, 60)}" is not a date`);
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Body paragraphs from an HTML, XHTML or text content element. */
function body(node: Element | undefined): string[] {
  if (!node) return [];
  const type = node.attribs.type?.toLowerCase();
  if (type === "xhtml") return htmlParagraphs(DomUtils.getInnerHTML(node, { xmlMode: true }));
  const value = DomUtils.textContent(node);
  if (type === "text" || type === "text/plain") return textBlocks(value).map((b) => b.trim()).filter(Boolean);
  // RSS says description may hold entity-encoded HTML; plain text comes through htmlParagraphs unchanged.
  return htmlParagraphs(value);
}

function plainTitle(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /<[a-z!/]/i.test(value) ? htmlParagraphs(value).join(" ") : value;
}

function readEntry(node: Element, atom: boolean, feedUrl: string, feedTitle: string | undefined): ParsedItem {
  const link = atom
    ? (children(node).find((c) => c.name === "link" && (c.attribs.rel ?? "alternate") === "alternate")?.attribs.href ?? undefined)
    : text(child(node, "link"));
  const guid = text(child(node, atom ? "id" : "guid")) ?? link;
  if (!guid) throw new IngestError("FEED_ITEM", `feed entry has no ${atom ? "id" : "guid"} or link: nothing to know it by when it is updated`);
  const headline = plainTitle(text(child(node, "title")));
  if (!headline) throw new ArticleError("NO_HEADLINE", `feed entry ${guid} has no title`);
  const paragraphs = atom ? body(child(node, "content") ?? child(node, "summary")) : body(child(node, "content:encoded", "description"));
  if (paragraphs.length === 0) throw new ArticleError("EMPTY", `feed entry ${guid} has no text (${atom ? "content or summary" : "description or content:encoded"})`);
  const publishedAt = feedDate(text(atom ? child(node, "updated", "published") : child(node, "pubdate", "dc:date")));
  const author = atom ? text(child(child(node, "author") ?? node, "name")) : (text(child(node, "dc:creator")) ?? text(child(node, "author")));
  const article = parseJsonArticle({
    id: storyId(sourceKey(feedUrl, guid)),
    headline,
    publishedAt,
    paragraphs,
    byline: author,
    credit: feedTitle,
    url: link && /^https?:\/\//i.test(link) ? link : undefined,
  });
  return { article, format: "feed" };
}

/** The entries of an RSS or Atom document fetched from `feedUrl`. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const document = parseDocument(xml, { xmlMode: true });
  const root = document.children.filter(isElement).find((n) => ["rss", "feed", "rdf:rdf"].includes(n.name.toLowerCase()));
  if (!root) throw new FeedError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)");
  const atom = root.name.toLowerCase() === "feed";
  const channel = atom ? root : (child(root, "channel") ?? root);
  const title = plainTitle(text(child(channel, "title")));
  const nodes = atom ? children(root).filter((c) => c.name === "entry") : DomUtils.getElementsByTagName("item", root, true);
  const entries = nodes.map((node, index) => ({
    index,
    raw: DomUtils.getOuterHTML(node, { xmlMode: true }),
    parse: () => readEntry(node, atom, feedUrl, title),
  }));
  return title === undefined ? { entries } : { title, entries };
}
