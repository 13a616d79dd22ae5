// Fact boxes ("Goals: 16 ."): lines the cleaner leaves out of the story as caption labels, which the card reads and
// the bullets never see. Each a one-sentence repro with the exact figure, and the look-alikes that are no figure.
import { describe, expect, it } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { factBoxLines } from "#brief/figures/read/type/fact-box.ts";
import { parseJsonArticle } from "#news/article.ts";
import { readSentences } from "#news/sentences.ts";
import { at, briefFigures, listed } from "#test/helpers/figures.ts";

const STORY = "Chelsea have made an offer for the forward, according to the club's president.";

function article(box: string) {
  return parseJsonArticle({ title: "Chelsea bid for Muto", text: `${STORY} ${box} He has earned 11 caps for his country.` }, { fallbackPublishedAt: "2026-01-01T00:00:00Z" });
}

const exact = (f: { value: number; qualifier?: string; unit?: string; label: string; type?: string }) => ({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type });

describe("fact boxes", () => {
  it("'Goals: 16 .': 16 goals on the card, numbered after the story, and no bullet holds the line", () => {
    const a = article("Goals: 16 .");
    const brief = briefArticle(a, { figures: 5, bullets: 3 });
    const story = readSentences(a).sentences;
    const f = brief.figures.find((x) => x.display === "16");
    expect(f && exact(f)).toEqual({ value: 16, qualifier: undefined, unit: undefined, label: "goals", type: "count" });
    expect(f?.sentence).toBe(story.length);
    expect(brief.bullets.map((b) => b.text)).not.toContain("Goals: 16 .");
    expect(story.map((s) => s.text)).not.toContain("Goals: 16 .");
  });

  it("'CALORIES: 177.' (an all-capitals kicker to the cleaner): 177 calories", () => {
    const f = briefArticle(article("CALORIES: 177."), { figures: 5 }).figures.find((x) => x.display === "177");
    expect(f && exact(f)).toEqual({ value: 177, qualifier: undefined, unit: undefined, label: "calories", type: "count" });
  });

  it("an age, a crowd, a name before the number or a date is no fact-box figure", () => {
    for (const box of ["Age: 22 .", "AGE: 31.", "Attendance: 25,169 .", "Scorer: Roberts 79 .", "Referee: M. Atkinson 5 .", "Kick-off: Saturday, 3pm ."]) {
      const { sentences, leftOut } = readSentences(article(box));
      expect(leftOut.map((l) => l.text), box).toContain(box);
      expect(factBoxLines(leftOut, sentences.length), box).toEqual([]);
    }
  });
});

describe("sentence.ts: a fact-box line kept in the story ('Price: £4million.') is named by its heading, not as a fallback", () => {
  const story = ["A house once owned by a wartime codebreaker is on the market.", "It has two cottages and a tennis court."];
  it("'Price: £4million.' is the price, and ranks as money the story names, above 'two — cottages' (was a fallback label, ranked below)", () => {
    expect(briefFigures(...story, "Price: £4million.").map(exact)).toEqual([
      { value: 4000000, qualifier: undefined, unit: "GBP", label: "price", type: "money" },
      { value: 2, qualifier: undefined, unit: undefined, label: "cottages", type: "count" },
    ]);
  });
  it("'Total: £4million.' names no thing, so it stays a fallback below the cottages (not: any heading)", () => {
    expect(briefFigures(...story, "Total: £4million.").map((f) => f.label)).toEqual(["cottages", "total"]);
  });
});

describe("a fact-box line's heading is what its number counts", () => {
  it("'Appearances: 37 .', 'International caps (Japan): 11 .' are labelled by the heading; a verb before the colon is no heading", () => {
    expect(at("Appearances: 37 .", 37)).toMatchObject({ display: "37", type: "count", label: "appearances" });
    expect(at("International caps (Japan): 11 .", 11)).toMatchObject({ display: "11", type: "count", label: "international caps" });
    expect(listed("Police said: 16 .")).toMatchObject([{ display: "16", label: "", candidate: false }]);
    // A heading is a few words; a longer run before the colon is a line of prose or a name with its title.
    expect(listed("Scottish Premiership top scorer Kris Boyd: 16 .")).toMatchObject([{ display: "16", label: "", candidate: false }]);
  });
});
