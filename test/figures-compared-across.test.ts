// An amount after 'compared with/to' said of other people ("… who …") or another party ("… to overseas buyers") is a
// rival's, not the level the first moved from (compared-across.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const withPrevious = (text: string, value: number) => {
  const f = at(text, value);
  return { ...exact(f), previous: f.previous };
};

describe("compared with another group's or party's amount", () => {
  it("'Some 58% of drivers backed the plan, compared with 30% who opposed it.': no earlier 30%", () => {
    expect(withPrevious("Some 58% of drivers backed the plan, compared with 30% who opposed it.", 58)).toEqual({ value: 58, qualifier: "some", unit: "%", label: "drivers backed plan", type: "percent", previous: undefined });
  });
  it("'Car sales at home reached £12.4bn, compared with £9.8bn to overseas buyers.': no earlier £9.8bn", () => {
    expect(withPrevious("Car sales at home reached £12.4bn, compared with £9.8bn to overseas buyers.", 12.4e9)).toEqual({ value: 12.4e9, qualifier: undefined, unit: "GBP", label: "car sales", type: "money", previous: undefined });
  });
});

describe("compared with another thing's count", () => {
  it("'Stores sold 41,000 e-readers, compared with 36,000 paper diaries.': no earlier 36,000", () => {
    expect(withPrevious("Stores sold 41,000 e-readers, compared with 36,000 paper diaries.", 41000).previous).toBeUndefined();
  });
});

describe("near misses", () => {
  it("'Dealers sold 5,000 cars, compared with 4,000 cars last year.': the same noun keeps the earlier level", () => {
    expect(withPrevious("Dealers sold 5,000 cars, compared with 4,000 cars last year.", 5000).previous).toBe(4000);
  });
  it("'Profits were £75m, compared with £125m to the end of March last year.': a time after 'to' keeps the earlier level", () => {
    expect(withPrevious("Profits were £75m, compared with £125m to the end of March last year.", 75e6).previous).toBe(125e6);
  });
});
