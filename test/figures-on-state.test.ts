// on-state.ts: a time "on" a bare noun of a state ("on sale", "on strike", "on loan") is the time spent in it, with
// the name after "in"/"at" that says where; it was labelled by its unit alone (labels62's left-over 'days on sale in …').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const labelOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.label;

describe("a time spent in a state said 'on NOUN'", () => {
  it("fronted, a place: 'After ten days on sale in Japan, the console had sold 500,000 units'", () => {
    const text = "After ten days on sale in Japan, the console had sold 500,000 units.";
    expect(exact(at(text, 10))).toEqual(want(10, undefined, "days", "days on sale in Japan", "duration"));
  });

  it("a strike, no place: 'After three weeks on strike, the drivers returned'", () => {
    expect(labelOf("After three weeks on strike, the drivers returned.", 3)).toBe("weeks on strike");
  });

  it("a loan, 'at' a club: 'He scored twice in four months on loan at Leeds'", () => {
    expect(labelOf("He scored twice in four months on loan at Leeds.", 4)).toBe("months on loan at Leeds");
  });

  it("near miss: the noun heads a compound ('The debate ran for two hours on air quality')", () => {
    expect(labelOf("The debate ran for two hours on air quality.", 2)).toBe("hours");
    // (A bare past before the "for" is said as its participle when nothing else names the time: bare-past.ts.)
    expect(labelOf("She had talked for three hours on sale prices.", 3)).toBe("hours talked");
  });

  it("a finished doing 'in' the time keeps its reading: 'The console sold a million units in three days on sale …'", () => {
    const text = "The console sold a million units in three days on sale in the US.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, "days", "days to sell a million units", "duration"));
  });

  it("near miss: a doing that is no finishing keeps the state ('She scored twice in four months on loan at Leeds')", () => {
    expect(labelOf("She scored twice in four months on loan at Leeds.", 4)).toBe("months on loan at Leeds");
    expect(labelOf("The band played 40 gigs in six weeks on tour in Spain.", 6)).toBe("weeks on tour in Spain");
  });

  it("a purpose after the state stays: 'He was given six months on leave to appeal'", () => {
    const text = "He was given six months on leave to appeal.";
    expect(exact(at(text, 6))).toEqual(want(6, undefined, "months", "months on leave to appeal", "duration"));
  });

  it("near miss: 'to' a place is no purpose ('The striker spent two weeks on loan to Leeds')", () => {
    expect(labelOf("The striker spent two weeks on loan to Leeds.", 2)).toBe("weeks on loan");
    expect(labelOf("He was given six months on leave.", 6)).toBe("months on leave");
  });

  it("near miss: a purpose whose words past the verb no label holds keeps the state ('to stay at home')", () => {
    expect(labelOf("He was given six months on bail to stay at home.", 6)).toBe("months on bail");
    expect(labelOf("He was given 14 days on bail to find a lawyer.", 14)).toBe("days on bail");
  });
});
