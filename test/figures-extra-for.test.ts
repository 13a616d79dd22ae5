// "an extra £N a PERIOD (– aside –) for PEOPLE": a rate said as an extra is extra for whoever the "for" names, not
// its period alone (card audit 51, sample AS's made-up shape 3: '£640 — a month').
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

const pounds = (value: number, label: string) => want(value, undefined, "GBP", label, "money");

describe("extra-for.ts: an extra rate is extra for the noun after its 'for'", () => {
  it("'It comes to an extra £310 a week – £2,100 rather than £1,790 – for carers who work nights, the union says.'", () => {
    // Was '£310 — a week'.
    const text = "It comes to an extra £310 a week – £2,100 rather than £1,790 – for carers who work nights, the union says.";
    expect(exact(at(text, 310))).toEqual(pounds(310, "extra a week for carers"));
  });
  it("'Staff get an additional £85 a month for each child who boards.' → extra a month for each child", () => {
    expect(exactOnly("Staff get an additional £85 a month for each child who boards.")).toEqual(pounds(85, "extra a month for each child"));
  });
  it("near miss: 'It comes to an extra £310 a week, according to the union.' → a week, as before (no 'for')", () => {
    expect(exactOnly("It comes to an extra £310 a week, according to the union.")).toEqual(pounds(310, "a week"));
  });
});
