import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArticleError, parseArticle, parseWireText } from "#news/article.ts";
import type { ArticleErrorCode } from "#news/article.ts";

// The wire header is read line by line (issue 14): real wire files put the date line straight under the headline.
const seedText = readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8");
const seed = parseWireText(seedText);
const [headline, dateLine, ...rest] = seedText.split("\n").filter((line) => line.trim() !== "");
const body = rest.join("\n\n");

function code(parse: () => unknown): { code: ArticleErrorCode; message: string } {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return { code: (error as ArticleError).code, message: (error as ArticleError).message };
  }
  throw new Error("parsed, but should have been refused");
}

describe("the wire header, however it is spaced", () => {
  // Every combination of what real files put between the header lines: a single newline (the common wire form),
  // blank lines, CRLF, a CR alone, whitespace-only lines and tabs; with and without leading blank lines.
  const gaps = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \t\n", "\t\n"];
  const leads = ["", "\n", "\r\n\r\n", " \t\n\n", "\ufeff"];

  it.each(leads.map((lead) => [JSON.stringify(lead), lead]))("gives the seed article exactly, leading %s", (_name, lead) => {
    for (const afterHeadline of gaps) {
      for (const afterDate of gaps) {
        const text = `${lead}${headline}${afterHeadline}${dateLine}${afterDate}\n${body}\n`;
        expect(parseWireText(text), JSON.stringify(text.slice(0, 120))).toEqual(seed);
      }
    }
  });

  it("reads tabs inside the header lines as spaces", () => {
    const text = `\t${headline!.replace(/ /g, "\t")}\t\n17/11/2015\t20:50\tby\tadmin\n\n${body}`;
    expect(parseWireText(text)).toEqual(seed);
  });

  it("takes a byline on its own line, above or below the date line, with or without blank lines", () => {
    for (const header of [
      "Markets rally\n01/02/2026 09:05\nBy Jane Doe\n",
      "Markets rally\nBy Jane Doe\n01/02/2026 09:05\n",
      "Markets rally\n\nBy Jane Doe\n\n01/02/2026 09:05\n",
      "Markets rally\r\n01/02/2026 09:05\r\nby Jane Doe\r\n",
    ]) {
      const a = parseWireText(`${header}\nLondon: Shares rose 2% on Monday.\n\n- BBC\n`);
      expect(a, header).toMatchObject({
        headline: "Markets rally",
        publishedAt: "2026-02-01T09:05:00Z",
        byline: "Jane Doe",
        dateline: "London",
        credit: "BBC",
        paragraphs: ["Shares rose 2% on Monday."],
      });
    }
    // The first byline given wins; a second "By" line is left in the text rather than silently dropped.
    const twice = parseWireText("Markets rally\n01/02/2026 09:05 by AP Staff\nBy Jane Doe\nShares rose.\n");
    expect(twice).toMatchObject({ byline: "AP Staff", paragraphs: ["By Jane Doe Shares rose."] });
  });

  it("starts the body right after the header, even with no blank line, and never eats a sentence opening with 'By'", () => {
    const a = parseWireText("Storm hits coast\n01/02/2026 09:05\nBy Monday evening, 3,000 homes had lost power.\nCrews worked overnight.\n");
    expect(a.byline).toBeUndefined();
    expect(a.paragraphs).toEqual(["By Monday evening, 3,000 homes had lost power. Crews worked overnight."]);
  });
});

describe("each missing part of the header has its own typed error", () => {
  it("a file without its headline: NO_HEADLINE, not BAD_DATE", () => {
    // The seed with its headline line deleted, with and without the blank line left behind.
    expect(code(() => parseArticle(seedText.replace(`${headline}\n`, ""))).code).toBe("NO_HEADLINE");
    expect(code(() => parseArticle(seedText.replace(`${headline}`, ""))).code).toBe("NO_HEADLINE");
    // The body alone, as pasted from a page: dateline-opened first paragraph, no header at all.
    expect(code(() => parseArticle(body)).code).toBe("NO_HEADLINE");
    expect(code(() => parseArticle("Shares rose 2% on Monday.\n\nTraders cheered.")).code).toBe("NO_HEADLINE");
    // A byline where the headline should be.
    expect(code(() => parseArticle("By Jane Doe\n01/02/2026 09:05\nShares rose.")).code).toBe("NO_HEADLINE");
  });

  it("a headline without a date line: BAD_DATE saying where the date line goes", () => {
    const missing = code(() => parseArticle(`${headline}\n\n${body}`));
    expect(missing.code).toBe("BAD_DATE");
    expect(missing.message).toContain("under the headline");
    const misplaced = code(() => parseArticle(`${headline}\n\nFirst paragraph here.\n\n17/11/2015 20:50 by admin\n\nMore.`));
    expect(misplaced).toMatchObject({ code: "BAD_DATE", message: expect.stringContaining("line 5") });
  });

  it("a date line that is malformed or impossible: BAD_DATE quoting it", () => {
    expect(code(() => parseArticle("Markets rally\n17/11/2015\nShares rose."))).toMatchObject({ code: "BAD_DATE", message: expect.stringContaining('"17/11/2015"') });
    expect(code(() => parseArticle("Markets rally\n17/11/2015 20h50 by admin\nShares rose.")).code).toBe("BAD_DATE");
    expect(code(() => parseArticle("Markets rally\n31/11/2015 20:50\nShares rose.")).code).toBe("BAD_DATE");
  });

  it("a header with nothing under it: NO_BODY", () => {
    expect(code(() => parseArticle("Markets rally\n01/02/2026 09:05\nBy Jane Doe\n")).code).toBe("NO_BODY");
    expect(code(() => parseArticle("Markets rally\r\n01/02/2026 09:05\r\n\r\n- AP\r\n")).code).toBe("NO_BODY");
  });
});
