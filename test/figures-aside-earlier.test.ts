// "In all there have been 64 recorded outbreaks in 2026 - worryingly 7 in the past fortnight - compared to 81 last
// year": the earlier level is the year's whole's, not the aside's recent part's (card audit 57, sample AY's value
// error, made up: '7 — recorded outbreaks (from 81)').
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("dash-aside.ts closedAside: an amount in a closed dash aside takes no earlier level", () => {
  const text = "Vets logged 52 cases of mange this spring - alarmingly 9 in the past week - compared with 70 last spring.";
  it(`'${text}' → 52 from 70, 9 from nothing`, () => {
    expect(at(text, 52).previous).toBe(70);
    expect(at(text, 9).previous).toBeUndefined();
  });
  it("near miss: dashes that close before the amount leave it the earlier level's: 'Profits - the firm said - were £75m, compared with £125m a year earlier.' → from £125m", () => {
    expect(at("Profits - the firm said - were £75m, compared with £125m a year earlier.", 75_000_000).previous).toBe(125_000_000);
  });
  it("near miss: a gloss after the amount is no aside it stands in: 'Sales hit £75m - a record - compared with £125m a year earlier.' → from £125m", () => {
    expect(at("Sales hit £75m - a record - compared with £125m a year earlier.", 75_000_000).previous).toBe(125_000_000);
  });
});
