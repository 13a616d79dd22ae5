// A share that opens its clause and is the subject of a verb right after it is labelled by what the clause says it
// does (share-doing.ts): behind a fronted "From a birth certificate to the deeds to a car," it took the aside's last
// noun ('— car', the thirty-fifth round's made-up shape).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf } from "#test/helpers/figures.ts";

describe("share-doing.ts: a share that is its clause's subject is labelled by its verb phrase", () => {
  it("'From passports to wills, just six per cent keep a copy in the cloud.' → keep copy in cloud (not: wills)", () => {
    expect(exact(at("From passports to wills, just six per cent keep a copy in the cloud.", 6))).toEqual({ value: 6, qualifier: "just", unit: "%", label: "keep copy in cloud", type: "percent" });
  });

  it("'Sales rose, but 12% fell in March.': a verb of falling is no doing; the share is a fall", () => {
    expect(labelOf("Sales rose, but 12% fell in March.", 12)).not.toMatch(/^fell/);
  });
});
