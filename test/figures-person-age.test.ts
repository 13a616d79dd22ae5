// "the third soldier was 19": a bare number after a copula whose subject is a singular person is the person's age (type.ts'
// ageSaid), for every person a toll or an arrest names (one.ts' PERSON, a singular of lexicon.ts' PEOPLE), not only
// PERSON_NOUNS' family words. An age is off the card.
import { describe, expect, it } from "vitest";
import { exact, at, typedList, want } from "#test/helpers/figures.ts";

describe("a person's age after a copula", () => {
  it.each([
    // Was '19 — third soldier', a count on the card.
    ["A third soldier was killed, and the army said the third soldier was 19.", "19"],
    ["Police said the driver is 45.", "45"],
    ["The refugee was 17 when she arrived.", "17"],
  ])("'%s': %s is an age", (text, display) => {
    expect(typedList(text).find(([d]) => d === display)).toEqual([display, "age", false]);
  });

  it("near miss: 'In the end the vote was 19.': 19 — vote, a tally (votes are no persons)", () => {
    expect(exact(at("In the end the vote was 19.", 19))).toEqual(want(19, undefined, undefined, "vote", "count"));
  });
});

describe("all of a person's years, said of nothing else, are their life: an age (card-audit-54's made-up shape 6)", () => {
  it.each([
    // Was '3 — years', a span on the card.
    ["'For all of his three years, the boy was kept indoors,' the court heard.", "three"],
    ["For all her six years, she had never seen a doctor.", "six"],
  ])("'%s': %s is an age", (text, display) => {
    expect(typedList(text).find(([d]) => d === display)).toEqual([display, "age", false]);
  });
  it("near misses: the years at a place, or without 'all'", () => {
    expect(exact(at("For all of his 30 years at the mill, he never missed a shift.", 30))).toEqual(want(30, undefined, "years", "years at mill", "duration"));
    expect(typedList("In his three years, the club won nothing.").find(([d]) => d === "three")).toEqual(["three", "duration", true]);
  });
});
