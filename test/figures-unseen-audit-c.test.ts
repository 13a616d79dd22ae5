// Readings found wrong in card audit 9's sample C (docs/audits/card-audit-10.md: cnndm-dev and dev-bbc articles no gold
// was read for), each the general construction behind it as a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("'in the region of', 'in the order of' hedge an amount like 'about' and are never what it counts", () => {
  it("'for a fee in the region of £12million': the fee", () => {
    expect(at("The Switzerland international joined the Italians in January for a fee in the region of £12million.", 12e6)).toMatchObject({ display: "in the region of £12million", qualifier: "in the region of", unit: "GBP", type: "money", label: "fee" });
    // "somewhere" before it is part of the hedge (was "worth").
    expect(at("Promotion is worth somewhere in the region of £120million.", 120e6)).toMatchObject({ qualifier: "somewhere in the region of", unit: "GBP", type: "money", label: "promotion" });
  });
});
