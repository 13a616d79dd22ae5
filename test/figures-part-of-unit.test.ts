// A decimal part "of a kilo" or "of a pound" is a weight in kg or lb, no count (part-of-unit.ts; card-audit-49's
// made-up shape 11).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const weight = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "measure" });

describe("'VERBed 0.N of a kilo/pound': a weight", () => {
  it("'He dropped 0.4 of a pound in the last hour.'", () => {
    expect(exactOnly("He dropped 0.4 of a pound in the last hour.")).toEqual(weight(0.4, "lb", "weight lost"));
  });
  it("'The puppy gained 0.3 of a pound in its first week.': a gain", () => {
    expect(exactOnly("The puppy gained 0.3 of a pound in its first week.")).toEqual(weight(0.3, "lb", "weight gained"));
  });
  it("'Wrestlers must lose 0.8 of a kilo overnight, the coach said.'", () => {
    expect(exactOnly("Wrestlers must lose 0.8 of a kilo overnight, the coach said.")).toEqual(weight(0.8, "kg", "weight lost"));
  });
  it("'She shed three-quarters of a kilo in a week.': a part in words reads the same", () => {
    expect(exactOnly("She shed three-quarters of a kilo in a week.")).toEqual(weight(0.75, "kg", "weight lost"));
  });
  it("'The baby lost half of a pound in its first days.': 'half' in words, a verb of weight", () => {
    expect(exactOnly("The baby lost half of a pound in its first days.")).toEqual(weight(0.5, "lb", "weight lost"));
  });
  it("'The jockey was still 0.5 of a kilo over the limit.': no change verb, a weight", () => {
    expect(exactOnly("The jockey was still 0.5 of a kilo over the limit.")).toEqual(weight(0.5, "kg", "weight"));
  });
});

describe("near misses", () => {
  it("'The tank lost 0.3 of a litre overnight, the engineers found.': a lexicon unit, read as before", () => {
    expect(exactOnly("The tank lost 0.3 of a litre overnight, the engineers found.")).toEqual(weight(0.3, "litre", "litre lost"));
  });
  it("'She shed 0.6 kg in the sauna before the weigh-in.': a unit of its own, as before", () => {
    expect(exactOnly("She shed 0.6 kg in the sauna before the weigh-in.")).toEqual(weight(0.6, "kg", "weight shed"));
  });
  it("'The price rose by a third of a pound per litre.': a part in words with no verb of weight stays no weight", () => {
    expect(exactOnly("The price rose by a third of a pound per litre.")).toMatchObject({ value: 0.333, unit: undefined, type: "other" });
  });
  it("'Sterling dropped 0.7 of a pound against the euro.': a currency's rate, no weight; read as before", () => {
    const base = { value: 0.7, qualifier: undefined, unit: undefined, label: "pound", type: "count" };
    expect(exactOnly("Sterling dropped 0.7 of a pound against the euro.")).toEqual(base);
  });
  it("'The butcher charged 0.9 of a pound for each sausage.': no verb of weight, a pound may be money; as before", () => {
    const base = { value: 0.9, qualifier: undefined, unit: undefined, label: "pound charged", type: "count" };
    expect(exactOnly("The butcher charged 0.9 of a pound for each sausage.")).toEqual(base);
  });
  it("'The baby weighed 0.9 of a pound less than expected.': 'weighed' says weight", () => {
    expect(exactOnly("The baby weighed 0.9 of a pound less than expected.")).toEqual(weight(0.9, "lb", "weight"));
  });
});
