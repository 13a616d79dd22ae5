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
  it("'The agent was handed €7,500 in cash to keep quiet about the deal.': a passive giving verb", () => {
    expect(exactOnly("The agent was handed €7,500 in cash to keep quiet about the deal.")).toEqual(money(7500, "EUR", "payment to keep quiet"));
  });
});

describe("near misses", () => {
  it("'He offered a deal: $100 in cash on the spot or lessons.': 'on the spot' is no purpose; 'cash' as before", () => {
    expect(exactOnly("He offered her a deal: $100 in cash on the spot or daily lessons.")).toEqual(money(100, "USD", "cash"));
  });
  it("'Police found £12,000 in cash in the boot of the car.': no purpose; the cash is what was found", () => {
    expect(exactOnly("Police found £12,000 in cash in the boot of the car.")).toEqual(money(12000, "GBP", "cash"));
  });
  it("'She paid the builder £4,000 to finish the roof.': no 'in cash', read as before", () => {
    expect(exactOnly("She paid the builder £4,000 to finish the roof.")).toEqual(money(4000, "GBP", "payment to finish the roof"));
  });
  it("'Police seized £40,000 in cash to be used as evidence.': no verb of paying; 'cash' as before", () => {
    expect(exactOnly("Police seized £40,000 in cash to be used as evidence.")).toEqual(money(40000, "GBP", "cash"));
  });
  it("'Officers found £12,000 in cash to the rear of the property.': 'to' a place, no purpose", () => {
    expect(exactOnly("Officers found £12,000 in cash to the rear of the property.")).toEqual(money(12000, "GBP", "cash"));
  });
});
