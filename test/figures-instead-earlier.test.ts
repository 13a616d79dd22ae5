// instead-earlier.ts: an amount "instead of" or "rather than" another said with an earlier time is the level the first
// moved from, shown '(from 24)' beside it, not a second duration of its unit alone (card audit 48's shape 11: 'ran
// their spring discounts for just ten days instead of 24 days last year' → '24 — days').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const earlier = (text: string, value: number) => listed(text).find((f) => f.value === value)?.previous;

describe("an earlier level after 'instead of' or 'rather than'", () => {
  it("a duration, 'last year': 'Shops ran their spring discounts for just ten days instead of 24 days last year'", () => {
    const text = "Shops ran their spring discounts for just ten days instead of 24 days last year.";
    expect(exact(at(text, 10))).toEqual(want(10, "just", "days", "days running their spring discounts", "duration"));
    expect(earlier(text, 10)).toBe(24);
  });

  it("a count, 'this year … last year': 'The market had 120 stalls this year instead of 300 stalls last year'", () => {
    expect(earlier("The market had 120 stalls this year instead of 300 stalls last year.", 120)).toBe(300);
  });

  it("'rather than', 'a year earlier': 'The crossing took 40 minutes rather than 25 minutes a year earlier'", () => {
    expect(earlier("The crossing took 40 minutes rather than 25 minutes a year earlier.", 40)).toBe(25);
  });

  it("near miss: no earlier time, a choice ('He chose to pay over 12 months instead of 24 months')", () => {
    expect(earlier("He chose to pay over 12 months instead of 24 months.", 12)).toBeUndefined();
  });

  it("near miss: a year may date both ('The team played 30 games instead of 38 games in 2020')", () => {
    expect(earlier("The team played 30 games instead of 38 games in 2020 because of the pandemic.", 30)).toBeUndefined();
  });

  it("near miss: 'previously' before a participle dates a plan ('12 new stores instead of 8 previously planned')", () => {
    const text = "The board approved 12 new stores instead of 8 previously planned.";
    expect(exact(at(text, 12))).toEqual(want(12, undefined, undefined, "new stores", "count"));
    expect(earlier(text, 12)).toBeUndefined();
  });

  it("near miss: another unit is no earlier level ('Tickets sold out in ten minutes instead of 2 hours last year')", () => {
    const text = "Tickets sold out in ten minutes instead of 2 hours last year.";
    expect(exact(at(text, 10))).toEqual(want(10, undefined, "minutes", "minutes to sell out", "duration"));
    expect(earlier(text, 10)).toBeUndefined();
  });

  it("near miss: 'last month' dates the news ('The council approved 200 homes instead of 300 last month')", () => {
    const text = "The council approved 200 homes instead of 300 last month.";
    expect(exact(at(text, 200))).toEqual(want(200, undefined, undefined, "homes", "count"));
    expect(earlier(text, 200)).toBeUndefined();
    expect(earlier("The shop sold 120 bikes this month instead of 300 last month.", 120)).toBe(300);
  });

  it("a future, 'last year': 'The council will hire 200 staff instead of 300 last year' is 200 from last year's 300", () => {
    const text = "The council will hire 200 staff instead of 300 last year.";
    expect(exact(at(text, 200))).toEqual(want(200, undefined, undefined, "staff", "count"));
    expect(earlier(text, 200)).toBe(300);
  });

  it("a future, 'last month': a time ahead cannot be last month ('will stock 50 bikes instead of 80 last month')", () => {
    expect(earlier("The shop will stock 50 bikes instead of 80 last month.", 50)).toBe(80);
    // (A future after the period dates no side: the plan was still cut last month.)
    expect(earlier("The council approved 200 homes instead of 300 last month and work will start soon.", 200))
      .toBeUndefined();
  });

  it("near miss: a 'will' not the first side's verb's dates no side ('The mayor, who will stand down, …')", () => {
    const text = "The mayor, who will stand down in May, approved 200 homes instead of 300 last month.";
    expect(exact(at(text, 200))).toEqual(want(200, undefined, undefined, "homes", "count"));
    expect(earlier(text, 200)).toBeUndefined();
    expect(earlier("Ministers will be asked why the council approved 200 homes instead of 300 last month.", 200))
      .toBeUndefined();
    expect(earlier("Under his will, £200 went to the cat instead of £300 last month.", 200)).toBeUndefined();
    expect(earlier("Traders will say the market had 120 stalls rather than 300 last month.", 120)).toBeUndefined();
    // (An auxiliary between the "will" and its verb keeps the future: "will be paid".)
    expect(earlier("Staff will be paid £30 instead of £25 last month.", 30)).toBe(25);
    // (An adverb between the "will" and its verb keeps the future: "will only charge".)
    expect(earlier("Next month the gym will only charge £30 instead of £25 last month.", 30)).toBe(25);
  });
});
