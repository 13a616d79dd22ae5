// A firm's "Name & Name" inside a phrase a preposition opens: the head before the preposition is what changed, not the
// words after the "&" (ampersand-owner.ts; card-audit-49's made-up shape 14).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("'HEAD on former NAME & NAME NOUNs … from N to M': the head", () => {
  it("'Monthly fees on legacy Bell & Howard broadband contracts will rise from £20 to £24.': head and name", () => {
    expect(exact(at("Monthly fees on legacy Bell & Howard broadband contracts will rise from £20 to £24.", 24))).toEqual({ value: 24, qualifier: undefined, unit: "GBP", label: "monthly fees on Bell & Howard", type: "money" });
  });
  it("'Bonus rates on the former Acme Mutual & Provident policies were cut from 5% to 3%.': too long with the name", () => {
    expect(exact(at("Bonus rates on the former Acme Mutual & Provident policies were cut from 5% to 3%.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "%", label: "bonus rates", type: "percent" });
  });
  it("'Annual dividend payments on old Crown Life & General pension plans will fall from 4% to 2.5% next year.'", () => {
    expect(exact(at("Annual dividend payments on old Crown Life & General pension plans will fall from 4% to 2.5% next year.", 2.5))).toEqual({ value: 2.5, qualifier: undefined, unit: "%", label: "annual dividend payments", type: "percent" });
  });
  it("'Interest on savings held in the former Penn Trust & Loan accounts will drop from 3% to 1.5%.': over 'held in'", () => {
    expect(exact(at("Interest on savings held in the former Penn Trust & Loan accounts will drop from 3% to 1.5%.", 1.5))).toEqual({ value: 1.5, qualifier: undefined, unit: "%", label: "interest", type: "percent" });
  });
});

describe("near misses", () => {
  it("'Interest on Lloyds savings accounts will drop from 2% to 1%.': no '&', read as before", () => {
    expect(exact(at("Interest on Lloyds savings accounts will drop from 2% to 1%.", 1))).toEqual({ value: 1, qualifier: undefined, unit: "%", label: "interest", type: "percent" });
  });
  it("'The merger of Standard & Poor's and Moody's would create a firm worth $40bn.': the label after the verb", () => {
    expect(exact(at("The merger of Standard & Poor's and Moody's would create a firm worth $40bn.", 4e10))).toEqual({ value: 4e10, qualifier: undefined, unit: "USD", label: "firm", type: "money" });
  });
});

describe("a 'Name & Name' firm with no preposition before it keeps its label, the name said whole", () => {
  it("'Marks & Spencer shares fell 3%.' → fall in Marks & Spencer shares (was 'fall in Spencer shares')", () => {
    const want = { value: 3, qualifier: undefined, unit: "%", label: "fall in Marks & Spencer shares", type: "percent" };
    expect(exact(at("Marks & Spencer shares fell 3%.", 3))).toEqual(want);
  });
  it("near miss: a label without the words after the '&' is left ('Marks & Spencer said sales rose 4%.')", () => {
    expect(exact(at("Marks & Spencer said sales rose 4%.", 4))?.label).toBe("rise in sales");
  });
  it("near miss: a capitalised opener or date is no part of the name ('After Marks & Spencer fell 3%, …')", () => {
    const want = { value: 3, qualifier: undefined, unit: "%", label: "fall in Marks & Spencer", type: "percent" };
    expect(exact(at("After Marks & Spencer fell 3%, the index rose.", 3))).toEqual(want);
    expect(exact(at("But Marks & Spencer fell 3%.", 3))?.label).toBe("fall in Marks & Spencer");
    expect(exact(at("Yesterday Marks & Spencer fell 3%.", 3))?.label).toBe("fall in Marks & Spencer");
    expect(exact(at("On Monday Marks & Spencer fell 3%.", 3))?.label).toBe("fall in Marks & Spencer");
    // (A preposition's first name is a place: "In London Marks & Spencer".)
    expect(exact(at("In London Marks & Spencer fell 3%.", 3))?.label).toBe("fall in Marks & Spencer");
  });
});
