// "N times" that multiplies what the words after it name is labelled by it, after a verb of losing, before "more" and
// its noun, or after no verb when "the X of Y" names the whole (times-multiple.ts); a bare multiple that names nothing
// stays off the card, and one no verb tells weighs less than a figure of the news.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

// A multiple is typed "other", as a growth multiple is, no count (multiple-type.ts).
const multiple = (value: number, label: string, qualifier?: string) => want(value, qualifier, undefined, label, "other");

describe("a multiple labelled by what it multiplies", () => {
  it("after a verb of losing: 'shed about 40 times the mass of the Earth' → times the mass of the Earth", () => {
    expect(exact(at("The young stars shed about 40 times the mass of the Earth every thousand years.", 40))).toEqual(multiple(40, "times the mass of the Earth", "about"));
  });

  it("'lost 40 times the amount of gold' → times the amount of gold", () => {
    expect(exact(at("The stars lost 40 times the amount of gold.", 40))).toEqual(multiple(40, "times the amount of gold"));
  });

  it("after a verb of losing, an owner's noun phrase: 'shed 40 times their own weight' → times their own weight", () => {
    expect(exact(at("The young stars shed 40 times their own weight every year.", 40))).toEqual(multiple(40, "times their own weight"));
  });

  it("after a past, 'the X of Y' once, not with the verb after it: 'produced five times the amount of gold'", () => {
    expect(exact(at("The mine produced five times the amount of gold.", 5))).toEqual(multiple(5, "times the amount of gold"));
  });

  it("before 'more' and a noun: 'received 12 times more in private donations' → times more in private donations", () => {
    expect(exact(at("The Tories received 12 times more in private donations than the Greens.", 12))).toEqual(multiple(12, "times more in private donations"));
  });

  it("before 'more of' and an article: 'received five times more of the prize money' → times more of the prize money", () => {
    expect(exact(at("Women received five times more of the prize money than men.", 5))).toEqual(multiple(5, "times more of the prize money"));
  });

  it("after a verb of losing, before 'more' and a noun: 'lost 14 times more in bad loans' → times more in bad loans", () => {
    expect(exact(at("The bank lost 14 times more in bad loans than its rival.", 14))).toEqual(multiple(14, "times more in bad loans"));
  });

  it("with no verb, 'the X of Y': 'is 70 times the mass of Jupiter' → times the mass of Jupiter", () => {
    expect(exact(at("The planet is 70 times the mass of Jupiter.", 70))).toEqual(multiple(70, "times the mass of Jupiter"));
  });
});

describe("near misses: nothing named, or a figure of the news first", () => {
  it("a bare multiple that names no whole stays off the card: 'is six times the size'", () => {
    expect(figs("The new home is six times the size.").map((f) => f.value)).not.toContain(6);
  });

  it("'more' with no noun after it keeps the verb: 'received 12 times more' → times received", () => {
    expect(exact(at("The Tories received 12 times more.", 12))).toEqual(multiple(12, "times received"));
  });

  it("an article after 'more' with no preposition opens a time, not what there is more of: 'received 12 times more this year' → times received", () => {
    expect(exact(at("The Tories received 12 times more this year.", 12))).toEqual(multiple(12, "times received"));
  });

  // Was 'times proved' until times-likely.ts named the doing a likelihood multiplies (card-audit-45's shape 9).
  it("'more likely to' compares how likely the doing is: 'proved seven times more likely to fall ill' → times likelier to fall ill", () => {
    expect(exact(at("Smokers proved seven times more likely to fall ill.", 7))).toEqual(multiple(7, "times likelier to fall ill"));
  });

  it("a multiple no verb tells ranks below the count of people after it", () => {
    const found = figs("The city is ten times the size of the town. Only 300 people live there.");
    expect(found.map((f) => f.value)).toEqual([300, 10]);
  });
});
