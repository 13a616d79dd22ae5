// Readings found wrong in card audit 16's sample J (docs/audits/card-audit-16.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on J, so J's after-figure is fitted and the next fresh sample measures them.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("'-plus' after an amount says more than it (J: '£30 — m-plus bid', a value error)", () => {
  it("'test Liverpool with a £30m-plus bid': more than £30m, a bid", () => {
    expect(exact(at("It is expected Chelsea will test Liverpool with a £30m-plus bid in the summer.", 30000000))).toEqual({ value: 30000000, qualifier: "more than", unit: "GBP", label: "bid", type: "money" });
  });
});

describe("a small number before 'figure(s)' says how many digits an amount has (J: 'six-figure — figures', junk)", () => {
  it("'quit his comfortable six-figure job': no figure", () => {
    expect(figs("He quit his comfortable six-figure job to follow his dreams of being an entrepreneur.")).toEqual([]);
  });
});
