import type { Article } from "#news/article.ts";
import type { Brief } from "#brief/brief.ts";
import { sentenceLinks } from "#brief/bullet-links.ts";

declare module "./commands.ts" {
  interface CommandDeps {
    /** NUTGRAF_ARTICLE_URL: where a story without its own url is read, `{id}` standing for its id. */
    articleUrl?: string;
  }
}

// Slack's link syntax is `<url|label>`: a url with whitespace or any of `<>|` would break it. Text directives are
// fully percent-encoded, so only a story's own url can carry them; such a url gets no links rather than broken ones.
const SLACK_SAFE_URL = /^https?:\/\/[^\s<>|]+$/i;
const MAX_URL = 2000;

/** The story's own url, else the configured page for its id; undefined when neither gives a usable link. */
export function storyUrl(article: Pick<Article, "id" | "url">, template: string | undefined): string | undefined {
  const url = article.url ?? template?.replaceAll("{id}", encodeURIComponent(article.id));
  return url !== undefined && SLACK_SAFE_URL.test(url) && url.length <= MAX_URL ? url : undefined;
}

/**
 * A link for each bullet of the brief, to its sentence in the story (text directive), or to the story itself when
 * the sentence cannot be singled out. Undefined when the story has nowhere to be read.
 */
export function bulletLinks(article: Article, brief: Brief, template: string | undefined): string[] | undefined {
  const url = storyUrl(article, template);
  if (url === undefined) return undefined;
  const links = sentenceLinks(article, url, brief.bullets.map((b) => b.sentence));
  // Slack writes `&` in a url as `&amp;`; the directive itself never has one, a story's query string may.
  return links.map((link) => (link !== undefined && link.length <= MAX_URL ? link : url).replace(/&/g, "&amp;"));
}
