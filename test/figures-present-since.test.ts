// present-since.ts: a time after an event that opens its sentence, its main clause told in the present, is the time
// since the event ('years since the flood'), not a time point after it (card audit 48's shape 9, a strict fault).
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const labelOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.label;

describe("a fronted time after an event, told in the present", () => {
  it("'say': 'Six years after the flood, engineers say the river banks cannot yet be built on'", () => {
    const text = "Six years after the flood, engineers say the river banks cannot yet be built on.";
    expect(exact(at(text, 6))).toEqual(want(6, undefined, "years", "years since the flood", "duration"));
  });

  it("a participle before the subject's noun: 'Ten months after the fatal crash, the two wrecked trains remain …'", () => {
    expect(labelOf("Ten months after the fatal crash, the two wrecked trains remain in the depot.", 10)).toBe("months since the fatal crash");
  });

  it("'has', weeks: 'Three weeks after the election, the new cabinet has still not met'", () => {
    expect(labelOf("Three weeks after the election, the new cabinet has still not met.", 3)).toBe("weeks since the election");
  });

  it("a hedge, 'is': 'Just five years after the merger, the firm is worth twice as much'", () => {
    const text = "Just five years after the merger, the firm is worth twice as much.";
    expect(exact(at(text, 5))).toEqual(want(5, "just", "years", "years since the merger", "duration"));
  });

  it("near miss: told in the past, a time point ('Two days after the crash, investigators found the black box')", () => {
    expect(labelOf("Two days after the crash, investigators found the black box.", 2)).toBe("days after the crash");
  });

  it("near miss: not fronted ('The town was rebuilt six years after the flood, and it is thriving')", () => {
    expect(labelOf("The town was rebuilt six years after the flood, and it is thriving.", 6)).not.toContain("since");
  });

  it("'has' an auxiliary: 'Five years after the merger, the firm has doubled its sales'", () => {
    expect(labelOf("Five years after the merger, the firm has doubled its sales.", 5)).toBe("years since the merger");
  });

  it("'are' and '-ing': 'Four days after the quake, rescuers are pulling survivors from the rubble'", () => {
    expect(labelOf("Four days after the quake, rescuers are pulling survivors from the rubble.", 4)).toBe("days since the quake");
  });

  // A present told of every case or of later (review of round 42): what is done after the event, not the time since it.
  it("near miss: a passive of a procedure ('Two weeks after the first dose, patients are given a second injection')", () => {
    const text = "Two weeks after the first dose, patients are given a second injection.";
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "weeks", "weeks after the first dose", "duration"));
  });

  it("near miss: a plan ('Six months after the election, the president is due to visit Paris')", () => {
    expect(labelOf("Six months after the election, the president is due to visit Paris.", 6)).toBe("months after the election");
  });

  it("near miss: a rule ('Three days after the surgery, most patients are able to walk')", () => {
    expect(labelOf("Three days after the surgery, most patients are able to walk.", 3)).toBe("days after the surgery");
  });

  it("near miss: 'have' owning ('Thirty days after the purchase, customers have the right to a refund')", () => {
    expect(labelOf("Thirty days after the purchase, customers have the right to a refund.", 30)).toBe("days after the purchase");
  });

  it("near miss: a habitual present ('Two hours after sunrise, the temperature is usually above 30C')", () => {
    const text = "Two hours after sunrise, the temperature is usually above 30C.";
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "hours", "hours after sunrise", "duration"));
  });
});
