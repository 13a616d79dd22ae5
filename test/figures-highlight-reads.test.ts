// Numbers CNN/DailyMail journalists quote in their highlights that nutgraf missed, misread or left with no label
// (`npx tsx scripts/figures-highlights.ts --half tune`): each test a one-sentence repro of one general cause, with the
// exact figure expected, each shown to fail with its fix reverted.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("parent-of.ts: a parent named by how many children they have", () => {
  it("'The father-of-eight was jailed' counts children (was: the compound never read)", () => {
    expect(exact(at("The father-of-eight was jailed for 21 months.", 8))).toEqual({ value: 8, qualifier: undefined, unit: undefined, label: "children", type: "count" });
  });
  it("'the single mother of six' counts children (was: 'six' with no label, no candidate)", () => {
    expect(exact(at("People have praised the unemployed single mother of six for going to the mall.", 6))).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "children", type: "count" });
  });
});
