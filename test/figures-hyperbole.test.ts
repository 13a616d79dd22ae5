// A round "a hundred", "a thousand" or "a million" in a figure of speech is no figure (card audit 21's sample O:
// 'Not in a million years …' reached a card as 'a million — years', junk); the same words that count stay figures.
// So is '100 per cent' as an intensifier ('the absolutely one hundred per cent right manager'), while '100 per cent
// of their savings' stays a share (intensifier.ts).
import { describe, expect, it } from "vitest";
import { at, exact, figs, one } from "#test/helpers/figures.ts";

describe("figures of speech are no figures", () => {
  it.each([
    "Not in a million years would John Terry have gone down in the same way.",
    "I think it's not a million miles away.",
    "My heart has been in a million pieces since.",
    "I have told him a thousand times.",
  ])("%s → no figure", (text) => {
    expect(figs(text)).toEqual([]);
  });
});

describe("the same words that count stay figures", () => {
  it("'Apple will sell a million watches' → a million — watches", () => {
    expect(exact(one("Apple will sell a million watches in its first weekend."))).toEqual({ value: 1_000_000, qualifier: undefined, unit: undefined, label: "watches", type: "count" });
  });

  it("'The probe flew a million miles' → a million miles, a distance flown", () => {
    expect(exact(one("The probe flew a million miles."))).toMatchObject({ value: 1_000_000, unit: "miles", type: "measure" });
  });

  it("'It happened a thousand times in 2014' → a thousand times: the clause goes on", () => {
    expect(one("It happened a thousand times in 2014.").value).toBe(1000);
  });

  it("'over about a million years' and 'for a million years' are durations still", () => {
    expect(one("The layer formed over about a million years.").value).toBe(1_000_000);
    expect(one("Humans have lived there for a million years.").value).toBe(1_000_000);
  });

  it("'in one million years' (not 'a') is a figure", () => {
    expect(one("The star will collapse in one million years.").value).toBe(1_000_000);
  });
});

describe("'100 per cent' as an intensifier is no figure; as a share it stays one", () => {
  it("'the absolutely one hundred per cent right manager' says how right, a share of nothing", () => {
    expect(figs("The club needs the absolutely one hundred per cent right manager for next season.").filter((f) => f.value === 100)).toEqual([]);
  });

  it("'100 per cent commitment, nothing distracts him' says how hard he works, a share of nothing", () => {
    expect(figs("'He trains like it is a final, 100 per cent commitment, nothing distracts him.'")).toEqual([]);
  });

  it("'100 per cent of their savings' is still a share", () => {
    expect(exact(at("The couple lost 100 per cent of their savings in the crash.", 100))).toEqual({
      value: 100, qualifier: undefined, unit: "%", type: "percent", label: "share of savings lost",
    });
  });
});
