// "anything from X to Y", "varied from X to Y": a span of estimates or values is a range, not a change from X to Y
// (read-range.ts); "rose from X to Y" stays a change.
import { describe, expect, it } from "vitest";
import { one } from "#test/helpers/figures.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";

const span = (f: KeyFigure) => ({ value: f.value, valueMax: f.valueMax, previous: f.previous, unit: f.unit, type: f.type, label: f.label });

describe("a span said with \"from … to\"", () => {
  it("\"Insurers think anything from £3million to £7million of jewellery was stolen.\": a range of estimates", () => {
    expect(span(one("Insurers think anything from £3million to £7million of jewellery was stolen."))).toEqual({ value: 3e6, valueMax: 7e6, previous: undefined, unit: "GBP", type: "money", label: "jewellery" });
  });
  it("\"Fees varied from $40 to $95 per visit.\": \"varied\" as \"varies\"", () => {
    expect(span(one("Fees varied from $40 to $95 per visit."))).toMatchObject({ value: 40, valueMax: 95, previous: undefined, unit: "USD", type: "money" });
  });
  it("\"The outage is lasting from 12 to 18 hours.\": a verb of lasting spans durations", () => {
    expect(span(one("The outage is lasting from 12 to 18 hours."))).toEqual({ value: 12, valueMax: 18, previous: undefined, unit: "hours", type: "duration", label: "hours" });
  });
  it("\"Each session lasts from two to three minutes.\": \"lasts\", ends in words", () => {
    expect(span(one("Each session lasts from two to three minutes."))).toMatchObject({ value: 2, valueMax: 3, previous: undefined, unit: "minutes", type: "duration" });
  });
  it("\"The stall sells everything from £2 to £200 lamps.\"", () => {
    expect(span(one("The stall sells everything from £2 to £200 lamps."))).toMatchObject({ value: 2, valueMax: 200, previous: undefined, unit: "GBP" });
  });
});

describe("near misses", () => {
  it("\"Takings rose from £3m to £7m last year.\": a change, the new level", () => {
    expect(span(one("Takings rose from £3m to £7m last year."))).toMatchObject({ value: 7e6, valueMax: undefined, previous: 3e6, unit: "GBP" });
  });
  it("\"The wait grew from 12 to 18 hours.\": a verb of change, no lasting, keeps the change", () => {
    expect(span(one("The wait grew from 12 to 18 hours."))).toMatchObject({ value: 18, valueMax: undefined, previous: 12, unit: "hours" });
  });
  it("\"Anything could happen as the fee went from £3m to £7m.\": \"anything\" too far back to span the pair", () => {
    expect(span(one("Anything could happen as the fee went from £3m to £7m."))).toMatchObject({ value: 7e6, previous: 3e6 });
  });
  it("\"The price of everything rose from 2% to 4% last year.\": \"everything\" is the change's subject, not a span", () => {
    expect(span(one("The price of everything rose from 2% to 4% last year."))).toMatchObject({ value: 4, valueMax: undefined, previous: 2, unit: "%", label: "price" });
  });
});
