// A subject that is a tally ("the number of …", "the amount stolen", "the total rescued") names nothing itself; the
// amount it reaches is labelled by what the tally is of, and a span said inside the subject lends it no unit
// (tally-subject.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("the number of X … was N → X, a count, not a span", () => {
  it("'The number of patients waiting for more than six hours was 3,212.' → 3,212 — patients waiting more than six hours, no unit", () => {
    expect(exact(at("The number of patients waiting for more than six hours was 3,212.", 3212))).toEqual(want(3212, undefined, undefined, "patients waiting more than six hours", "count"));
  });

  it("'Last month, the number of drivers stopped for over two days was 48.' → 48 — drivers stopped over two days (a clause after a comma)", () => {
    expect(exact(at("Last month, the number of drivers stopped for over two days was 48.", 48))).toEqual(want(48, undefined, undefined, "drivers stopped over two days", "count"));
  });

  it("'The number of flats built in the city is expected to reach 90,000.' → 90,000 — flats built in the city (over a raising verb)", () => {
    expect(at("The number of flats built in the city is expected to reach 90,000.", 90_000).label).toBe("flats built in the city");
  });
});

describe("the level left behind is the same tally's", () => {
  it("'The number waiting over 12 months also fell from 7,613 to 6,630.' → 6,630 — number waiting over 12 months", () => {
    expect(at("The number waiting over 12 months also fell from 7,613 to 6,630.", 6630).label).toBe("number waiting over 12 months");
  });
});

describe("a tally named by its participle keeps it: the amount stolen, the total rescued, the number sold", () => {
  it("'The landlord said that the amount stolen - £31,500 - had been repaid.' → £31,500 — amount stolen", () => {
    expect(exact(at("The landlord said that the amount stolen - £31,500 - had been repaid.", 31_500))).toEqual(want(31_500, undefined, "GBP", "amount stolen", "money"));
  });

  it("'The total evacuated since Monday has now reached 6,120.' → 6,120 — total evacuated since Monday (a participle the tagger may call a noun)", () => {
    expect(at("The total evacuated since Monday has now reached 6,120.", 6120).label).toBe("total evacuated since Monday");
  });

  it("'Worldwide, the number shipped will reach 240 million.' → 240 million — number shipped", () => {
    expect(at("Worldwide, the number shipped will reach 240 million.", 240_000_000).label).toBe("number shipped");
  });

  it("'Neighbours suspected the amount taken in one year was closer to £9,000.' → amount taken in one year (a clause opened by a verb)", () => {
    expect(at("Neighbours suspected the amount taken in one year was closer to £9,000.", 9000).label).toBe("amount taken in one year");
  });

  it("'The total rescued since Sunday has now reached 2,150.' → total rescued since Sunday (the tagger calls the participle a noun)", () => {
    expect(at("The total rescued since Sunday has now reached 2,150.", 2150).label).toBe("total rescued since Sunday");
  });
});

describe("near misses: no tally subject of the amount", () => {
  it("'The number of people waiting was high and 7,434 calls were logged.' → calls, the count's own noun", () => {
    expect(at("The number of people waiting was high and 7,434 calls were logged.", 7434).label).toBe("calls");
  });

  it("'A number of people waiting for four hours were given 20 vouchers.' → vouchers: 'a number of' is 'several'", () => {
    expect(at("A number of people waiting for four hours were given 20 vouchers.", 20).label).toBe("vouchers");
  });

  it("'New figures put jobs at 41 million, taking the number of people employed to 38.9 million.' → the verb's object keeps its own label", () => {
    expect(at("New figures put jobs at 41 million, taking the number of people employed to 38.9 million.", 38_900_000).label).not.toBe("people");
  });

  it("'The number of hours lost to strikes was 3,000 hours.' → an amount with its own unit after it keeps it", () => {
    const f = at("The number of hours lost to strikes was 3,000 hours.", 3000);
    expect([f.type, f.unit]).toEqual(["duration", "hours"]);
  });

  it("'Police said in the amount stolen had reached £500.' → a tally after a preposition opens no clause", () => {
    expect(at("Police said in the amount stolen had reached £500.", 500).label).not.toBe("amount stolen");
  });

  it("'The number of people waiting was 7,434 patients.' → patients: a count's own noun stays", () => {
    expect(at("The number of people waiting was 7,434 patients.", 7434).label).toBe("patients");
  });

  it("'The number of staff, including 40 doctors, was 300.' → a subject broken by an aside is not read as one", () => {
    expect(at("The number of staff, including 40 doctors, was 300.", 300).label).not.toContain("including");
  });

  it("'The total was 5,000.' → no participle, no 'of': the tally stays as it was read", () => {
    expect(at("The total was 5,000.", 5000).label).toBe("total");
  });

  it("'The number in Wales has reached 5,000.' → no participle, no 'of': the tally stays as it was read", () => {
    expect(at("The number in Wales has reached 5,000.", 5000).label).toBe("number");
  });

  it("'A number sold has reached 5,000.' → 'a number' is no tally subject", () => {
    expect(at("A number sold has reached 5,000.", 5000).label).not.toBe("number sold");
  });
});
