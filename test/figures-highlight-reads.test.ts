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

describe("times-done.ts: 'N times' labelled by the verb done so often", () => {
  it("'after throwing up three times and going rigid' counts times throwing up (was: 'times' alone, dropped)", () => {
    expect(exact(at("He was airlifted to hospital after throwing up three times and going rigid in the bath.", 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "times throwing up", type: "count" });
  });
  it("'shared an astonishing 23 thousand times' counts times shared, past the words that judge it (was: dropped)", () => {
    expect(exact(at("The Facebook message has already been shared an astonishing 23 thousand times, taking the search further.", 23000))).toEqual({ value: 23000, qualifier: undefined, unit: undefined, label: "times shared", type: "count" });
  });
});

describe("type.ts: a unit of time glued to its digits is a duration, not an identifier", () => {
  it("'which lasts 3minutes' is 3 minutes of video (was: typed identifier, as '4G' is)", () => {
    expect(exact(at("The video, which lasts 3minutes, does not feature him.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "minutes", label: "minutes of video", type: "duration" });
  });
});

describe("unit-after.ts: a temperature's scale set apart from its digits", () => {
  it("'was 22.7 C (72.9 F)' is a temperature of 22.7 C (was: 'C' read as no unit, no figure)", () => {
    expect(exact(at("The highest temperature recorded by the Met Office yesterday was 22.7 C (72.9 F) in St James's Park.", 22.7))).toEqual({ value: 22.7, qualifier: undefined, unit: "c", label: "temperature", type: "measure" });
  });
  it("'reached over 600 °C' is a temperature (was: a count with no unit)", () => {
    expect(exact(at("The lava was extremely hot, reaching temperatures of over 600 °C.", 600))).toEqual({ value: 600, qualifier: "over", unit: "c", label: "temperatures", type: "measure" });
  });
});
