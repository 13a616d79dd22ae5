// A bracketless menu line "Dish, side and side £N" prices its dish, the words before the first comma, not the last
// garnish the nearest noun phrase was; a clause with a verb is no menu line.
// Each a one-sentence repro with the exact figures.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const money = (display: string, value: number, label: string) => ({ display, value, qualifier: undefined, unit: "GBP", label, type: "money" });

describe("a bracketless menu line", () => {
  it("'Risotto of Wild Mushroom, Sage Butter and Parmesan Crisp £9.25': the risotto, not the crisp", () => {
    expect(exact("Risotto of Wild Mushroom, Sage Butter and Parmesan Crisp £9.25.")).toEqual([money("£9.25", 9.25, "Risotto of Wild Mushroom")]);
  });

  it("'Smoked Mackerel Pate, Beetroot Relish, Warm Toast £5.75': the first item of a comma list is the dish", () => {
    expect(exact("Smoked Mackerel Pate, Beetroot Relish, Warm Toast £5.75.")).toEqual([money("£5.75", 5.75, "Smoked Mackerel Pate")]);
  });
});
