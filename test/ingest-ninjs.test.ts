import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArticleError } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { IngestError, storyId } from "#ingest/errors.ts";
import { htmlParagraphs } from "#ingest/html.ts";
import { parseText } from "#ingest/item.ts";
import { parseNinjs } from "#ingest/ninjs.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ninjs/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>;

function refusal(parse: () => unknown): { code: string; message: string } {
  try {
    parse();
  } catch (error) {
    if (error instanceof ArticleError || error instanceof IngestError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("ninjs 1.x, text only (body_text, headline, byline, located, subject)", () => {
  const { article, source } = parseNinjs(json("text-1x.json"));

  it("reads every field nutgraf keeps", () => {
    expect(article.headline).toBe("Ferry strike halts Lisbon river crossings for second day");
    expect(article.publishedAt).toBe("2024-03-12T09:15:00Z");
    expect(article.byline).toBe("Ana Ribeiro");
    expect(article.dateline).toBe("Lisbon, Portugal");
    expect(article.section).toBe("Transport");
    expect(article.credit).toBe("Example Wire");
    expect(source).toEqual({ uri: "http://wire.example.com/newsitems/20240312-harbour-ferry", version: "1" });
  });

  it("cuts body_text into paragraphs at blank lines", () => {
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^A strike by ferry crews/);
    expect(article.paragraphs[3]).toMatch(/new offer\.$/);
  });

  it("takes the story's id from its uri, so a rewrite with a new headline is the same story", () => {
    expect(article.id).toBe(storyId("http://wire.example.com/newsitems/20240312-harbour-ferry"));
    const rewrite = parseNinjs({ ...json("text-1x.json"), version: "2", headline: "Ferry strike ends", versioncreated: "2024-03-12T18:00:00Z" });
    expect(rewrite.article.id).toBe(article.id);
    expect(rewrite.article.contentHash).not.toBe(article.contentHash);
    expect(parseNinjs({ ...json("text-1x.json"), uri: "http://wire.example.com/newsitems/other" }).article.id).not.toBe(article.id);
  });

  it("briefs: figures found in the wire's own text", () => {
    const brief = briefArticle(article);
    expect(brief.bullets.length).toBeGreaterThan(0);
    expect(brief.figures.map((f) => f.value)).toContain(212);
  });
});

describe("ninjs 1.x with an HTML body (body_html)", () => {
  const { article, source } = parseNinjs(json("html-1x.json"));

  it("turns the HTML into paragraphs: entities decoded, captions and scripts dropped, empty paragraphs gone", () => {
    expect(article.paragraphs).toEqual([
      "Aid convoys reached three towns cut off by Wednesday’s earthquake, where rescuers were still searching collapsed buildings for at least 41 missing people.",
      "Officials said 18 people were killed and more than 300 injured. Roads & bridges in the hills were closed while engineers checked them. Schools in the region will stay shut until Monday.",
      "The Red Crescent set up kitchens serving 5,000 meals a day, and the government released $12m in emergency funds.",
    ]);
  });

  it("dates the version by versioncreated (with its offset), not firstcreated", () => {
    expect(article.publishedAt).toBe("2024-03-14T07:40:00+01:00");
    expect(source.version).toBe("3");
    expect(article.byline).toBe("Jonas Berg and Mira Holt");
  });
});

describe("ninjs 2.x (headlines[], bodies[], by, subjects)", () => {
  const { article } = parseNinjs(json("bodies-2x.json"));

  it("takes the main headline, not the first one", () => {
    expect(article.headline).toBe("City approves tram line to the airport");
  });

  it("prefers the HTML body (its paragraph breaks) over the plain-text summary body", () => {
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/six hours\.$/);
    expect(article.byline).toBe("Von Lena Vogt, Agency");
    expect(article.dateline).toBe("Hamburg");
    expect(article.section).toBe("Politik");
  });

  it("falls back to the plain-text body when the HTML one has no text", () => {
    const bodies = [
      { role: "html", contenttype: "text/html", value: "<section><p> </p><script>x()</script></section>" },
      { role: "text", contenttype: "text/plain", value: "The council met.\n\nIt voted." },
    ];
    expect(parseNinjs({ ...json("bodies-2x.json"), bodies }).article.paragraphs).toEqual(["The council met.", "It voted."]);
  });

  it("reads the 2.0 draft shape of IPTC's own examples (headline[{name, text}], body[{name, value}])", () => {
    const draft = {
      uri: "http://ninjs.example.com/newsitems/draft",
      versioncreated: "2013-07-09T10:37:00Z",
      byline: "A Reporter",
      headline: [{ name: "main", text: "Trial opens in a converted theatre" }],
      body: [
        { name: "text", value: "One paragraph only." },
        { name: "xhtml", value: "<p>First paragraph.</p><p>Second paragraph.</p>" },
      ],
    };
    const { article } = parseNinjs(draft);
    expect(article.headline).toBe("Trial opens in a converted theatre");
    expect(article.paragraphs).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("joins bylines[] when there is no by", () => {
    const { by: _by, ...rest } = json("bodies-2x.json");
    expect(parseNinjs({ ...rest, bylines: [{ byline: "Lena Vogt" }, "Tom Beck"] }).article.byline).toBe("Lena Vogt, Tom Beck");
  });
});

describe("ninjs that cannot be briefed gets a typed refusal naming the problem", () => {
  const base = json("bodies-2x.json");
  it.each([
    ["no uri", { ...base, uri: undefined }, "BAD_JSON", /uri/],
    ["uri not a string", { ...base, uri: 42 }, "BAD_JSON", /"uri" must be a string/],
    ["headlines not a list", { ...base, headlines: "x" }, "BAD_JSON", /headlines/],
    ["a picture", { ...base, type: "picture" }, "NOT_TEXT", /picture/],
    ["withheld by the source", { ...base, pubstatus: "withheld" }, "WITHDRAWN", /withheld/],
    ["canceled by the source", { ...base, pubstatus: "canceled" }, "WITHDRAWN", /canceled/],
    ["no headline", { ...base, headlines: [] }, "NO_HEADLINE", /headline/],
    ["no body", { ...base, bodies: [] }, "EMPTY", /body/],
    ["no date", { ...base, versioncreated: undefined, firstcreated: undefined }, "BAD_DATE", /versioncreated/],
    ["a date without a zone", { ...base, versioncreated: "2024-03-20T15:30:00" }, "BAD_DATE", /zone/],
    ["HTML left in the plain-text body", { uri: "u:1", versioncreated: "2024-01-01T00:00:00Z", headline: "H", body_text: "<p>hi</p>" }, "HTML", /HTML/],
  ])("%s", (_name, value, code, message) => {
    const problem = refusal(() => parseNinjs(JSON.parse(JSON.stringify(value))));
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(message);
  });
});

describe("parseText: one reader for files and bodies of any format", () => {
  it("reads ninjs, nutgraf JSON and wire text", () => {
    expect(parseText(fixture("text-1x.json")).format).toBe("ninjs");
    expect(parseText(JSON.stringify({ headline: "H", publishedAt: "2024-01-01T00:00:00Z", text: "Body." })).format).toBe("json");
    expect(parseText("Headline\n\n01/02/2024 10:00 by X\n\nParis: Body text here.\n").format).toBe("wire");
  });

  it("keeps a nutgraf JSON story's own id (a CMS id)", () => {
    expect(parseText(JSON.stringify({ id: "cms-123", headline: "H", publishedAt: "2024-01-01T00:00:00Z", text: "B." })).article.id).toBe("cms-123");
  });
});

describe("htmlParagraphs", () => {
  it("separates paragraphs at block elements and at a double <br>, and joins at a single one", () => {
    expect(htmlParagraphs("Intro<br><br>Second<br>line<ul><li>one</li><li>two</li></ul><h2>Sub</h2>tail")).toEqual([
      "Intro",
      "Second line",
      "one",
      "two",
      "Sub",
      "tail",
    ]);
  });

  it("is forgiving: unclosed tags, stray closers, comments, CDATA-free junk", () => {
    expect(htmlParagraphs("<p>One &amp; only<p>Two</div><!-- note --><p>Th&eacute;&nbsp;three")).toEqual(["One & only", "Two", "Thé three"]);
  });

  it("keeps table cells apart", () => {
    expect(htmlParagraphs("<table><tr><td>Deaths</td><td>18</td></tr></table>")).toEqual(["Deaths 18"]);
  });

  it("gives nothing for markup without text", () => {
    expect(htmlParagraphs("<div><script>var a = '<p>x</p>';</script><style>p{}</style></div>")).toEqual([]);
  });
});
