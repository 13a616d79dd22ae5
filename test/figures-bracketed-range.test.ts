// A money range whose ends carry bracketed conversions is one figure, as the range said without them is: "between $40
// (£26) and $90 a year" was read as $40 and $90 apart (the upper end labelled by its period), "from $40 (£26) to $90
// (£58)" lost its upper end (bracketed-range.ts, range-conversion.ts). A bracket after an earlier level ("rose from $5
// (£3) to $10") keeps the change the words without it say (link.ts).
import { describe, expect, it } from "vitest";
import { figs, listed, one } from "#test/helpers/figures.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";

/** What a range test pins: value, upper bound, qualifier, unit, label and type. */
const range = (f: KeyFigure) => ({ value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type });
const want = (value: number, valueMax: number | undefined, unit: string, label: string) => ({ value, valueMax, qualifier: undefined, unit, label, type: "money" });
/** Every number `--all` lists: display, value, unit, label, whether the card may hold it. */
const every = (text: string) => listed(text).map((n) => [n.display, n.value, n.unit, n.label, n.candidate]);

describe("a range with a bracketed conversion after its first end is one figure", () => {
  it("'cost between $40 (£26) and $90 a year' → $40 to $90, cost a year, as without the bracket", () => {
    expect(range(one("Season tickets cost between $40 (£26) and $90 a year."))).toEqual(want(40, 90, "USD", "cost a year"));
    expect(range(one("Season tickets cost between $40 and $90 a year."))).toEqual(want(40, 90, "USD", "cost a year"));
  });

  it("'cost between $40 (30 euros) and $90 a year': a bracket naming its money by a word is a conversion too", () => {
    expect(range(one("Season tickets cost between $40 (30 euros) and $90 a year."))).toEqual(want(40, 90, "USD", "cost a year"));
  });

  it("'ranging from between $120 (£80) and $300 (£200) a night' → $120 to $300, price a night", () => {
    expect(range(one("Hotels offer rooms at prices ranging from between $120 (£80) and $300 (£200) a night."))).toEqual(want(120, 300, "USD", "price a night"));
  });

  it("'range from $40 (£26) to $90 (£58)' keeps its upper end: $40 to $90, tickets range", () => {
    expect(range(one("Tickets range from $40 (£26) to $90 (£58)."))).toEqual(want(40, 90, "USD", "tickets range"));
  });

  it("'between £5 ($7) and £10 ($14)' → £5 to £10, the pound the range's money", () => {
    expect(range(one("Fares will be between £5 ($7) and £10 ($14) for the trip."))).toEqual(want(5, 10, "GBP", "for the trip"));
  });

  it("'worth from £5m ($7m) to £10m' → £5m to £10m, worth", () => {
    expect(range(figs("The deal is worth from £5m ($7m) to £10m over five years.")[0]!)).toEqual(want(5e6, 10e6, "GBP", "worth"));
  });

  it("'between $4 (£2.6) and $9 million': the first end takes the second's scale, as 'between $4 and $9 million' does", () => {
    expect(range(one("Bonuses will be between $4 (£2.6) and $9 million."))).toEqual(want(4e6, 9e6, "USD", "bonuses"));
    expect(range(one("Bonuses will be between $4 and $9 million."))).toEqual(want(4e6, 9e6, "USD", "bonuses"));
  });

  it("both conversions are kept as a single amount's are: listed under the range's label, never on the card", () => {
    expect(every("Tickets range from $40 (£26) to $90 (£58).")).toEqual([
      ["$40 (£26) to $90", 40, "USD", "tickets range", true],
      ["£26", 26, "GBP", "tickets range", false],
      ["£58", 58, "GBP", "tickets range", false],
    ]);
  });
});

describe("a square bracket holds a conversion as a round one does", () => {
  it("'cost between $10 [£6.50] and $15 [£9.80]' → $10 to $15, cost; both conversions kept off the card", () => {
    expect(range(one("Addresses usually cost between $10 [£6.50] and $15 [£9.80]."))).toEqual(want(10, 15, "USD", "cost"));
    expect(every("Season tickets cost between $40 [£26] and $90 a year.")).toEqual([
      ["$40 [£26] and $90", 40, "USD", "cost a year", true],
      ["£26", 26, "GBP", "cost a year", false],
    ]);
  });

  it("'spent $22,000 [£14,395] to secure his bride': one amount, labelled past its conversion", () => {
    expect(every("He spent $22,000 [£14,395] to secure his bride.")).toEqual([
      ["$22,000", 22000, "USD", "spending to secure his bride", true],
      ["£14,395", 14395, "GBP", "spending to secure his bride", false],
    ]);
  });

  it("near miss: a square bracket closed by a round one is no conversion ('$40 [£26) and $90')", () => {
    expect(figs("Season tickets cost between $40 [£26) and $90 a year.").map((f) => [f.value, f.valueMax])).toEqual([[40, undefined], [90, undefined]]);
  });
});

describe("near misses: no range", () => {
  it("'went up to $500 (£330) and $900': 'and' without 'between' joins two amounts", () => {
    expect(figs("Rents went up to $500 (£330) and $900 for others.").map(range)).toEqual([want(900, undefined, "USD", "for others"), { ...want(500, undefined, "USD", "rents"), qualifier: "up to" }]);
  });

  it("'between $40 (2010) and $90': a bracket that names no money is no conversion the range reads past", () => {
    expect(figs("Season tickets cost between $40 (2010) and $90 a year.").map((f) => [f.value, f.valueMax])).toEqual([[40, undefined], [90, undefined]]);
  });

  it("'between $40 (£26), $90': no 'and' or 'to' after the bracket", () => {
    expect(figs("Season tickets cost between $40 (£26), $90 a year.").map((f) => [f.value, f.valueMax])).toEqual([[40, undefined], [90, undefined]]);
  });

  it("'Between 300 (£26 each) and 400 tickets': a bracket of money after a count is no conversion of it", () => {
    expect(figs("Between 300 (£26 each) and 400 tickets were sold.").map((f) => [f.value, f.valueMax, f.unit])).toEqual([[400, undefined, undefined], [26, undefined, "GBP"]]);
  });
});

describe("the second end of a range read past a bracket is said as money", () => {
  it("'gave $5 (£3) to 10 people': no range of five to ten dollars, but $5 and ten people", () => {
    expect(figs("He gave $5 (£3) to 10 people.").map((f) => [f.value, f.valueMax, f.unit])).toEqual([[10, undefined, undefined], [5, undefined, "USD"]]);
  });

  it("'between 250m euros (£173m) and 600 million euros': a currency word after the second end's scale names its money", () => {
    expect(range(one("Fines will be between 250m euros (£173m) and 600 million euros."))).toEqual(want(250e6, 600e6, "EUR", "fines"));
  });
});

describe("a bracket after an earlier level keeps the change (link.ts)", () => {
  it("'rose from $5 (£3) to $10' → $10 from $5, as 'rose from $5 to $10'", () => {
    for (const text of ["The price of a ticket rose from $5 (£3) to $10.", "The price of a ticket rose from $5 to $10."]) {
      const f = one(text);
      expect({ ...range(f), previous: f.previous }).toEqual({ ...want(10, undefined, "USD", "price"), previous: 5 });
    }
  });

  it("'rose from $5 (up 3%) to $10', 'from $5 (a record low) to $10': an aside bracket is passed as a conversion is", () => {
    const f = figs("Shares rose from $5 (up 3%) to $10 on Monday.").find((x) => x.unit === "USD");
    expect(f && { ...range(f), previous: f.previous }).toEqual({ ...want(10, undefined, "USD", "shares"), previous: 5 });
    const g = one("Shares rose from $5 (a record low) to $10 on Monday.");
    expect({ ...range(g), previous: g.previous }).toEqual({ ...want(10, undefined, "USD", "shares"), previous: 5 });
  });

  it("'rose from $5 (£3) to $10 (£6)': both conversions kept off the card, $10 from $5", () => {
    expect(every("Shares rose from $5 (£3) to $10 (£6) on Monday.").filter((n) => n[4] === true)).toEqual([["$10", 10, "USD", "shares", true]]);
  });

  it("near miss: a bracket that runs past ten words is a clause of its own, not an aside between the levels", () => {
    expect(figs("Shares rose from $5 (up 3% on a day when markets fell sharply across the world, analysts said) to $10 on Monday.").map((x) => x.previous)).not.toContain(5);
  });

  it("'fell from 97p ($1.87) to 44p ($0.85)' → 44p from 97p", () => {
    const f = one("Shares fell from 97p ($1.87) to 44p ($0.85).");
    expect({ ...range(f), previous: f.previous }).toEqual({ ...want(0.44, undefined, "GBP", "shares"), previous: 0.97 });
  });

  it("'rose from 5% (£3m) to 7%': a bracket of money after a share", () => {
    const f = figs("The share rose from 5% (£3m) to 7%.").find((x) => x.unit === "%");
    expect(f && { value: f.value, previous: f.previous, label: f.label }).toEqual({ value: 7, previous: 5, label: "share" });
  });

  it("'rose from $5m (2nd quarter) to $10m': a bracket holding no amount read is passed, the next amount the new level", () => {
    const f = one("Revenue rose from $5m (2nd quarter) to $10m.");
    expect({ ...range(f), previous: f.previous }).toEqual({ ...want(10e6, undefined, "USD", "revenue"), previous: 5e6 });
  });

  it("'paintings sold from $500 (£330) to $2,000': 'from' with no word of spanning is a change, bracket or not", () => {
    for (const text of ["The paintings sold from $500 (£330) to $2,000 at the auction.", "The paintings sold from $500 to $2,000 at the auction."]) {
      const f = one(text);
      expect([f.value, f.valueMax, f.previous]).toEqual([2000, undefined, 500]);
    }
  });
});

describe("the conversion inside a range (range-conversion.ts)", () => {
  it("'from $40 (AUD $55) to $90': a code before the converted amount's sign is read with it", () => {
    expect(every("Fares range from $40 (AUD $55) to $90.")).toEqual([
      ["$40 (AUD $55) to $90", 40, "USD", "fares range", true],
      ["AUD $55", 55, "AUD", "fares range", false],
    ]);
  });
});

describe("a bracket opens a conversion on a sign, a number, a currency code or a hedge (bracket-conversion.ts)", () => {
  it("'between $40 (about £26) and $90' → $40 to $90, the hedged conversion kept off the card", () => {
    expect(range(one("Season tickets cost between $40 (about £26) and $90 a year."))).toEqual(want(40, 90, "USD", "cost a year"));
    expect(every("Season tickets cost between $40 (about £26) and $90 a year.")[1]).toEqual(["about £26", 26, "GBP", "cost a year", false]);
  });

  it("'cost $25,000 (almost £17,000) a night': the label resumes past a hedged conversion", () => {
    expect(range(one("The suite will cost $25,000 (almost £17,000) a night."))).toEqual(want(25000, undefined, "USD", "cost a night"));
  });

  it("'paid $40 (about the same as last year) for seats': a hedged aside is passed too, the label resumes after it", () => {
    expect(range(one("Fans paid $40 (about the same as last year) for seats."))).toEqual(want(40, undefined, "USD", "payment for seats"));
  });

  it("near miss: a lower-case word before a sign is no currency code ('$40 (plus $5 fees) and $90'): its money is a figure", () => {
    expect(every("Prices will be between $40 (plus $5 fees) and $90 this year.")[1]).toEqual(["$5", 5, "USD", "fees", true]);
  });
});

describe("a range's conversions are its money said again", () => {
  it("'from $40 (£26) to $90 (£58)' then '£26 at the gate': one fact, the card keeps one of the two (same-fact.ts)", () => {
    expect(figs("Tickets range from $40 (£26) to $90 (£58). Fans who paid £26 at the gate were let in.")).toHaveLength(1);
    expect(figs("Tickets range from $40 (£26) to $90 (£58). Fans who paid £27 at the gate were let in.")).toHaveLength(2);
  });

  it("'$40 (£26) or $90' is a range of alternatives, as '$40 or $90' is", () => {
    expect(range(one("A ticket costs $40 (£26) or $90."))).toEqual(range(one("A ticket costs $40 or $90.")));
    expect(one("A ticket costs $40 (£26) or $90.").valueMax).toBe(90);
  });
});
