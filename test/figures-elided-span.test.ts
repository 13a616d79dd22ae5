// A bare number after a duration is another span of it only when nothing says it is something else (elided-span.ts):
// "was given 18" after "a maximum of 20 years" is 18 years, but "forcing more than 2,000 to flee" after "In the past
// two weeks" counts people, "Wayne, then 33" is an age and "a girl under 16" an age bound.
import { describe, expect, it } from "vitest";
import { at, duration, exact, listed, want } from "#test/helpers/figures.ts";

/** How `nutgraf figures --all` lists the number shown as `display`: type, unit, label, whether the card may hold it. */
function read(text: string, display: string) {
  const n = listed(text).find((x) => x.display === display);
  return n && { type: n.type, unit: n.unit, label: n.label, candidate: n.candidate };
}

describe("a bare second span takes the first's unit", () => {
  it("'a maximum of 20 years but was given 18' → 18 — years", () => {
    expect(exact(at("He was facing a maximum of 20 years but was given 18.", 18))).toEqual(duration(18, "years", "years"));
  });

  it("'rose to 81 days from 53' → 53 — days", () => {
    expect(exact(at("The time it takes to sell a home rose to 81 days from 53.", 53))).toEqual(duration(53, "days", "days"));
  });

  it("'jailed for 12 years, his brother for eight' → eight — years in prison", () => {
    expect(exact(at("He was jailed for 12 years, his brother for eight.", 8))).toEqual(duration(8, "years", "years in prison"));
  });

  it("'The trial took 20 days, and then 17.' → 17 — days of trial ('then' opens no aside)", () => {
    expect(exact(at("The trial took 20 days, and then 17.", 17))).toEqual(duration(17, "days", "days of trial"));
  });
});

describe("a bare number that is something else keeps no unit of the span", () => {
  it("far past the span: 'In the past two weeks … forcing more than 2,000 to flee' → a count", () => {
    expect(exact(at("In the past two weeks, homes have been targeted, forcing more than 2,000 to flee.", 2000))).toEqual(want(2000, "more than", undefined, "homes", "count"));
  });

  it("far past the span: 'in the three months to September, while jobs growth averaged 178,000' → jobs growth", () => {
    expect(exact(at("The economy grew in the three months to September, while jobs growth averaged 178,000.", 178000))).toEqual(want(178000, undefined, undefined, "jobs growth", "count"));
  });

  it("far past the span, with a verb of its own: '10 weeks before the festival but all 130,000 had been sold' → sold", () => {
    expect(exact(at("Tickets sold out 10 weeks before the festival but all 130,000 had been sold.", 130000))).toEqual(want(130000, undefined, undefined, "sold", "count"));
  });

  // Each number below is left bare and small, so it is no figure at all: listed, never on the card.
  it.each([
    ["the subject of an infinitive: 'In the past two weeks, gangs have forced 20 to flee' → no span", "In the past two weeks, gangs have forced 20 to flee their homes.", "20"],
    ["a relative after it: 'searched for 12 hours for 30 who had gone missing' → no span", "Officers searched for 12 hours for 30 who had gone missing.", "30"],
    ["'more' after it: 'The search lasted 12 hours and found 30 more' → no span", "The search lasted 12 hours and found 30 more.", "30"],
    ["after 'the': 'in almost 20 years that the four, Bjorn Ulvaeus and Benny Andersson, have met' → no span", "It is the first time in almost 20 years that the four, Bjorn Ulvaeus and Benny Andersson, have met.", "four"],
    ["after 'the other': 'The case took two years, and the other six were sentenced to life.' → no span", "The case took two years, and the other six were sentenced to life.", "six"],
    ["joined to a noun: 'for 10 days after a good meal or two' → no span", "I felt that way for 10 days after a good meal or two.", "two"],
  ])("%s", (_, text, display) => {
    expect(read(text, display)).toEqual({ type: "count", unit: undefined, label: "", candidate: false });
  });
});

describe("an age after a span is read as an age before any unit is given (age-bound.ts, aside-age.ts)", () => {
  it.each([
    ["in an aside: 'his brother Wayne, then 33' after a five-year sentence → an age, no span", "He served a five-year sentence for attacking his brother Wayne, then 33.", "33"],
    ["after a name: 'the death of her daughter, Isla, eight' after six months in jail → an age, no span", "She was sentenced to six months in jail after the death of her daughter, Isla, eight.", "eight"],
    ["after a person: 'jailed for 27 months after he tried to meet a girl under 16' → an age, no span", "He was jailed for 27 months after he tried to meet a girl under 16.", "16"],
    ["after people, in words: 'The outbreak has lasted two years, and most of the victims are children under three.' → an age", "The outbreak has lasted two years, and most of the victims are children under three.", "three"],
  ])("%s", (_, text, display) => {
    expect(read(text, display)).toEqual({ type: "age", unit: undefined, label: "", candidate: false });
  });
});

describe("a household's size after a span is its members (group-size.ts), no span", () => {
  it("'Based on an average 10-day holiday, a family of four could save almost £110.' → four — family members", () => {
    expect(read("Based on an average 10-day holiday, a family of four could save almost £110.", "four")).toEqual({ type: "count", unit: undefined, label: "family members", candidate: true });
  });
});

describe("near misses of the guards stay spans", () => {
  it("joined to the period itself stays a span: 'He was jailed for 12 years or 15.' → 15 — years in prison", () => {
    expect(exact(at("He was jailed for 12 years or 15.", 15))).toEqual(duration(15, "years", "years in prison"));
  });

  it("'and' after a place's noun stays a span: 'He spent six months in jail and four in hospital.' → four — months in jail", () => {
    expect(exact(at("He spent six months in jail and four in hospital.", 4))).toEqual(duration(4, "months", "months in jail"));
  });

  it("'the next' is a span's: 'The first phase took 18 months and the next 12.' → 12 — months of first phase", () => {
    expect(exact(at("The first phase took 18 months and the next 12.", 12))).toEqual(duration(12, "months", "months of first phase"));
  });

  it("'under' after no person stays a span: 'The first phase took 18 months and the second phase under 12.'", () => {
    expect(exact(at("The first phase took 18 months and the second phase under 12.", 12))).toEqual(duration(12, "months", "months of first phase"));
  });

  it("'of' after a word of measure stays a span: 'He was jailed for 20 years, with a minimum of 15.' → 15 — years", () => {
    expect(exact(at("He was jailed for 20 years, with a minimum of 15.", 15))).toEqual({ ...duration(15, "years", "years in prison"), qualifier: "at least" });
  });

  it("a bound after no person stays a span: 'jailed for 27 months, and he must serve at least 14 before parole'", () => {
    expect(exact(at("He was jailed for 27 months, and he must serve at least 14 before parole.", 14))).toEqual(duration(14, "months", "months in prison", "at least"));
  });
});
