import { describe, expect, it } from "vitest";
import { parseArticle } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { ConfigError, loadConfig } from "#lib/config.ts";
import { briefCard, IN_STORY } from "#slack/blocks.ts";
import { checkSlackMessage } from "#local/block-kit.ts";
import { bulletLinks, storyUrl } from "#slack/story-links.ts";

const article = parseArticle(
  [
    "Storm cuts power to coast",
    "",
    "24/11/2026 08:00 by Desk",
    "",
    "Lisbon: A storm cut power to 20,000 homes on the coast on Monday, the grid operator said.",
    "",
    "Crews worked through the night; the operator — REN — said most homes would be reconnected by Tuesday.",
    "",
    "Schools in three towns stayed shut, and ferries to the islands were cancelled until further notice.",
  ].join("\n"),
);

describe("storyUrl", () => {
  it("prefers the story's own url, else fills the template with the id", () => {
    expect(storyUrl({ id: "abc", url: "https://news.example/a" }, "https://cms.example/{id}")).toBe("https://news.example/a");
    expect(storyUrl({ id: "abc" }, "https://cms.example/story/{id}?view=full")).toBe("https://cms.example/story/abc?view=full");
    expect(storyUrl({ id: "abc" }, undefined)).toBeUndefined();
  });

  it("refuses urls that would break Slack's <url|label> syntax", () => {
    expect(storyUrl({ id: "a", url: "https://news.example/a|b" }, undefined)).toBeUndefined();
    expect(storyUrl({ id: "a", url: "https://news.example/a b" }, undefined)).toBeUndefined();
    expect(storyUrl({ id: "a", url: "javascript:alert(1)" }, undefined)).toBeUndefined();
  });
});

describe("bullet links on the brief card", () => {
  const brief = briefArticle(article);

  it("puts a link to each bullet's sentence after it, within Block Kit limits", () => {
    const links = bulletLinks(article, brief, "https://cms.example/story/{id}?a=1&b=2")!;
    expect(links).toHaveLength(brief.bullets.length);
    for (const link of links) expect(link).toMatch(/^https:\/\/cms\.example\/story\/[a-z0-9]+\?a=1&amp;b=2#:~:text=[A-Za-z0-9._~%,-]+$/);
    const card = briefCard(brief, { bulletLinks: links });
    // Judged by the Slack stand-in's own table of limits, not the builder's checker.
    expect(checkSlackMessage(card).problems).toEqual([]);
    const text = JSON.stringify(card.blocks);
    for (const link of links) expect(text).toContain(`<${link}|${IN_STORY}>`.replace(/"/g, '\\"'));
  });

  it("leaves the card as it was when the story has nowhere to be read", () => {
    expect(bulletLinks(article, brief, undefined)).toBeUndefined();
    expect(JSON.stringify(briefCard(brief))).not.toContain(IN_STORY);
  });
});

describe("NUTGRAF_ARTICLE_URL", () => {
  const base = { NUTGRAF_TABLE: "t", SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
  it("is read when it is an http(s) url with {id}", () => {
    expect(loadConfig({ ...base, NUTGRAF_ARTICLE_URL: "https://cms.example/{id}" }).articleUrl).toBe("https://cms.example/{id}");
    expect(loadConfig(base).articleUrl).toBeUndefined();
  });

  it("is a configuration error when it cannot make a link", () => {
    expect(() => loadConfig({ ...base, NUTGRAF_ARTICLE_URL: "https://cms.example/story" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NUTGRAF_ARTICLE_URL: "ftp://cms.example/{id}" })).toThrow(/NUTGRAF_ARTICLE_URL/);
  });
});
