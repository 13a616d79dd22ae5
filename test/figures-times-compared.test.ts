// "N times" before "as many", "as much", "the" or an owner's noun phrase is a multiple of what follows, labelled by it
// ("produced four times as many offspring" → times as many offspring), not by the verb before it as a count of times
// done would be ('times produced'); a frequency keeps its verb (times-compared.ts, times-done.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a multiple after a past: what it multiplies", () => {
  it("'produced four times as many offspring' → four — times as many offspring", () => {
    expect(exact(at("The fish produced four times as many offspring in six months as other fish.", 4))).toEqual(want(4, undefined, undefined, "times as many offspring", "other"));
  });

  it("a noun phrase after 'the' and its 'of': 'produced five times the amount of gold' → times the amount of gold", () => {
    expect(exact(at("The mine produced five times the amount of gold it did last year.", 5))?.label).toBe("times the amount of gold");
  });

  it("an owner's noun phrase: 'earned ten times their normal wages' → times their normal wages", () => {
    expect(exact(at("Her workers earned ten times their normal wages.", 10))?.label).toBe("times their normal wages");
  });
  it("'as much' and its noun: 'earned ten times as much money as before' → times as much money", () => {
    expect(exact(at("Players earned ten times as much money as before.", 10))?.label).toBe("times as much money");
  });

  it("an 'of' the card's label cannot hold is left out: 'three times the annual gold output of the largest Welsh mines'", () => {
    expect(exact(at("It produced three times the annual gold output of the largest Welsh mines.", 3))?.label).toBe("times the annual gold output");
  });
});

describe("near misses: how often the verb was done", () => {
  it("a time after 'that' is how often in it: 'visited three times that week' → times visited", () => {
    expect(exact(at("He visited three times that week.", 3))?.label).toBe("times visited");
  });

  it("a time after 'the' is how often in it: 'fined five times the same week' → times fined", () => {
    expect(exact(at("She was fined five times the same week.", 5))?.label).toBe("times fined");
  });

  it("a time after an owner is how often in it: 'scored four times his first season' → times scored", () => {
    expect(exact(at("He scored four times his first season at the club.", 4))?.label).toBe("times scored");
  });

  it("'as' before a clause is no 'as many': 'was stopped five times as he walked home' → times stopped", () => {
    expect(exact(at("He was stopped five times as he walked home.", 5))?.label).toBe("times stopped");
  });

  it("a frequency's end: 'was capped 25 times.' → times capped", () => {
    expect(exact(at("He was capped 25 times.", 25))?.label).toBe("times capped");
  });
});
