// Typing: dates, years, clock times, ages, scores, phone numbers and identifiers never reach the card.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/candidates.ts";
import { findFigures } from "#brief/figures/card.ts";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { figs } from "#test/helpers/figures.ts";

describe("what is not a key figure", () => {
  it.each([
    ["years", "The law was passed in 1998 and amended in 2015."],
    ["decades", "Sales peaked in the 1990s."],
    ["dates", "The vote is on November 17 and the count on 18 November."],
    ["numeric dates", "The letter was dated 17/11/2015."],
    ["clock times", "The train left at 20:50 and arrived at 8pm."],
    ["a.m. times", "Polls open at 7 a.m. on Thursday."],
    ["scores", "The match ended 0-0 after Wales drew 1-1 with Italy."],
    ["winning scores", "Chelsea won 3-1 at Anfield."],
    ["ages", "The driver, aged 25, was arrested along with a 30-year-old man."],
    ["ages after a name", "Williams, 33, won the title."],
    ["age groups and age bounds", "Pupils sat the tests for 11-year-olds between the ages of 10 and 12."],
    ["ages after a noun or 'now'", "He filmed the girl, now 15, and had sex with a pupil, 15, in her car."],
    ["ages as a threshold", "The rule applies before the age of 18 rather than before 21."],
    ["ages said as 'years of age'", "At 20 years of age, he made his debut; the victims were over 16 years of age."],
    ["emergency numbers", "She called 911, the 911 dispatcher answered and the audio of her call to 911 was released."],
    ["999 and 101", "His mother rang 999. Lawyers reviewed the 999 calls. Anyone with information should contact police on 101."],
    ["golf scores and their stroke totals", "He finished 11-over-par and Spieth matched the record of an 18-under 270."],
    ["ratings", "It was a 10-out-of-10 display."],
    ["phone numbers", "Call the hotline on 0800 555 0123."],
    ["identifiers", "Flight 370 was a Boeing 777 and the G20 met over Covid-19."],
    ["days of the month", "She returns on the 17th."],
    ["lone 'one'", "One of the attackers blew himself up."],
    ["a zero in digits", "He made triple 0 calls from the house."],
  ])("skips %s", (_what, text) => {
    expect(figs(text)).toEqual([]);
  });

  it("keeps an emergency number's digits a count when a noun follows ('999 boxes', '101 successes')", () => {
    expect(figs("Police said 72 of the vaults' 999 boxes were opened.").map((f) => [f.value, f.label])).toContainEqual([999, "boxes"]);
    expect(figs("Morris rode 101 successes for the campaign.").map((f) => [f.value, f.label])).toEqual([[101, "successes"]]);
    // 101 is no line without a call verb or a word of the line: "a break of 101" is a snooker break, a score.
    expect(everyNumber(articleSentences({ paragraphs: ["He re-emerged with a break of 101 to level."] })).map((n) => [n.value, n.type])).toEqual([[101, "score"]]);
  });

  it("reads 'her husband of four years' in a story of prison as the marriage (years married), background, not a prison term", () => {
    const [c] = cardCandidates(articleSentences({ paragraphs: ["Her husband of four years tried to hire a killer from his prison cell."] }));
    expect(c && [c.figure.value, c.figure.unit, c.figure.label, c.signals.period, c.signals.term]).toEqual([4, "years", "years married", true, false]);
    expect(figs("He was jailed for four years.").map((f) => [f.value, f.label])).toEqual([[4, "years in prison"]]);
  });

  it("keeps 'N years of his life' a duration, not an age", () => {
    expect(figs("He spent 20 years of his life in prison.").map((f) => [f.value, f.type, f.unit])).toEqual([[20, "duration", "years"]]);
  });

  it("types a period as a duration and ranks it below what the story counts", () => {
    const s = articleSentences({ paragraphs: ["Profits fell in the three months to December, when 40 shops closed."] });
    expect(findFigures(s).map((f) => [f.value, f.type, f.unit])).toEqual([
      [40, "count", undefined],
      [3, "duration", "months"],
    ]);
  });

  it("never throws on an empty list, odd limits or odd salience", () => {
    expect(findFigures([])).toEqual([]);
    const s = articleSentences({ paragraphs: ["The fire killed 12 people."] });
    expect(findFigures(s, { limit: 0 })).toEqual([]);
    expect(findFigures(s, { limit: -3 })).toEqual([]);
    expect(findFigures(s, { limit: Number.NaN })).toHaveLength(1);
    expect(findFigures(s, { salience: [Number.NaN] })).toHaveLength(1);
  });
});
