// A thing named by its maker and model (model-name.ts; card audit 43, sample AK's made-up shape: '£2,200 — Makita XR').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("model-name.ts: a price of a thing named by its maker and model keeps the model and the thing", () => {
  it("'a £2,200 Makita XR480 saw' → Makita XR480 saw (was cut at the model number's digits)", () => {
    expect(exactOnly("The burglars bought a £2,200 Makita XR480 saw online.")).toEqual(want(2200, undefined, "GBP", "Makita XR480 saw", "money"));
  });

  it("a hyphened model number, after a price's 'for': 'paid £450 for a Bosch DD-150 drill'", () => {
    expect(exactOnly("He paid £450 for a Bosch DD-150 drill.")).toEqual(want(450, undefined, "GBP", "payment for a Bosch DD-150 drill", "money"));
  });

  it("a maker's name alone: the noun after it, though the tagger calls it a verb ('a £2,200 Makita saw online')", () => {
    expect(exactOnly("The burglars bought a £2,200 Makita saw online.")).toEqual(want(2200, undefined, "GBP", "Makita saw", "money"));
    expect(exactOnly("The police seized a £40,000 Rolex watch.")).toEqual(want(40000, undefined, "GBP", "Rolex watch", "money"));
  });

  it("near miss: a name that is a subject keeps its verb ('A £40,000 Rolex fell from the shelf')", () => {
    expect(labelOf("A £40,000 Rolex fell from the shelf.", 40000)).toBe("Rolex");
  });

  it("a count's noun keeps a model number glued to a name: '500 COVID-19 patients'", () => {
    expect(exactOnly("There were 500 COVID-19 patients in the hospital.")).toEqual(want(500, undefined, undefined, "COVID-19 patients", "count"));
  });
});
