// A change and the level it reached, said "VERB N to M" or "a N% rise in X to M" (card-audit-46's made-up shapes: 'Its
// shares gained 6p to 702p' read as the range 0.06–702 GBP; 'climbed 12 cents or about 2% in early dealing to $6.40' gave
// 'about 2% — early dealing' and '$6.40 — early'; 'a 31% rise in yearly profits to $9.4bn' and 'lift its final payout
// by 20% to 12 cents' left the level without its change). True ranges stay ranges.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { figs, listed } from "#test/helpers/figures.ts";

/** What these tests pin of a figure: value, upper end, qualifier, unit, label, type and change. */
const pin = (f: KeyFigure | undefined) =>
  f && { value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type, change: f.change };
const money = (value: number, unit: string, label: string, change?: KeyFigure["change"]) =>
  ({ value, valueMax: undefined, qualifier: undefined, unit, label, type: "money", change });
/** The card's figures of a sentence, pinned, in the card's order by value. */
const card = (text: string) => figs(text).map(pin).sort((a, b) => (a?.value ?? 0) - (b?.value ?? 0));
const up = (value: number): KeyFigure["change"] => ({ value, unit: "%", direction: "up" });
const down = (value: number): KeyFigure["change"] => ({ value, unit: "%", direction: "down" });

describe("a verb of change, N 'to' M: a change and its level, not a range", () => {
  it("'Its shares gained 6p to 702p' → 6p, rise in shares; 702p, shares", () => {
    expect(card("Its shares gained 6p to 702p.")).toEqual([money(0.06, "GBP", "rise in shares"), money(7.02, "GBP", "shares")]);
  });

  it("'Oil futures fell $2.86 to $41.32 on Monday' → $2.86, fall in oil futures; $41.32, oil futures", () => {
    expect(card("Oil futures fell $2.86 to $41.32 on Monday.")).toEqual([money(2.86, "USD", "fall in oil futures"), money(41.32, "USD", "oil futures")]);
  });

  it("'Turnover rose by $7.2bn to $170.8bn, the group said' → the change and the level", () => {
    expect(card("Turnover rose by $7.2bn to $170.8bn, the group said.")).toEqual([money(7.2e9, "USD", "rise in turnover"), money(170.8e9, "USD", "turnover")]);
  });

  it("'The claimant count fell 11,000 to 813,200 last month' → two counts, neither a range nor an earlier level", () => {
    const rows = listed("The claimant count fell 11,000 to 813,200 last month.").map((n) => [n.value, n.valueMax, n.previous, n.candidate]);
    expect(rows).toEqual([[11000, undefined, undefined, true], [813200, undefined, undefined, true]]);
  });

  it("keeps true ranges: 'Sales rose 6 to 8 per cent', 'between 6 and 8 per cent', 'Profits fell £20m to £30m'", () => {
    expect(figs("Sales rose 6 to 8 per cent.").map((f) => [f.value, f.valueMax])).toEqual([[6, 8]]);
    expect(figs("Prices rose between 6 and 8 per cent.").map((f) => [f.value, f.valueMax])).toEqual([[6, 8]]);
    expect(figs("Profits fell £20m to £30m, analysts said.").map((f) => [f.value, f.valueMax])).toEqual([[20e6, 30e6]]);
    expect(figs("Tickets cost $20 to $300.").map((f) => [f.value, f.valueMax])).toEqual([[20, 300]]);
  });

  it("keeps 'from 6p to 702p' a move from an earlier level", () => {
    expect(card("The shares went from 6p to 702p.")).toEqual([{ ...money(7.02, "GBP", "shares"), change: undefined }]);
    expect(figs("The shares went from 6p to 702p.")[0]?.previous).toBe(0.06);
  });
});

describe("money 'or' a percent is one change said twice, not a range", () => {
  it("'Shares fell 30 cents or 4% to $7.10' → 30 cents, fall in shares; $7.10 (down 4%), shares", () => {
    expect(card("Shares fell 30 cents or 4% to $7.10.")).toEqual([money(0.3, "USD", "fall in shares"), money(7.1, "USD", "shares", down(4))]);
  });

  it("'the brewer's share price climbed 12 cents or about 2% in early dealing to $6.40' → the level carries the 2%", () => {
    expect(card("However, the brewer's share price climbed 12 cents or about 2% in early dealing to $6.40.")).toEqual([
      money(0.12, "USD", "rise in brewer's share price"),
      money(6.4, "USD", "brewer's share price", up(2)),
    ]);
  });

  it("'The carmaker's stock fell 30p, or almost 3%, in afternoon trade to 990p' → with commas too", () => {
    expect(card("The carmaker's stock fell 30p, or almost 3%, in afternoon trade to 990p.")).toEqual([
      money(0.3, "GBP", "fall in carmaker's stock"),
      money(9.9, "GBP", "carmaker's stock", down(3)),
    ]);
  });
});

describe("a change noun, 'in' what changed, 'to' the level: the level carries the change", () => {
  it("'Ardent has reported a 31% rise in yearly profits to $9.4bn' → $9.4bn (up 31%), yearly profits", () => {
    expect(card("Steelmaker Ardent has reported a 31% rise in yearly profits to $9.4bn, helped by demand.")).toEqual([money(9.4e9, "USD", "yearly profits", up(31))]);
  });

  it("'The firm announced a 9 per cent drop in operating profit to 2.1bn euros' → down 9%, operating profit", () => {
    expect(card("The firm announced a 9 per cent drop in operating profit to 2.1bn euros.")).toEqual([money(2.1e9, "EUR", "operating profit", down(9))]);
  });

  it("leaves 'a 5% rise in sales to retailers' alone: no amount after its 'to'", () => {
    expect(card("It expects a 5% rise in sales to retailers, worth $3m.").map((f) => f?.change)).toEqual([undefined, undefined]);
  });
});

describe("'lift' and 'raise' are verbs of rising", () => {
  it("'Ardent will lift its final payout by 20% to 12 cents' → 12 cents (up 20%), final payout", () => {
    expect(card("Ardent will lift its final payout by 20% to 12 cents.")).toEqual([money(0.12, "USD", "final payout", up(20))]);
  });

  it("'The board will raise the dividend by 10% to 30p' → 30p (up 10%), dividend", () => {
    expect(card("The board will raise the dividend by 10% to 30p.")).toEqual([money(0.3, "GBP", "dividend", up(10))]);
  });
});
