// "under" or "over" a bare number after a person or a plural of people, or before a team's word, bounds an age group:
// an age, no count, in digits or in words (age-bound.ts); a unit or a noun after the number keeps it an amount.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, want } from "#test/helpers/figures.ts";

/** Every number of one sentence as `nutgraf figures --all` lists it: display, type, whether the card may hold it. */
const listed = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.type, n.candidate]);

describe("an age group's bound is an age", () => {
  it("'23,000 girls under 15 could be at risk' → 15 is an age, the girls a count", () => {
    expect(listed("The NSPCC believe 23,000 girls under 15 could be at risk of FGM.")).toEqual([["23,000", "count", true], ["15", "age", false]]);
  });

  it("'photographs of children under 16.' → an age at the sentence's end", () => {
    expect(listed("He made indecent photographs of children under 16.")).toEqual([["16", "age", false]]);
  });

  it("'The policy covers people over 50.' → an age", () => {
    expect(listed("The policy covers people over 50.")).toEqual([["50", "age", false]]);
  });

  it("'sold to first-time buyers under 40' → an age, not a count that takes the homes' label", () => {
    expect(listed("Some 200,000 new 'starter homes' will be sold at a discount to first-time buyers under 40.")).toEqual([["Some 200,000", "count", true], ["40", "age", false]]);
  });

  it("'The Blues' under 19 captain played' → a team's age grade", () => {
    expect(listed("The Blues' under 19 captain played on Friday.")).toEqual([["under 19", "age", false]]);
  });
});

describe("one person bounds an age as people do", () => {
  it("'tried to meet a girl under 16 following grooming' → an age, not '16 — following grooming'", () => {
    expect(listed("He tried to meet a girl under 16 following grooming.")).toEqual([["16", "age", false]]);
  });

  it("'indecent assault on a boy under 14.' → an age at the sentence's end", () => {
    expect(listed("He admitted indecent assault on a boy under 14.")).toEqual([["14", "age", false]]);
  });
});

describe("a bound said in words is an age as digits are", () => {
  it("'children under five and pregnant women' → five is an age, not a count of food", () => {
    expect(listed("The food will go to children under five and pregnant women.")).toEqual([["five", "age", false]]);
  });

  it("'six children under five by two fathers' → six counts the children, five is an age", () => {
    expect(listed("She has six children under five by two different fathers.").map(([d, t]) => [d, t])).toEqual([["six", "count"], ["five", "age"], ["two", "count"]]);
  });

  it("'Those under five were sent home' → the bound and its hedge are an age", () => {
    expect(listed("Those under five were sent home.")).toEqual([["under five", "age", false]]);
  });
});

describe("a verb the tagger calls a noun after the bound", () => {
  it("'Children under 10 play touch rugby' → 10 is an age, not '10 — play touch rugby'", () => {
    expect(listed("Children under 10 play touch rugby at the club.")).toEqual([["10", "age", false]]);
  });
});

describe("near misses stay amounts", () => {
  it("a noun after the number: 'We have over 18 players'", () => {
    expect(exact(at("We have over 18 players.", 18))).toEqual(want(18, "over", undefined, "players", "count"));
  });

  it("a noun after the number, people before the bound: 'He picked players over 18 games'", () => {
    expect(exact(at("He picked players over 18 games.", 18))).toEqual(want(18, undefined, undefined, "games", "count"));
  });

  it("an adjective of the noun after the number: 'He picked players over 18 regular games'", () => {
    expect(exact(at("He picked players over 18 regular games.", 18))).toEqual(want(18, undefined, undefined, "regular games", "count"));
  });

  it("a singular unit after the number: 'Fans over 50 stone were weighed'", () => {
    expect(exact(at("Fans over 50 stone were weighed.", 50))).toEqual(want(50, undefined, "stone", "stone", "measure"));
  });

  it("no bound: 'He told voters that 15 had died'", () => {
    expect(exact(at("He told voters that 15 had died.", 15))).toEqual(want(15, undefined, undefined, "died", "count"));
  });

  it("things, no people, before the bound: 'Scores under 15 were dropped'", () => {
    expect(listed("Scores under 15 were dropped.")[0]?.[1]).not.toBe("age");
  });

  it("a unit of time after the number: 'The club watched players over 18 months'", () => {
    expect(exact(at("The club watched players over 18 months.", 18))).toEqual(want(18, undefined, "months", "months", "duration"));
  });

  it("no people before the bound: 'Tickets cost under 15 pounds'", () => {
    expect(exact(at("Tickets cost under 15 pounds.", 15))).toEqual(want(15, undefined, "GBP", "cost", "money"));
  });

  it("a body, no persons of an age: 'The board cut staff over 40 and hired more.'", () => {
    expect(listed("The board cut staff over 40 and hired more.")[0]?.[1]).not.toBe("age");
  });

  it("a person before the bound, a plural noun after the number: 'He chose the player over two others.'", () => {
    expect(exact(at("He chose the player over two others.", 2))).toEqual(want(2, undefined, undefined, "others", "count"));
  });

  it("a person before the bound, a unit of time after a number word: 'The man over three days walked home.'", () => {
    expect(exact(at("The man over three days walked home.", 3))).toEqual(want(3, undefined, "days", "days", "duration"));
  });

  it("things, no people, before a bound in words: 'Scores under five were dropped.'", () => {
    expect(listed("Scores under five were dropped.")[0]?.[1]).not.toBe("age");
  });

  it("a team's word after a bound in words is no grade: 'to get a game under one manager'", () => {
    expect(listed("If you are not going to get a game under one manager, you look for another.").map(([, t]) => t)).not.toContain("age");
  });

  it("'over' before a team's word is no grade: 'won over 19 international caps'", () => {
    expect(listed("He won over 19 international caps.")[0]?.[1]).toBe("count");
  });
});
