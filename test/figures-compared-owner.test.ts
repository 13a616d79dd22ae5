// An amount 'compared to' another owner's ("its rival's", "Labour's") is a comparison, not the level it moved from; a
// time's ("October's") is an earlier level (link.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const withPrevious = (text: string, value: number) => {
  const f = at(text, value);
  return { ...exact(f), previous: f.previous };
};

describe("compared to another owner's amount", () => {
  it("'The building houses 122 men, compared to Broadmoor's 210.': no earlier 210", () => {
    expect(withPrevious("The building houses 122 men, compared to Broadmoor's 210.", 122)).toEqual({ value: 122, qualifier: undefined, unit: undefined, label: "men", type: "count", previous: undefined });
  });
  it("'The party is on 34 per cent compared to Labour's 30 per cent.': no earlier 30 per cent", () => {
    expect(withPrevious("The party is on 34 per cent compared to Labour's 30 per cent.", 34).previous).toBeUndefined();
  });
});

describe("near misses", () => {
  it("'Mortgage lending rose by £4m in November, compared to October's £4.29m.': a time's amount is the earlier level", () => {
    expect(withPrevious("Mortgage lending rose by £4m in November, compared to October's £4.29m.", 4e6)).toEqual({ value: 4e6, qualifier: undefined, unit: "GBP", label: "mortgage lending", type: "money", previous: 4.29e6 });
  });
});
