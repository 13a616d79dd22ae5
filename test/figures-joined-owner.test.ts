// A count labelled only by the possessive of two joined names takes the whole name (joined-owner.ts): "Marks and
// Spencer's 300 will close by March" read '300 — Spencer's', a name no one owns.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("joined-owner.ts: 'X and Y's N' is the whole owner's", () => {
  it("'Procter and Gamble's 300 will close by March.' → 300 — Procter and Gamble's", () => {
    expect(exactOnly("Procter and Gamble's 300 will close by March.")).toEqual(count(300, "Procter and Gamble's"));
  });

  it("'Procter & Gamble's 300 will close by March.' → 300 — Procter & Gamble's", () => {
    expect(exactOnly("Procter & Gamble's 300 will close by March.")).toEqual(count(300, "Procter & Gamble's"));
  });

  it("near miss: 'Procter and Gamble's 300 plants will close by March.' → 300 — plants, its own noun", () => {
    expect(exactOnly("Procter and Gamble's 300 plants will close by March.")).toEqual(count(300, "plants"));
  });

  it("near miss: 'She trained in Leeds and raised £5,000 - all while working.' → raised: the word before is no possessive", () => {
    expect(exactOnly("She trained in Leeds and raised £5,000 - all while working.")?.label ?? "").not.toContain("Leeds");
  });
});
