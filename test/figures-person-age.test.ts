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
