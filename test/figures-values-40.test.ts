// The fortieth round's mutation sweep (docs/mutation-sweep-40.md, scripts/mutants-40.ts): one sentence a surviving
// mutant of the value, link and type code, each pinning what an editor would see (value, upper end, qualifier, unit,
// label, type) so that the flipped condition fails here.
import { describe, expect, it } from "vitest";
import { exact, figs, typedList, want } from "#test/helpers/figures.ts";

/** The card's figures of a sentence as value, upper end and unit. */
const ends = (text: string) => figs(text).map((f) => [f.value, f.valueMax, f.unit]);

describe("scale words and currency signs carry their value (V02, V05, V06)", () => {
  it("'worth two billion dollars' is 2,000,000,000 USD (V02: 'billion' read as a million)", () => {
    expect(figs("The deal was worth two billion dollars to the firm.").map(exact)).toEqual([want(2e9, undefined, "USD", "deal", "money")]);
  });

  it("'paid HK$50 million' is Hong Kong dollars (V05: 'HK$' read as US dollars)", () => {
    expect(figs("The tycoon paid HK$50 million for the flat.").map(exact)).toEqual([want(5e7, undefined, "HKD", "payment for the flat", "money")]);
  });

  it("'costs 50p more' is 0.50 GBP (V06: pence read as US cents)", () => {
    expect(figs("A pint of milk now costs 50p more.").map(exact)).toEqual([want(0.5, undefined, "GBP", "pint", "money")]);
  });
});

describe("ranges: alternatives and mixed money (V33, V36)", () => {
  it("'$2.3bn or £1.2bn' is one amount in two currencies, no range (V33: any second sign joined the range)", () => {
    expect(ends("Analysts valued the bid at $2.3bn or £1.2bn on Monday.")).toEqual([[2.3e9, undefined, "USD"]]);
  });

  it("'nine or eight wins' is the range 8–9 (V36: a falling 'or' pair not read as a range)", () => {
    expect(ends("The team has had nine or eight wins this season.")).toEqual([[8, 9, undefined]]);
  });
});

describe("number words fold into one value (V07, V08, V10, V11, V12)", () => {
  it("'two hundred and fifty homes' is 250 (V07: the 'and' broke the number)", () => {
    expect(figs("Officials said two hundred and fifty homes were flooded.").map(exact)).toEqual([want(250, undefined, undefined, "homes", "count")]);
  });

  it("'two thousand five hundred homes' is 2,500 (V08: the hundred multiplied the thousand)", () => {
    expect(figs("Officials said two thousand five hundred homes were flooded.").map(exact)).toEqual([want(2500, undefined, undefined, "homes", "count")]);
  });

  it("'two and a half thousand homes' is 2,500 (V10: the half's scale taken only above a thousand)", () => {
    expect(figs("Officials said two and a half thousand homes were flooded.").map(exact)).toEqual([want(2500, undefined, undefined, "homes", "count")]);
  });

  it("a bare 'Tens of protesters' is no figure (V11: read as 10)", () => {
    expect(figs("Tens of protesters gathered outside.")).toEqual([]);
  });

  it("'Hundreds of thousands of people' is one figure, 100,000 (V12: split into 'hundreds of' thousands)", () => {
    expect(figs("Hundreds of thousands of people fled the city.").map(exact)).toEqual([want(1e5, "hundreds of thousands of", undefined, "people fled", "count")]);
  });
});

describe("a scale applied to decimal digits is exact (V09)", () => {
  it("'$1.07bn' is exactly 1,070,000,000 and '£2.01m' exactly 2,010,000 (V09: multiplied as floats)", () => {
    expect(figs("The firm made a profit of $1.07bn last year.").map((f) => f.value)).toEqual([1.07e9]);
    expect(figs("The club paid £2.01m for him.").map((f) => f.value)).toEqual([2.01e6]);
  });
});

describe("change-to-level.ts: a second end five or more times the first is the level reached (V38–V41)", () => {
  it("'rose 20 to 90' (4.5 times) stays the range 20–90 (V38: ratio 4)", () => {
    expect(ends("The price rose 20 to 90 in May.")).toEqual([[20, 90, undefined]]);
  });

  it("'fell 20 to 110' (5.5 times) is a change of 20 and the level 110 (V39: ratio 6)", () => {
    expect(ends("The index fell 20 to 110 in May.")).toEqual([[20, undefined, undefined], [110, undefined, undefined]]);
  });

  it("'rose 20 to 100' (exactly five times) is a change and a level (V40: the bound made strict)", () => {
    expect(ends("Sales rose 20 to 100 in May.")).toEqual([[20, undefined, undefined], [100, undefined, undefined]]);
  });

  it("'Inflation rose 1% to 6%' stays the range 1–6% (V41: percents read as a change and a level)", () => {
    expect(ends("Inflation rose 1% to 6% in May.")).toEqual([[1, 6, "%"]]);
  });
});

describe("a range's first end said without its thousands (V17)", () => {
  it("'20 to 100,000 people' is 20,000–100,000, the second end exactly five times (V17: within four times only)", () => {
    expect(ends("Organisers expected 20 to 100,000 people.")).toEqual([[20000, 100000, undefined]]);
  });
});

describe("ordinals and earlier levels (V16, V43)", () => {
  it("'his 13th goal' is the ordinal 13 (V16: 13 given the suffix 'rd', '13th' read as an identifier)", () => {
    expect(figs("It was his 13th goal of the season.").map(exact)).toEqual([want(13, undefined, undefined, "goal", "ordinal")]);
  });

  it("'rose from $5m to £7m' links no earlier level across currencies (V43: £7m given $5m as its previous)", () => {
    const rows = figs("Its value rose from $5m to £7m last year.").map((f) => [f.value, f.unit, f.previous]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(rows).toEqual([[5e6, "USD", undefined], [7e6, "GBP", undefined]]);
  });
});

describe("the type decision (V52)", () => {
  it("'He retired at 45.' types 45 an age, no count (V52: ages typed only under 30)", () => {
    expect(typedList("He retired at 45.")).toEqual([["45", "age", false]]);
  });
});

describe("units and hedges read after the amount (V23, V24, V25)", () => {
  it("'Burnout 3 won three awards' is 3 awards, no Korean won (V23: 'won' a currency without a scale)", () => {
    expect(figs("Burnout 3 won three awards.").map(exact)).toEqual([want(3, undefined, undefined, "awards", "count")]);
  });

  it("'a 3b chip' is no figure (V24: a bare 'b' read as billions)", () => {
    expect(figs("The phone has a 3b chip.")).toEqual([]);
  });

  it("'killed 300 or so people' keeps its hedge 'or so' (V25: only 'or more' read)", () => {
    expect(figs("The crash killed 300 or so people.").map(exact)).toEqual([want(300, "or so", undefined, "killed", "count")]);
  });
});

describe("digit strings that are codes (V53, V54)", () => {
  it("'the hotline on 12345' is no count (V53: five digits counted)", () => {
    expect(figs("Call the hotline on 12345 for help.")).toEqual([]);
  });

  it("'Agent 007' is no count (V54: a leading zero not an identifier)", () => {
    expect(figs("Agent 007 returned.")).toEqual([]);
  });
});

describe("a code apart from its dollar sign, percentage points, a level score (V26, V28, V30)", () => {
  it("'paid HK $50 million' is Hong Kong dollars (V26: the code 'HK' read as US)", () => {
    expect(figs("The tycoon paid HK $50 million for the flat.").map(exact)).toEqual([want(5e7, undefined, "HKD", "payment for the flat", "money")]);
  });

  it("'fell 3 percentage points' is in points, not percent (V28: points read as a percent)", () => {
    expect(figs("Support fell 3 percentage points in May.").map(exact)).toEqual([want(3, undefined, "pp", "fall in support", "percent")]);
  });

  it("'split 4-4' is one level score, no count and date (V30: a tied pair no score)", () => {
    expect(typedList("The council split 4-4 on the plan.")).toEqual([["4-4", "score", false]]);
  });
});

describe("one amount said twice, once rounded (V58)", () => {
  it("a bare 520 and a later 523 homes are two figures: a bare amount is a rounding only from 1,000 (V58: from 100)", () => {
    const text = "The storm flooded 520 homes. Officials later put the number of flooded homes at 523.";
    expect(figs(text).map((f) => f.value)).toEqual([520, 523]);
  });
});

describe("the linker: another place's amount and a change after a comma (V46, V50)", () => {
  it("'7.5 …, compared to 6.7 in Germany' gives 7.5 no earlier level (V46: another place's amount taken as one)", () => {
    const text = "Britain has 7.5 connections per 100 people, compared to 6.7 in Germany.";
    expect(figs(text).map((f) => [f.value, f.previous])).toEqual([[7.5, undefined], [6.7, undefined]]);
  });

  it("'$3.36bn, up 27%' is the money with its rise (V50: the percent left a figure of its own)", () => {
    expect(figs("Profit was $3.36bn, up 27% from last year.").map((f) => [f.value, f.unit, f.change])).toEqual([[3.36e9, "USD", { value: 27, unit: "%", direction: "up" }]]);
  });
});
