// A change "from X to Y" is one figure even when the old level's time stands between ("from £190,329 in November to
// £189,733 in December"), and what a change verb's object names is what moved ("reduced overall debt from … to …").
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const moved = (text: string) => figs(text).map((f) => ({ value: f.value, previous: f.previous, unit: f.unit, label: f.label }));

describe("the old level's time between it and 'to'", () => {
  it("'from £190,329 in November to £189,733 in December' → £189,733 from £190,329, average asking price", () => {
    const s = "The average asking price of a home fell by more than £600 from £190,329 in November to £189,733 in December.";
    expect(moved(s)).toContainEqual({ value: 189733, previous: 190329, unit: "GBP", label: "average asking price" });
    // The fall itself is no earlier level of anything.
    expect(figs(s).find((f) => f.value === 600)?.previous).toBeUndefined();
  });

  it("'rose from 5% in January to 7%' → 7% from 5%", () => {
    expect(moved("Unemployment rose from 5% in January to 7%.")).toEqual([{ value: 7, previous: 5, unit: "%", label: "unemployment" }]);
  });

  it("'from 102 in 2003 to 81' → 81 from 102", () => {
    expect(moved("Sales fell from 102 in 2003 to 81.")).toEqual([{ value: 81, previous: 102, unit: undefined, label: "sales" }]);
  });
});

describe("the object of the change verb is what moved", () => {
  it("'The board has reduced overall debt from £5.2m in February 2014 to £2.6m' → £2.6m from £5.2m, overall debt", () => {
    expect(moved("The board has reduced overall debt from £5.2m in February 2014 to £2.6m.")).toEqual([{ value: 2600000, previous: 5200000, unit: "GBP", label: "overall debt" }]);
  });

  it("'The club raised ticket prices from £20 to £25' → £25 from £20, ticket prices", () => {
    expect(moved("The club raised ticket prices from £20 to £25.")).toEqual([{ value: 25, previous: 20, unit: "GBP", label: "ticket prices" }]);
  });

  it("'cutting corporate tax from 30% to 29%' → 29% from 30%, corporate tax", () => {
    expect(moved("The budget offers tax cuts, cutting corporate tax from 30% to 29% for firms.")).toEqual([{ value: 29, previous: 30, unit: "%", label: "corporate tax" }]);
  });

  it("'The firm cut its workforce from 500 to 300' → 300 from 500, workforce (past its determiner)", () => {
    expect(moved("The firm cut its workforce from 500 to 300.")).toEqual([{ value: 300, previous: 500, unit: undefined, label: "workforce" }]);
  });

  it("'increase the number of mobile users from 95 million to 250 million' → mobile users, not 'number'", () => {
    expect(moved("The firm expects to increase the number of mobile users from 95 million to 250 million.")).toEqual([{ value: 250000000, previous: 95000000, unit: undefined, label: "mobile users" }]);
  });
});
