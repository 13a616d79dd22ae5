// Typing: dates, years, clock times, ages, scores, phone numbers and identifiers never reach the card.
// A thing's age past any lifespan and time counted back ('172,000 to 130,000 years ago') are durations, a spaced
// '9 / 11' a date, a height or a weight after 'at' no age (past-lifespan.ts, type.ts).
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, figs, listed, typedList } from "#test/helpers/figures.ts";

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
    ["an area code in brackets", "Anyone with information is asked to call Crime Stoppers at (800) 577-TIPS."],
    ["an area code in brackets before digits", "Call the office on (212) 555-1234."],
    ["identifiers", "Flight 370 was a Boeing 777 and the G20 met over Covid-19."],
    ["days of the month", "She returns on the 17th."],
    ["lone 'one'", "One of the attackers blew himself up."],
    ["a zero in digits", "He made triple 0 calls from the house."],
  ])("skips %s", (_what, text) => {
    expect(figs(text)).toEqual([]);
  });

  it("'less omega 6 oils than we do omega 3' names fatty acids, no count of oils", () => {
    expect(figs("Doctors say we should eat less omega 6 oils than we do omega 3.")).toEqual([]);
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

describe("past-lifespan.ts: only more years than a person lives make 'years old' a thing's age", () => {
  it("'She is forty-five years old': a person's age in words, no figure (not: a lifespan of 30)", () => {
    expect(figs("She is forty-five years old.")).toEqual([]);
  });

  it("'The tools are 100 to 200 years old': the range's top end decides, a duration (not: its low end)", () => {
    const f = at("The tools are 100 to 200 years old.", 100);
    expect(exact(f)).toEqual({ value: 100, qualifier: undefined, unit: "years", label: "years (age of tools)", type: "duration" });
    expect(f.valueMax).toBe(200);
  });
});

describe("type.ts describesSides and agoAfter", () => {
  it("'a three-ways split': an N-ways compound counts nothing either (not: only 'way')", () => {
    expect(figs("It was a three-ways split of the prize.")).toEqual([]);
  });

  it("'made 3.3 to 2.6 million years ago': a falling span before 'ago' takes the second end's scale for both (rev11b: the range was lost)", () => {
    expect(exact(at("The tools were made 3.3 to 2.6 million years ago.", 2600000))).toEqual({ value: 2600000, qualifier: undefined, unit: "years", label: "years since being made", type: "duration" });
    expect(at("The tools were made 3.3 to 2.6 million years ago.", 2600000).valueMax).toBe(3300000);
  });

  it("'The term was reduced 12 to 9 months': a falling 'to' is one span only before 'ago', so 9 months alone (not: any unit of time after it)", () => {
    const f = at("The term was reduced 12 to 9 months.", 9);
    expect(exact(f)).toEqual({ value: 9, qualifier: undefined, unit: "months", label: "months", type: "duration" });
    expect(f.valueMax).toBeUndefined();
  });

  it("'The vote was 52 to 48 in favour': a score is no falling range (not: any falling 'to')", () => {
    const f = at("The vote was 52 to 48 in favour.", 48);
    expect(exact(f)).toEqual({ value: 48, qualifier: undefined, unit: undefined, label: "vote", type: "count" });
    expect(f.valueMax).toBeUndefined();
  });
});

describe("time counted back and a thing's age (pattern 9)", () => {
  it("'formed 172,000 to 130,000 years ago': one span of years ago, not a count of 172,000", () => {
    const f = at("Analysis revealed that the calcite on skull was formed 172,000 to 130,000 years ago, during a period.", 130000);
    expect(exact(f)).toEqual({ value: 130000, qualifier: undefined, unit: "years", label: "years since being formed", type: "duration" });
    expect(f.valueMax).toBe(172000);
  });

  it("'the bones to be 128,000 to 187,000 years old': a thing's age, more years than anyone lives, is a duration", () => {
    const f = at("Analysis of the calcite has shown the bones to be 128,000 to 187,000 years old.", 128000);
    expect(exact(f)).toEqual({ value: 128000, qualifier: undefined, unit: "years", label: "years old", type: "duration" });
    expect(f.valueMax).toBe(187000);
  });

  it("'She is 45 years old' is still a person's age: no figure", () => {
    expect(figs("She is 45 years old.")).toEqual([]);
  });
});

describe("a date written with spaces round its slash is a date (pattern 7)", () => {
  it("'post-9 / 11 safety mechanisms': no figure", () => {
    expect(figs("Andreas Lubitz exploited post-9 / 11 safety mechanisms to carry out his murderous plan.")).toEqual([]);
  });
});

describe("measures misread as an identifier or an age, and an ordinal minute (pattern 12)", () => {
  it("'55,000 promotion packs': a count of the compound noun, though the tagger calls 'packs' a verb", () => {
    expect(exact(at("Five admitted it had sent out 55,000 promotion packs but had now stopped.", 55000))).toEqual({ value: 55000, qualifier: undefined, unit: undefined, label: "promotion packs", type: "count" });
  });

  it("'Two people stands on the edge': a plural noun keeps its verb", () => {
    expect(exact(at("Two people stands on the edge of both sides.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "people", type: "count" });
  });

  it("'At 6-foot-5 and 289lb …': a height, not an age ('died at 50.' is one)", () => {
    expect(exact(at("At 6-foot-5 and 289lb JJ Watt is a terror on the football field.", 6.417))).toEqual({ value: 6.417, qualifier: undefined, unit: "feet", label: "height", type: "measure" });
    expect(figs("He died at 50.")).toEqual([]);
  });

  it("'289lb JJ Watt is…': a weight, the name after it whose weight it is, not an identifier", () => {
    expect(exact(at("At 6-foot-5 and 289lb JJ Watt is a terror on the football field.", 289))).toEqual({ value: 289, qualifier: undefined, unit: "lb", label: "weight", type: "measure" });
  });

  it("'crash into the Alps at 400mph': the speed, not the place", () => {
    expect(exact(at("The plane was sent to crash into the Alps at 400mph.", 400))).toEqual({ value: 400, qualifier: undefined, unit: "mph", label: "speed", type: "measure" });
  });

  it("'with a 36th minute header': when in the match the goal came, as '36th-minute header'", () => {
    expect(exact(at("Kieran Lee fired Wednesday into the lead with a 36th minute header.", 36))).toEqual({ value: 36, qualifier: undefined, unit: undefined, label: "minute header", type: "ordinal" });
  });
});

describe("an hour and its minutes after a word of when is a clock time", () => {
  it("'at 10.30 that night' is no amount to take another figure's unit ('known the Tarseys for 40 years')", () => {
    const text = "He had known the Tarseys for 40 years, adding: 'We called the Tarseys' sons at 10.30 that night to inform them.'";
    expect(exact(at(text, 40))).toEqual({ value: 40, qualifier: undefined, unit: "years", label: "years knowing the Tarseys", type: "duration" });
    expect(() => at(text, 10.3)).toThrow();
  });
});

describe("ages said with a copula or a hedge are ages, never counts", () => {
  it.each([
    ["a name and 'was'", "Tsarnaev was 19 at the time of the bombing.", "19"],
    ["'is now'", "Letourneau is now 53, and the case is closed.", "53"],
    ["a pronoun, a hedge and 'when'", "His offending dates back to when he was just 14, police said.", "just 14"],
    ["a person noun over auxiliaries", "The loan was refused because the husband would have been over 65 when the deal ended.", "over 65"],
    ["'who is almost'", "The woman, who is almost 22, told the court what happened.", "almost 22"],
    ["'aged just' in words", "His son died aged just six at the hospital.", "just six"],
    ["'at the age of just'", "He made his senior debut at the age of just 16, and won.", "just 16"],
    ["a contracted copula", "He's just 23 and he has achieved so much.", "just 23"],
    ["'aged' before a word", "Mila Kunis lived there before moving to the U.S. aged seven.", "seven"],
    ["a list after 'aged'", "Her five children, who are aged four, six, eight, 10 and 16, were taken.", "10"],
    ["'the age of' before a word", "Five children under the age of ten were living at the home.", "ten"],
    ["'a girl of'", "It was treated as an adult, rather than a girl of 15 who was missing from home.", "15"],
  ])("%s", (_what, text, display) => {
    expect(typedList(text)).toContainEqual([display, "age", false]);
    expect(figs(text).map((f) => f.display)).not.toContain(display);
  });

  it("keeps a level said with a copula a count: not a person's, or a team's", () => {
    expect(typedList("We're now three.")).toEqual([["three", "count", false]]);
    expect(at("The death toll was 40, police said.", 40)).toMatchObject({ label: "death toll", type: "count" });
    expect(at("The target is 75,000.", 75000)).toMatchObject({ type: "count" });
    expect(at("In the Senate, Democrats were 46.", 46)).toMatchObject({ type: "count" });
    expect(at("Arsenal are seven points clear at the top.", 7)).toMatchObject({ label: "points", type: "count" });
  });
});

describe("an age said before a date, and a verb of saying after a count", () => {
  it("'who is 35 on April 28', 'turns 18 on 3 May': an age, not a count; 'is 35 on the list' stays a count", () => {
    expect(typedList("The champion, who is 35 on April 28, will attempt the record.")).toContainEqual(["35", "age", false]);
    expect(typedList("The singer, who turns 18 on 3 May, will tour.")).toContainEqual(["18", "age", false]);
    expect(typedList("The bill, which is 35 on the list, failed.")).toContainEqual(["35", "count", false]);
  });

  it("'Four say they were beaten': 'say' is no noun the number counts", () => {
    expect(listed("Four say they were beaten by police.").map((n) => [n.display, n.label, n.type])).toEqual([["Four", "", "count"]]);
    expect(at("Five claims were rejected by the court.", 5)).toMatchObject({ display: "Five", label: "claims", type: "count" });
  });
});

describe("a snooker break is the points of one visit, a score, not a count of breaks", () => {
  it("'breaks of 67, 143 and 80', 'a break of 101' are scores; 'a break of 10 minutes' a duration, 'a break of 100 jobs' a count", () => {
    const list = listed("Breaks of 67, 143 and 80 helped him move ahead.");
    expect(list.map((n) => [n.display, n.type, n.candidate])).toEqual([["67", "score", false], ["143", "score", false], ["80", "score", false]]);
    expect(listed("He re-emerged with a break of 101 to lead.")).toMatchObject([{ display: "101", type: "score", candidate: false }]);
    expect(at("Players get a break of 10 minutes.", 10)).toMatchObject({ display: "10 minutes", type: "duration", unit: "minutes", label: "break" });
    expect(at("The firm made a break of 100 jobs.", 100)).toMatchObject({ type: "count", label: "jobs" });
    expect(at("He made a break of 160 at the table.", 160)).toMatchObject({ type: "count" });
  });
});

describe("a speaker's aside between a person and the copula leaves the number an age", () => {
  it("'another child who I'd say was about seven or eight' is an age; 'the team who I think were 12 points clear' a count", () => {
    expect(typedList("Behind him was another child who I'd say was about seven or eight and then the mum.")).toEqual([["about seven or eight", "age", false]]);
    expect(typedList("It was a boy who many think was 12 at the time.")).toEqual([["12", "age", false]]);
    expect(at("The team who I think were 12 points clear won.", 12)).toMatchObject({ type: "count", label: "points" });
  });
});
