// A count before two adjectives joined by "and" counts the noun after them, not the first adjective (card-audit-46's
// made-up shape 1: 'three tall and narrow towers' → 'three — tall'; coordinated-adjective.ts, as with a comma).
import { describe, expect, it } from "vitest";
import { exact, labelOf, listed, want } from "#test/helpers/figures.ts";

describe("a count before 'ADJ and ADJ NOUN' is labelled by the noun phrase", () => {
  it("'The crane uses three tall and narrow towers to lift the panels into place' → three, tall and narrow towers", () => {
    const [f] = listed("The crane uses three tall and narrow towers to lift the panels into place.");
    expect(exact(f)).toEqual(want(3, undefined, undefined, "tall and narrow towers", "count"));
  });

  it("'Each dredger carries four heavy and very rusty anchors on its bow' → four, heavy and very rusty anchors", () => {
    expect(labelOf("Each dredger carries four heavy and very rusty anchors on its bow, the harbour master said.", 4)).toBe("heavy and very rusty anchors");
  });

  it("leaves a clause after 'and' alone: 'The storm left 30 homeless and families were moved' → homeless", () => {
    expect(labelOf("The storm left 30 homeless and families were moved to schools.", 30)).toBe("homeless");
    expect(labelOf("A further 500 injured and hospitals were overwhelmed.", 500)).toBe("injured");
  });
});
