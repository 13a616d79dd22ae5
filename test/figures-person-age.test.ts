// "the third soldier was 19": a bare number after a copula whose subject is a singular person is the person's age (type.ts'
// ageSaid), for every person a toll or an arrest names (one.ts' PERSON, a singular of lexicon.ts' PEOPLE), not only
// PERSON_NOUNS' family words. An age is off the card.
import { describe, expect, it } from "vitest";
import { exact, at, listed, typedList, want } from "#test/helpers/figures.ts";

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

describe("BD shape 7: an age limit whose clause runs on into the next clause's verb (age-clause-end.ts), said of a plural person noun", () => {
  it.each([
    // Was 'over 21 — sons', a count on the card.
    ["The study showed that nearly two-thirds of mothers whose sons are over 21 still have a son living with them.", "over 21"],
    ["Parents whose daughters are under 12 often pay more for travel.", "under 12"],
    ["Men who are over 50 should get checked every year.", "over 50"],
    ["Her brothers are over 30.", "over 30"],
  ])("'%s': %s is an age, off the card", (text, display) => {
    expect(typedList(text).find(([d]) => d === display)).toEqual([display, "age", false]);
  });

  it.each([
    // A noun after the number is what it counts; a verb in -ing may run on inside its phrase.
    ["The fans who were 3,000 strong sang all night.", 3000],
    ["Players who were 3 points clear are now behind.", 3],
    ["Protesters who were 300 marching down the road sang.", 300],
    // An adverb with no verb after it ends nothing.
    ["The boys were 10 ahead of the field.", 10],
  ])("near miss: '%s' is no age", (text, value) => {
    expect(listed(text).find((n) => n.value === value)?.type).not.toBe("age");
  });
});
