// A span with an adjective before its unit is read as its unit alone for what it was spent doing (described-span.ts;
// AK shape 7, the 36th round's fault list: '31 — unbroken years').
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("described-span.ts: 'for 31 unbroken years' is spent as 'for 31 years' is", () => {
  it("'She chaired the board for 31 unbroken years' → years chairing the board", () => {
    expect(exact(at("She chaired the board for 31 unbroken years.", 31))).toEqual(duration(31, "years", "years chairing the board"));
  });

  it("the adjective kept when the clause names nothing: 'They had 10 good years together' → good years", () => {
    expect(at("They had 10 good years together.", 10).label).toBe("good years");
  });

  it("near miss: a light year is a length, no span ('12 billion light years away' keeps 'light years')", () => {
    expect(at("The ring, located 12 billion light years away, is an illusion.", 12e9).label).toBe("light years");
  });
});
