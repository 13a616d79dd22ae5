// Betting odds ('the 6/4 favourite', 'a 100/1 shot', 'odds of 6-9') are a ratio, never a date, a count range or a
// score (odds.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, figs, one } from "#test/helpers/figures.ts";

describe("odds.ts: betting odds N/M before a word of betting are a ratio, not a date", () => {
  it("'placed Levy's novel as the 6/4 favourite to win' lists 6 and 4 as other, no candidate (was a date)", () => {
    const text = "Bookmaker William Hill has placed London-based Levy's novel as the 6/4 favourite to win.";
    const numbers = everyNumber(articleSentences({ paragraphs: [text] })).map((n) => ({ ...exact(n), candidate: n.candidate }));
    expect(numbers).toEqual([
      { value: 6, qualifier: undefined, unit: undefined, label: "", type: "other", candidate: false },
      { value: 4, qualifier: undefined, unit: undefined, label: "", type: "other", candidate: false },
    ]);
  });
  it("'On 6/4 the favourite won' stays a date: the betting word must follow the pair", () => {
    expect(everyNumber(articleSentences({ paragraphs: ["On 6/4 the favourite won the race."] })).map((n) => n.type)).toEqual(["date"]);
  });
});

describe("odds.ts", () => {
  const types = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => n.type);
  it("'He won on a 100/1 shot.': a shot's odds are no date (mutant: 'shot' not a word of betting)", () => {
    expect(types("He won on a 100/1 shot.")).toEqual(["other", "other"]);
  });
  it("'She was backed at odds of 5/1 to win.': odds after 'odds of' are no date (mutant: 'odds of' dropped)", () => {
    expect(types("She was backed at odds of 5/1 to win.")).toEqual(["other", "other"]);
  });
});

describe("a hyphen pair after 'odds of' is betting odds, no count range or score (odds.ts)", () => {
  it("'gave Scott odds of 6-9' gives no count 6-9", () => {
    expect(figs("The closing list gave Scott odds of 6-9 to take the role.")).toEqual([]);
  });

  it("'Bookmakers gave Craig odds of 2-5 on the part' gives no count range", () => {
    expect(figs("Bookmakers gave Craig odds of 2-5 on the part.")).toEqual([]);
  });

  it("near miss: 'Prices rose by 6-9% last year' stays a percent range", () => {
    expect(one("Prices rose by 6-9% last year.")).toMatchObject({ value: 6, valueMax: 9, unit: "%", type: "percent" });
  });
});
