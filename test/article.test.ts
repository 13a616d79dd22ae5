import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle, parseJsonArticle, parseWireText, storedBytes, toWireText } from "#news/article.ts";
import type { ArticleErrorCode } from "#news/article.ts";

const seedText = readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8");

function failure(parse: () => unknown): ArticleError {
  let caught: unknown;
  try {
    parse();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArticleError);
  return caught as ArticleError;
}

function expectCode(parse: () => unknown, code: ArticleErrorCode): void {
  const error = failure(parse);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
}

describe("the seed article (wire text)", () => {
  const article = parseWireText(seedText);

  it("reads headline, time with its zone, byline, dateline and credit", () => {
    expect(article.headline).toBe("France seeks EU security aid, launches new airstrikes on IS");
    expect(article.publishedAt).toBe("2015-11-17T20:50:00Z");
    expect(article.byline).toBe("admin");
    expect(article.dateline).toBe("Paris");
    expect(article.credit).toBe("AP");
  });

  it("has 23 body paragraphs without the date line, dateline or credit", () => {
    expect(article.paragraphs).toHaveLength(23);
    expect(article.paragraphs[0]).toMatch(/^France made an unprecedented demand/);
    expect(article.paragraphs.some((p) => p.includes("17/11/2015"))).toBe(false);
    expect(article.paragraphs[0]?.startsWith("Paris")).toBe(false);
    expect(article.paragraphs.at(-1)).toMatch(/hands-on logistical support\.$/);
    expect(article.paragraphs.every((p) => p === p.trim() && !/\s{2}/.test(p))).toBe(true);
  });

  it("gets the same id and hash on every run and every machine", () => {
    // Pinned values: a change here would orphan every stored article.
    expect(article.id).toBe("7214a19cdd39");
    expect(article.contentHash).toBe("e67c29d2149f0706b8cd5cf7c5d6afe4910ce76fbeec0e338e4bd2ce1428cd80");
    expect(parseWireText(seedText)).toEqual(article);
    expect(parseWireText(seedText.replace(/\n/g, "\r\n")).id).toBe(article.id);
  });

  it("keeps its id when the body is corrected, so a correction is a new version", () => {
    const corrected = seedText.replace("at least 129 people", "at least 130 people");
    const again = parseWireText(corrected);
    expect(again.id).toBe(article.id);
    expect(again.contentHash).not.toBe(article.contentHash);
  });

  it("survives a round trip through toWireText", () => {
    expect(parseWireText(toWireText(article))).toEqual(article);
  });

  it("is also read by parseArticle", () => {
    expect(parseArticle(seedText)).toEqual(article);
  });
});

describe("wire text details", () => {
  it("takes a dateline that stands on a line of its own", () => {
    const a = parseWireText("Markets rally\n\n01/02/2026 09:05 by Jane Doe\n\nLondon:\n\nShares rose 2%.\n\n- BBC\n");
    expect(a.dateline).toBe("London");
    expect(a.paragraphs).toEqual(["Shares rose 2%."]);
    expect(a.credit).toBe("BBC");
  });

  it("reads the all-capitals agency dateline and a bracketed credit", () => {
    const a = parseWireText("Oil slips\n\n01/02/2026 09:05\n\nLONDON (Reuters) - Oil fell 3%.\n\n(Reuters)");
    expect(a).toMatchObject({ dateline: "LONDON", credit: "Reuters", paragraphs: ["Oil fell 3%."], publishedAt: "2026-02-01T09:05:00Z" });
    expect(a.byline).toBeUndefined();
  });

  it("does not take a quote's speaker for a dateline", () => {
    const a = parseWireText("Vote due\n\n01/02/2026 09:05\n\nMr Brown said: we will win.\n\nMore.");
    expect(a.dateline).toBeUndefined();
    expect(a.paragraphs[0]).toBe("Mr Brown said: we will win.");
  });

  it("joins a block's wrapped lines but keeps a list's items as paragraphs of their own", () => {
    const a = parseWireText("Markets rally\n\n01/02/2026 09:05\n\nShares rose\n2% today.\n\nWhy:\n- Oil fell.\n- Rates held.\n\nMore soon.\n");
    expect(a.paragraphs).toEqual(["Shares rose 2% today.", "Why:", "- Oil fell.", "- Rates held.", "More soon."]);
  });

  it("keeps a lone 'London:' as the body, not a dateline that would leave none", () => {
    const a = parseWireText("Markets rally\n\n01/02/2026 09:05\n\nLondon:\n");
    expect(a.dateline).toBeUndefined();
    expect(a.paragraphs).toEqual(["London:"]);
  });

  it("writes the wire's zone explicitly when told it", () => {
    const a = parseWireText(seedText, { wireOffset: "+01:00" });
    expect(a.publishedAt).toBe("2015-11-17T20:50:00+01:00");
    expect(a.id).not.toBe(parseWireText(seedText).id);
  });
});

describe("JSON articles", () => {
  const json = {
    id: "bbc-business-001",
    title: "Ad sales boost Time Warner profit",
    publishedAt: "2026-11-23T07:10:00Z",
    text: "Quarterly profits jumped 76%.\n\nThe firm\nbenefited from sales.",
    section: "business",
  };

  it("reads title, text paragraphs, id and section", () => {
    const a = parseJsonArticle(JSON.stringify(json));
    expect(a).toMatchObject({
      id: "bbc-business-001",
      headline: "Ad sales boost Time Warner profit",
      publishedAt: "2026-11-23T07:10:00Z",
      paragraphs: ["Quarterly profits jumped 76%.", "The firm benefited from sales."],
      section: "business",
    });
    expect(parseArticle(JSON.stringify(json))).toEqual(a);
    expect(parseJsonArticle(json)).toEqual(a);
  });

  it("derives a stable id when none is given", () => {
    const { id: _omit, ...anonymous } = json;
    const a = parseJsonArticle(anonymous);
    expect(a.id).toMatch(/^[0-9a-f]{12}$/);
    expect(parseJsonArticle({ ...anonymous, title: "  Ad sales boost   Time Warner profit " }).id).toBe(a.id);
  });

  it("rejects bad JSON, bad fields and bad ids with BAD_JSON", () => {
    expectCode(() => parseArticle("{not json"), "BAD_JSON");
    expectCode(() => parseArticle("[1, 2]"), "BAD_JSON");
    expectCode(() => parseJsonArticle({ ...json, paragraphs: ["ok", 3] }), "BAD_JSON");
    expectCode(() => parseJsonArticle({ ...json, byline: 42 }), "BAD_JSON");
    expectCode(() => parseJsonArticle({ ...json, id: "ART#1/../x" }), "BAD_JSON");
  });

  it("names the offending field (with its index inside a list) in a BAD_JSON message", () => {
    const message = (parse: () => unknown) => {
      const error = failure(parse);
      expect(error.code).toBe("BAD_JSON");
      return error.message;
    };
    expect(message(() => parseArticle("[1, 2]"))).toBe("article JSON must be an object");
    expect(message(() => parseJsonArticle(null))).toBe("article JSON must be an object");
    expect(message(() => parseJsonArticle({ ...json, paragraphs: ["ok", 3] }))).toBe('field "paragraphs.1" must be a string');
    expect(message(() => parseJsonArticle({ ...json, paragraphs: null }))).toBe('field "paragraphs" must be an array of strings');
    expect(message(() => parseJsonArticle({ ...json, byline: 42 }))).toBe('field "byline" must be a string');
    expect(message(() => parseJsonArticle({ ...json, id: 7 }))).toBe('field "id" must be a string');
    expect(message(() => parseJsonArticle({ ...json, id: "ART#1/../x" }))).toMatch(/^field "id" must be 1–64 letters.*"ART#1\/\.\.\/x"/);
    // A headline does not excuse a malformed title: every field present is checked, not only the one used.
    expect(message(() => parseJsonArticle({ ...json, headline: "Ad sales", title: ["x"] }))).toBe('field "title" must be a string');
  });

  it("treats null as an absent optional field, as before", () => {
    const a = parseJsonArticle({ ...json, byline: null, dateline: null, url: null, id: null });
    expect(a).not.toHaveProperty("byline");
    expect(a).not.toHaveProperty("url");
    expect(a.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it("rejects a missing, zoneless or impossible publishedAt with BAD_DATE", () => {
    const { publishedAt: _omit, ...undated } = json;
    expectCode(() => parseJsonArticle(undated), "BAD_DATE");
    expectCode(() => parseJsonArticle({ ...json, publishedAt: "2026-11-23T07:10:00" }), "BAD_DATE");
    expectCode(() => parseJsonArticle({ ...json, publishedAt: "2026-02-30T07:10:00Z" }), "BAD_DATE");
    expectCode(() => parseJsonArticle({ ...json, publishedAt: "yesterday" }), "BAD_DATE");
  });

  it("rejects a missing headline or body", () => {
    expectCode(() => parseJsonArticle({ ...json, title: " " }), "NO_HEADLINE");
    expectCode(() => parseJsonArticle({ ...json, text: "\n\n " }), "EMPTY");
  });
});

describe("bad input gets a typed error naming the problem", () => {
  it("empty and whitespace-only text: EMPTY", () => {
    expectCode(() => parseArticle(""), "EMPTY");
    expectCode(() => parseArticle(" \n\t\r\n  "), "EMPTY");
  });

  it("no headline: NO_HEADLINE", () => {
    expectCode(() => parseArticle("17/11/2015 20:50 by admin\n\nParis: Something happened."), "NO_HEADLINE");
    const sentence = `${"This first line is a long sentence and not a headline at all ".repeat(3)}ok.`;
    expectCode(() => parseArticle(`${sentence}\n\n17/11/2015 20:50\n\nBody.`), "NO_HEADLINE");
    // A first line over 300 characters is a paragraph even without a full stop; 300 is still a (long) headline.
    const words = (length: number) => `${"Council budget row deepens as ministers meet ".repeat(10).slice(0, length - 1)}s`;
    expect(parseArticle(`${words(300)}\n\n17/11/2015 20:50\n\nBody.`).headline).toHaveLength(300);
    expectCode(() => parseArticle(`${words(301)}\n\n17/11/2015 20:50\n\nBody.`), "NO_HEADLINE");
  });

  it("binary junk: BINARY", () => {
    // Fixed bytes (no randomness): every byte value, decoded as UTF-8 the way a mis-sent file would be.
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)).toString("utf8");
    expectCode(() => parseArticle(junk), "BINARY");
    expectCode(() => parseArticle("\u0000\u0001\u0002PNG\u0003\u0004 header"), "BINARY");
  });

  it("over 350 KB (what one DynamoDB item can hold, with headroom): TOO_LARGE, for 1 MB and 529 KB articles alike", () => {
    expect(MAX_ARTICLE_BYTES).toBeLessThan(400_000);
    for (const bytes of [1024 * 1024, 529 * 1024]) {
      const body = "word ".repeat(Math.ceil(bytes / 5));
      const wire = `Headline\n\n17/11/2015 20:50\n\n${body}`;
      expect(Buffer.byteLength(wire)).toBeGreaterThanOrEqual(bytes);
      expectCode(() => parseArticle(wire), "TOO_LARGE");
      expectCode(() => parseArticle(JSON.stringify({ title: "H", publishedAt: "2026-01-01T00:00:00Z", text: body })), "TOO_LARGE");
      expect(failure(() => parseArticle(wire)).message).toMatch(/over the 350 KB limit for an article/);
    }
  });

  it("counts every stored field, not only the body: a JSON object with a huge byline is TOO_LARGE", () => {
    const article = { title: "H", publishedAt: "2026-01-01T00:00:00Z", text: "A short body.", byline: "b".repeat(MAX_ARTICLE_BYTES) };
    expectCode(() => parseJsonArticle(article), "TOO_LARGE");
  });

  it("takes an article just under the limit, and says its stored size", () => {
    const paragraph = "x".repeat(999);
    const paragraphs = Array.from({ length: Math.floor((MAX_ARTICLE_BYTES - 300) / 1000) }, () => paragraph);
    const article = parseJsonArticle({ id: "big", headline: "Big", publishedAt: "2026-01-01T00:00:00Z", paragraphs });
    expect(storedBytes(article)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(storedBytes(article)).toBeGreaterThan(MAX_ARTICLE_BYTES - 1000);
  });

  it("HTML: HTML", () => {
    expectCode(() => parseArticle("<!DOCTYPE html><html><body><h1>Hi</h1></body></html>"), "HTML");
    expectCode(() => parseArticle("Headline\n\n17/11/2015 20:50\n\n<p>Body</p>"), "HTML");
    expectCode(() => parseArticle("Headline\n\n17/11/2015 20:50\n\nSome <b>bold</b> claim."), "HTML");
  });

  it("a date line that is not a real date: BAD_DATE", () => {
    expectCode(() => parseArticle("Headline\n\n31/02/2015 20:50 by admin\n\nBody."), "BAD_DATE");
    expectCode(() => parseArticle("Headline\n\n17/11/2015 24:50 by admin\n\nBody."), "BAD_DATE");
    expectCode(() => parseArticle("Headline\n\nBody without any date line."), "BAD_DATE");
    expectCode(() => parseWireText(seedText, { wireOffset: "CET" }), "BAD_DATE");
  });

  it("a headline and date but no body: NO_BODY", () => {
    expectCode(() => parseArticle("Headline\n\n17/11/2015 20:50 by admin\n\n- AP"), "NO_BODY");
  });
});
