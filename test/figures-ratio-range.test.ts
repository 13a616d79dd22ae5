// A ratio whose whole is a range ("one in 160,000 to 200,000 births") is one share; its second end is no count
// (ratio-range.ts).
import { describe, expect, it } from "vitest";
import { at, listed } from "#test/helpers/figures.ts";

describe("a ratio's whole said as a range", () => {
  it("'one in 5 to 10 adults' → a share from a tenth to a fifth of adults, no count of 10 adults", () => {
    const f = at("One in 5 to 10 adults smoke.", 0.1);
    expect({ value: f.value, valueMax: f.valueMax, label: f.label, type: f.type, display: f.display }).toEqual({ value: 0.1, valueMax: 0.2, label: "adults smoke", type: "other", display: "One in 5 to 10" });
    expect(listed("One in 5 to 10 adults smoke.").map((n) => n.value)).not.toContain(10);
  });

  it("'one in 160,000 to 200,000 births': the second end is the ratio's, no count of births", () => {
    const list = listed("It occurs in around one in 160,000 to 200,000 births.");
    expect(list.map((n) => n.value)).not.toContain(200000);
    expect(list.map((n) => n.display)).toContain("around one in 160,000 to 200,000");
  });

  it("near miss: a smaller number after 'to' is no range of the whole ('One in 5 to 3 adults')", () => {
    expect(listed("One in 5 to 3 adults smoke.").map((n) => n.display)).toContain("One in 5");
  });

  it("near miss: a number after another noun is a count of its own ('One in five adults and 10 children')", () => {
    expect(at("One in five adults and 10 children smoke.", 10).type).toBe("count");
  });

  it("near miss: a number after another word is no second end ('One in 5 in 2010 smoked')", () => {
    expect(listed("One in 5 in 2010 smoked.").map((n) => n.display)).not.toContain("One in 5 in 2010");
  });
});
