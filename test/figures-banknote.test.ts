// Money before a plural of banknotes names the note's denomination, no sum (banknote.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a banknote's denomination", () => {
  it("\"Detectives found a holdall of $50 bills, a wig and a fake passport.\": which note, no sum", () => {
    expect(typedList("Detectives found a holdall of $50 bills, a wig and a fake passport.")).toEqual([["$50", "identifier", false]]);
  });
  it("\"The groom was showered with £20 notes at the party.\"", () => {
    expect(typedList("The groom was showered with £20 notes at the party.")).toEqual([["£20", "identifier", false]]);
  });
  it("\"Customs seized €500 notes worth £2m at the port.\": the haul's worth stays", () => {
    expect(exactOnly("Customs seized €500 notes worth £2m at the port.")).toMatchObject({ value: 2e6, unit: "GBP", type: "money" });
  });
  it("\"A stash of 500-euro bank notes lay in the boot.\": a currency word, \"bank notes\" spaced", () => {
    expect(typedList("A stash of 500-euro bank notes lay in the boot.")).toEqual([["500-euro", "identifier", false]]);
  });
});

describe("dollar bills held", () => {
  it("\"The ransom was paid in $20 bills.\": 'in' before the amount, which note", () => {
    expect(typedList("The ransom was paid in $20 bills.")).toEqual([["$20", "identifier", false]]);
  });
});

describe("near misses", () => {
  it("\"Families faced $100 bills for ambulance rides.\": a dollar's bills are invoices unless held in or of them", () => {
    expect(exactOnly("Families faced $100 bills for ambulance rides.")).toEqual(want(100, undefined, "USD", "bills", "money"));
  });
  it("\"The boy took a £5 note from her purse.\": one note is the sum itself", () => {
    expect(exactOnly("The boy took a £5 note from her purse.")).toEqual(want(5, undefined, "GBP", "note", "money"));
  });
  it("\"Tenants face £100 bills for the repairs.\": a pound's bills are invoices", () => {
    expect(exactOnly("Tenants face £100 bills for the repairs.")).toMatchObject({ value: 100, unit: "GBP", type: "money" });
  });
  it("\"The bank sold $500 million notes to investors.\": debt, no denomination", () => {
    expect(exactOnly("The bank sold $500 million notes to investors.")).toMatchObject({ value: 5e8, unit: "USD", type: "money" });
  });
  it("\"He was paid $70 notes apiece.\": no value a note is printed in", () => {
    expect(exactOnly("He was paid $70 notes apiece.")).toMatchObject({ value: 70, unit: "USD", type: "money" });
  });
});
