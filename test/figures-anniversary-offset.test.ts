// anniversary-offset.ts: a time counted to or from an anniversary says whose ("days before the fire's 10th
// anniversary"), not its unit alone (card audit 48's shape 10: 'three — days', the event's phrase cut at its number).
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const labelOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.label;

describe("a time counted to or from an anniversary", () => {
  it("a relative clause, 'before': 'The concert, which was held three days before the 10th anniversary of the fire, …'", () => {
    const text = "The concert, which was held three days before the 10th anniversary of the fire, raised money for the victims.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, "days", "days before the fire's 10th anniversary", "duration"));
  });

  it("fronted, 'ahead of', a hedge: 'Held just four days ahead of the 50th anniversary of the strike, the rally …'", () => {
    const text = "Held just four days ahead of the 50th anniversary of the strike, the rally drew a big crowd.";
    expect(exact(at(text, 4))).toEqual(want(4, "just", "days", "days before the strike's 50th anniversary", "duration"));
  });

  it("'after', a plural event: 'The film opens five days after the 25th anniversary of the riots'", () => {
    expect(labelOf("The film opens five days after the 25th anniversary of the riots.", 5)).toBe("days after the riots' 25th anniversary");
  });

  it("near miss: an event too long for the card's label is left as before ('12 days after the 30th anniversary of the miners strike')", () => {
    expect(labelOf("The museum reopened 12 days after the 30th anniversary of the miners strike.", 12)).toBe("days later");
  });

  it("near miss: the event's noun heads an 'of' phrase ('five days before the 100th anniversary of the end of the war')", () => {
    const text = "He died five days before the 100th anniversary of the end of the war.";
    expect(exact(at(text, 5))).toEqual(want(5, undefined, "days", "days", "duration"));
    expect(labelOf("She died three weeks before the 10th anniversary of the death of her husband.", 3)).toBe("weeks");
  });
});

describe("a span compounded with a milestone or mark of an event: the time since it (card-audit-54's made-up shape 6)", () => {
  it("'the grim 18-month milestone of the hostages being seized' → months since hostages seized", () => {
    // Was '18-month — milestone'.
    expect(exact(at("Relatives gathered on Sunday to mark the grim 18-month milestone of the hostages being seized.", 18))).toEqual(want(18, undefined, "months", "months since hostages seized", "duration"));
  });
  it("'passed the 100-day mark of the strike' → days since strike", () => {
    expect(exact(at("The dockers passed the 100-day mark of the strike on Friday.", 100))).toEqual(want(100, undefined, "days", "days since strike", "duration"));
  });
  it("near misses: no event after 'of', or the event's noun heads an 'of' phrase", () => {
    expect(labelOf("They marked their 10-year wedding anniversary in Rome.", 10)).toBe("wedding anniversary");
    expect(labelOf("Veterans marked the 70-year anniversary of the end of the war.", 70)).toBe("anniversary");
  });
});
