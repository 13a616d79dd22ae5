// Readings found wrong in card audit 20's sample N (docs/audits/card-audit-20.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on N, so N's after-figure is fitted and the next fresh sample measures them.
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

describe("'a quarter of' is read as 'a fifth of' is, and a share of an '&' initialism is labelled by it (N's missed key figure)", () => {
  it("'as many as a quarter of A&E visits', with no other number in the sentence: 0.25 — A&E visits", () => {
    expect(exactOnly("The shambolic situation is responsible for as many as a quarter of A&E visits, the researchers say.")).toEqual({
      value: 0.25,
      qualifier: "as many as",
      unit: undefined,
      label: "A&E visits",
      type: "other",
    });
  });

  it("'A quarter of adults', alone: 0.25 — adults, as 'A fifth of adults' gives 0.2 — adults", () => {
    expect(exactOnly("A quarter of adults are obese.")).toEqual({ value: 0.25, qualifier: undefined, unit: undefined, label: "adults", type: "other" });
  });

  it("'a fifth of A&E visits': the initialism is one word, not the article 'A' and a stray 'E'", () => {
    expect(exactOnly("The shambolic situation is responsible for as many as a fifth of A&E visits, the researchers say.")).toEqual({
      value: 0.2,
      qualifier: "as many as",
      unit: undefined,
      label: "A&E visits",
      type: "other",
    });
  });
});
