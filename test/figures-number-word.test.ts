// "number" read as what a count counts: a chart's "number one" (number-one.ts) and the verb "number" (number-verb.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("a chart's 'number one' is one noun", () => {
  it("'including three number ones': number ones, not a count of numbers", () => {
    expect(labelOf("The group have had six top ten hits, including three number ones, since 2010.", 3)).toBe("number ones");
  });
  it("'two number one albums' and 'the 900th number one'", () => {
    expect(exactOnly("The band scored two number one albums.")).toEqual(want(2, undefined, undefined, "number one albums", "count"));
    expect(exactOnly("The single could become the 900th number one in chart history.")?.label).toBe("number one");
  });
  it("'the 999th number one' is a place in the chart, not the 999 line dialled", () => {
    expect(exactOnly("The song is now the 999th number one in chart history.")).toEqual(want(999, undefined, undefined, "number one", "ordinal"));
  });
  it("near miss: 'numbers one and five' is a count of numbers", () => {
    expect(labelOf("Two numbers one and five were drawn.", 2)).toBe("numbers");
  });
});

describe("the verb 'number' counts its subject", () => {
  it("'the staff, who number at least 100': staff, not 'number'", () => {
    expect(exactOnly("She interviewed the staff, who number at least 100, about their work.")).toEqual(want(100, "at least", undefined, "staff", "count"));
  });
  it("'Its members number about 4,000', 'The crew numbers 40': the subject", () => {
    expect(exactOnly("Its members number about 4,000.")).toEqual(want(4000, "about", undefined, "members", "count"));
    expect(exactOnly("The crew numbers 40.")?.label).toBe("crew");
  });
  it("near miss: a noun after the count is what it counts ('number about 4,000 households')", () => {
    expect(exactOnly("Its members number about 4,000 households.")?.label).toBe("households");
  });
});
