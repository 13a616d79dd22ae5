// A period noun after "this", "last" or "each" that closes a subject is a time said of it: "The death toll this week
// climbed to 30" → 30 — death toll, not 30 weeks (time-adverbial.ts, read by subject.ts's subjectBefore and verbSubject).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a time point closing a subject is said of it", () => {
  it("'The death toll this week climbed to 30' → 30 — death toll", () => {
    expect(exact(at("The death toll this week climbed to 30.", 30))).toEqual(want(30, undefined, undefined, "death toll", "count"));
  });

  it("'Exports this year rose to 30' → 30 — exports (a name the tagger calls the head counts too)", () => {
    expect(exact(at("Exports this year rose to 30.", 30))).toEqual(want(30, undefined, undefined, "exports", "count"));
  });

  it("'The death toll last week climbed to 30' → 30 — death toll", () => {
    expect(exact(at("The death toll last week climbed to 30.", 30))).toEqual(want(30, undefined, undefined, "death toll", "count"));
  });

  it("'The death toll this past week climbed to 30' → 30 — death toll (the period phrase ends on its noun)", () => {
    expect(exact(at("The death toll this past week climbed to 30.", 30))).toEqual(want(30, undefined, undefined, "death toll", "count"));
  });
});

describe("a time point closing the subject of a change's verb is said of it too (subject.ts's verbSubject)", () => {
  it("'Sales last year rose to £30m.' → £30m — sales, not the year", () => {
    expect(exact(at("Sales last year rose to £30m.", 30_000_000))).toEqual(want(30_000_000, undefined, "GBP", "sales", "money"));
  });

  it("'Economic growth this year is expected to be 4%.' → 4% — economic growth", () => {
    expect(exact(at("Economic growth this year is expected to be 4%.", 4))).toEqual(want(4, undefined, "%", "economic growth", "percent"));
  });

  it("near miss, no 'this' or 'last': 'The busiest week rose to £30m.' → the week's phrase is the subject", () => {
    expect(at("The busiest week rose to £30m.", 30_000_000).label).toBe("busiest week");
  });
});

describe("near misses: no time point after a noun", () => {
  it("'At the club this season ticket sales climbed to 30': a period word describing the next noun ends no subject", () => {
    expect(at("At the club this season ticket sales climbed to 30.", 30).label).toBe("season ticket sales");
  });

  it("'Ticket sales the week climbed to 30': no 'this', 'last' or 'each' before the period noun, the week is read", () => {
    expect(exact(at("Ticket sales the week climbed to 30.", 30))).toEqual(want(30, undefined, "week", "week", "duration"));
  });

  it("'Officials said this week climbed to 30': after a verb no noun phrase ends before 'this week'", () => {
    expect(exact(at("Officials said this week climbed to 30.", 30))).toEqual(want(30, undefined, "week", "week", "duration"));
  });
});
