// "in cash" after an amount says how it was paid; the purpose after it says what the money was (cash-purpose.ts;
// card-audit-49's made-up shape 7).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const money = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("'£N in cash to/for/on X': the purpose, not 'cash'", () => {
  it("'She paid the builder £4,000 in cash to finish the roof.'", () => {
    expect(exactOnly("She paid the builder £4,000 in cash to finish the roof.")).toEqual(money(4000, "GBP", "payment to finish the roof"));
  });
  it("'The landlord offered tenants $2,000 in cash to leave early.'", () => {
    expect(exactOnly("The landlord offered tenants $2,000 in cash to leave early.")).toEqual(money(2000, "USD", "offer to leave early"));
  });
  it("'Fans paid £60 in cash for tickets at the gate.': 'for'", () => {
    expect(exactOnly("Fans paid £60 in cash for tickets at the gate.")).toEqual(money(60, "GBP", "payment for tickets"));
  });
  it("'The council spent $8,000 in cash on new uniforms for the band.': 'on'", () => {
    expect(exactOnly("The council spent $8,000 in cash on new uniforms for the band.")).toEqual(money(8000, "USD", "spending on new uniforms"));
  });
});

describe("near misses", () => {
  it("'Police found £12,000 in cash in the boot of the car.': no purpose; the cash is what was found", () => {
    expect(exactOnly("Police found £12,000 in cash in the boot of the car.")).toEqual(money(12000, "GBP", "cash"));
  });
  it("'She paid the builder £4,000 to finish the roof.': no 'in cash', read as before", () => {
    expect(exactOnly("She paid the builder £4,000 to finish the roof.")).toEqual(money(4000, "GBP", "payment to finish the roof"));
  });
});
