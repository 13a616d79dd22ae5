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

  it("near miss: a habitual present ('Two hours after sunrise, the temperature is usually above 30C')", () => {
    const text = "Two hours after sunrise, the temperature is usually above 30C.";
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "hours", "hours after sunrise", "duration"));
  });
});
