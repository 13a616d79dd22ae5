// Money a verb of putting moves "into" a thing is labelled by that thing, not by the clause's subject, a giver (card
// audit 41's '— Denmark', one of two givers joining up; made-up sentences).
import { describe, expect, it } from "vitest";
import { exact, at, want } from "#test/helpers/figures.ts";

describe("put-into.ts: money put, poured or ploughed into a thing is labelled by the thing", () => {
  it("'Oxfam and Denmark are joining up to put an extra £0.4bn into a fund for clean water' → fund for clean water (not: Denmark)", () => {
    expect(exact(at("Oxfam and Denmark are joining up to put an extra £0.4bn into a fund for clean water.", 400e6))).toEqual(want(400e6, undefined, "GBP", "fund for clean water", "money"));
  });

  it("'Sweden and the Wellcome Trust will put £0.2bn into the scheme' → scheme (not: Wellcome Trust)", () => {
    expect(exact(at("Sweden and the Wellcome Trust will put £0.2bn into the scheme.", 200e6))).toEqual(want(200e6, undefined, "GBP", "scheme", "money"));
  });

  it("'The firm will pour a further €50m (£40m) into research' → research, past the bracketed conversion", () => {
    expect(exact(at("The firm will pour a further €50m (£40m) into research.", 50e6))).toEqual(want(50e6, undefined, "EUR", "research", "money"));
  });
});
