// A speaker named right after an "of"-framed amount with no comma is who said it, not what it counts
// (speaker-after.ts; card-audit-49's made-up shape 9).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const pct = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });

describe("'of N% NAME said': the frame noun, not the speaker", () => {
  it("'That meant a yearly return of 6% Norbank said.'", () => {
    expect(exactOnly("That meant a yearly return of 6% Norbank said.")).toEqual(pct(6, "yearly return"));
  });
  it("'Profits settled at an annual margin of 12% Hartley said.'", () => {
    expect(exactOnly("Profits settled at an annual margin of 12% Hartley said.")).toEqual(pct(12, "annual margin"));
  });
  it("'The bank pencilled in growth of 2.5% Anna Kowalski added.': a two-word name and 'added'", () => {
    expect(exactOnly("The bank pencilled in growth of 2.5% Anna Kowalski added.")).toEqual(pct(2.5, "growth"));
  });
  it("'By then arrears had reached a default rate of 9% Fitch told investors.': 'told'", () => {
    expect(exactOnly("By then arrears had reached a default rate of 9% Fitch told investors.")).toEqual(pct(9, "default rate"));
  });
});

describe("near misses", () => {
  it("'This came to a monthly interest rate of 5%, Lindqvist said.': with the comma, as before", () => {
    expect(exactOnly("This came to a monthly interest rate of 5%, Lindqvist said.")).toEqual(pct(5, "monthly interest rate"));
  });
  it("'This works out at an average rise of 4% the council said.': no name, as before", () => {
    expect(exactOnly("This works out at an average rise of 4% the council said.")).toEqual(pct(4, "average rise"));
  });
});
