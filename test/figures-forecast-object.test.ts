// "Kestrel Partners expects 6 million units while Rowan Research forecasts 20 million": a count that is the object of
// a named subject's verb of forecasting is that subject's forecast, not a tally of units (forecast-object.ts;
// card-audit-53's made-up shape 7: both read '— units').
import { describe, expect, it } from "vitest";
import { exact, find, figs, labelOf, want } from "#test/helpers/figures.ts";

describe("a named forecaster's count says whose forecast it is", () => {
  it("'Marlow Securities expects 3 million headsets while Quay Analytics forecasts 11 million.': both forecasts, each its forecaster", () => {
    const found = figs("Marlow Securities expects 3 million headsets while Quay Analytics forecasts 11 million.");
    expect(exact(find(found, 3e6))).toEqual(want(3e6, undefined, undefined, "headsets forecast by Marlow Securities", "count"));
    expect(exact(find(found, 11e6))).toEqual(want(11e6, undefined, undefined, "headsets forecast by Quay Analytics", "count"));
  });
  it("'Pinecrest predicted about 900 stores by the end of the decade.'", () => {
    expect(labelOf("Pinecrest predicted about 900 stores by the end of the decade.", 900)).toBe("stores forecast by Pinecrest");
  });
});

describe("near misses keep their labels", () => {
  it("'Analysts expect 3 million headsets this year.': no named forecaster", () => {
    expect(labelOf("Analysts expect 3 million headsets this year.", 3e6)).toBe("headsets");
  });
  it("'Brightwater expects 70,000 visitors to attend the fair.': what the visitors will do is the forecast", () => {
    expect(labelOf("Brightwater expects 70,000 visitors to attend the fair.", 70000)).not.toMatch(/forecast by/);
  });
  it("'Harbour Trust estimates 4,000 seals live on the coast.': an estimate of what there is, no forecast", () => {
    expect(labelOf("Harbour Trust estimates 4,000 seals live on the coast.", 4000)).not.toMatch(/forecast by/);
  });
  it("'Marlow Securities sold 3 million headsets.': no verb of forecasting", () => {
    expect(labelOf("Marlow Securities sold 3 million headsets.", 3e6)).not.toMatch(/forecast/);
  });
});
