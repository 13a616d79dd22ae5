// saw-change.ts: "saw its sales rise by a third", "had their risk of headaches cut by a third": the amount is a change
// in the object of the verb of seeing or having, not 'rise in sales rise' nor '— headaches'.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const part = (value: number, label: string) => want(value, undefined, undefined, label, "other");
const pct = (value: number, label: string) => want(value, undefined, "%", label, "percent");

describe("a verb of seeing or having, its object and a bare verb of change 'by' an amount", () => {
  it("'The album saw its sales rise by a third on the back of the song' → rise in sales", () => {
    expect(exact(at("The album saw its sales rise by a third on the back of the song.", 0.333))).toEqual(part(0.333, "rise in sales"));
  });

  it("'Those who ate breakfast had their risk of headaches cut by a third' → cut in risk of headaches", () => {
    const text = "Those who ate breakfast had their risk of headaches cut by a third.";
    expect(exact(at(text, 0.333))).toEqual(part(0.333, "cut in risk of headaches"));
  });

  it("'The shop saw its takings fall by 20% after the roadworks began' → fall in takings", () => {
    expect(exact(at("The shop saw its takings fall by 20% after the roadworks began.", 20))).toEqual(pct(20, "fall in takings"));
  });

  it("'Councils have had their budgets slashed by 40% since 2010' → cut in budgets", () => {
    expect(exact(at("Councils have had their budgets slashed by 40% since 2010.", 40))).toEqual(pct(40, "cut in budgets"));
  });

  it("near miss: no verb of seeing, 'Prices rose by 5%' → rise in prices, as before", () => {
    expect(exact(at("Prices rose by 5%.", 5))).toEqual(pct(5, "rise in prices"));
  });
});
