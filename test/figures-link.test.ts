// Linked amounts: a change and an earlier value belong to one figure (bbc-business-001, Time Warner).
// So are a fall 'N to M' after a verb of falling (falling-to.ts) and a change 'from … to' past an aside of its parts;
// a price said before 'from … to' is a range, and a conversion's scale names nothing.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, bbcBusiness001, exact, exactOnly, figs, find, one, want } from "#test/helpers/figures.ts";

describe("findFigures on bbc-business-001 (Ad sales boost Time Warner profit)", () => {
  const card = findFigures(bbcBusiness001(), { limit: 10 });

  it("keeps the quarterly profit in dollars with its 76% rise beside it", () => {
    const profit = find(card, 1130000000);
    expect(profit).toMatchObject({ display: "$1.13bn", unit: "USD", kind: "money", label: "quarterly profits", previous: 639000000 });
    expect(profit?.change).toEqual({ value: 76, unit: "%", direction: "up" });
    // The sterling conversion in brackets is the same amount, not a second figure.
    expect(card.find((f) => f.unit === "GBP")).toBeUndefined();
  });

  it("holds sales and the subscribers AOL lost", () => {
    expect(find(card, 11100000000)).toMatchObject({ display: "$11.1bn", unit: "USD", change: { value: 2, unit: "%", direction: "up" } });
    expect(find(card, 11100000000)?.label).toMatch(/sales/);
    expect(find(card, 464000)).toMatchObject({ display: "464,000", label: "subscribers lost", kind: "people" });
  });

  it("does not offer the years 2000, 2003 or 2005", () => {
    const all = findFigures(bbcBusiness001(), { limit: 100 });
    for (const year of [2000, 2003, 2005]) expect(find(all, year)).toBeUndefined();
  });
});

describe("a change whose new level is a range (bbc-business-019)", () => {
  it("is one figure, the range, with the earlier level beside it and what the number is of as its label", () => {
    const s = articleSentences({ paragraphs: ["The government hopes to increase the number of mobile users from 95 million to between 200 and 250 million by 2007."] });
    expect(findFigures(s, { limit: 10 })).toEqual([
      expect.objectContaining({ value: 200e6, valueMax: 250e6, previous: 95e6, label: "mobile users" }),
    ]);
  });
});

/** Every number of one paragraph as `nutgraf figures --all` lists it: display, label, and whether the card may hold it. */
const every = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.label, n.candidate]);

describe("a conversion said in words is the same money, not a second figure", () => {
  it.each([
    ["The tax would cost 1.5bn euros, that's over £1bn a year, for aid.", { display: "1.5bn euros", value: 1.5e9, unit: "EUR", type: "money", label: "tax" }, "over £1bn"],
    ["The victim's wife paid hit-men 150 million rupiah, or $14,200, according to police.", { display: "150 million rupiah", value: 150e6, unit: "IDR", type: "money", label: "payment to hit-men" }, "$14,200"],
    ["The firm paid a fine of 2m euros, equivalent to about £1.4m.", { display: "2m euros", value: 2e6, unit: "EUR", type: "money", label: "fine" }, "about £1.4m"],
  ])("'%s': one figure, the first amount; the conversion is listed with its label, off the card", (text, expected, conversion) => {
    const found = figs(text);
    expect(found).toEqual([expect.objectContaining(expected)]);
    expect(found[0]?.qualifier).toBeUndefined();
    expect(every(text)).toEqual([
      [expected.display, expected.label, true],
      [conversion, expected.label, false],
    ]);
  });

  it("'$5m, or 10% of revenue', 'up to $1,000, or $2,500', '5m euros, or £30m', amounts a clause apart: second figures", () => {
    expect(every("The firm made $5m, or 10% of revenue, from the deal.").map((n) => n[2])).toEqual([true, true]);
    expect(figs("The fine is up to $1,000, or $2,500 for repeat offences.")).toEqual([
      expect.objectContaining({ value: 2500, unit: "USD", label: "for repeat offences" }),
      expect.objectContaining({ value: 1000, qualifier: "up to", unit: "USD", label: "fine" }),
    ]);
    expect(figs("The club paid 5m euros, or £30m in bonuses later.")).toEqual([
      expect.objectContaining({ value: 30e6, unit: "GBP", label: "bonuses" }),
      expect.objectContaining({ value: 5e6, unit: "EUR", label: "payment" }),
    ]);
    expect(every("Rivals paid 5m euros for the striker and later sold the winger for £4m.").map((n) => n[2])).toEqual([true, true]);
  });
});

describe("two currencies joined by 'or' are two conversions, not a range", () => {
  it("'5 billion reais ($2.3bn or £1.2bn)': the bracket's two amounts are conversions of the first, not a USD range 1.2bn–2.3bn", () => {
    const text = "Petrobras will sell 5 billion reais ($2.3bn or £1.2bn) of assets this year.";
    expect(figs(text)).toEqual([expect.objectContaining({ display: "5 billion reais", value: 5e9, unit: "BRL", type: "money" })]);
    expect(every(text)).toEqual([
      // What is sold "of" the amount (its value, as "£200million of drugs") is the label the conversions share.
      ["5 billion reais", "assets", true],
      ["$2.3bn", "assets", false],
      ["£1.2bn", "assets", false],
    ]);
  });

  it("'$5m or £4m' is two amounts; 'between A$2 and $3' and '$5m to $7m' stay ranges of one currency", () => {
    const both = everyNumber(articleSentences({ paragraphs: ["Rivals offered $5m or £4m for the striker."] }));
    expect(both.map((n) => [n.display, n.unit])).toEqual([
      ["$5m", "USD"],
      ["£4m", "GBP"],
    ]);
    expect(figs("The club sold shares for between A$2 and $3 each.")).toEqual([expect.objectContaining({ value: 2, valueMax: 3, unit: "AUD" })]);
    expect(figs("The club paid $5m to $7m for the striker.")).toEqual([expect.objectContaining({ value: 5e6, valueMax: 7e6, unit: "USD" })]);
  });
});

describe("'compared with' another group's share is a comparison, not an earlier level (card audit 11, bbc-politics-043)", () => {
  it("'69% … compared with just 17% of 18 to 24 year olds': two shares, neither the other's previous value", () => {
    const found = figs("The survey found 69% of over-55s always vote, compared with just 17% of 18 to 24 year olds.");
    expect(found.map((f) => [f.display, f.value, f.previous])).toEqual([
      ["69%", 69, undefined],
      ["just 17%", 17, undefined],
    ]);
  });

  it("'£75m, compared with £125m a year earlier' and '5.2% compared with 5.6% in December' still carry the earlier level", () => {
    expect(figs("Profits were £75m, compared with £125m a year earlier.")).toEqual([expect.objectContaining({ display: "£75m", value: 75e6, previous: 125e6, label: "profits" })]);
    expect(figs("Unemployment fell to 5.2% compared with 5.6% in December.")).toEqual([expect.objectContaining({ display: "5.2%", value: 5.2, previous: 5.6, label: "unemployment" })]);
  });
});

describe("a part of a whole a name owns ('52 of Liverpool's 101 goals'): the part counts what the whole counts (card audit 11)", () => {
  it.each([
    ["The pair scored 52 of Liverpool's 101 goals last season.", 52, "goals"],
    ["Six of Herrera's seven goals came from outside the box.", 6, "goals"],
    ["The SNP could win 46 of Scotland's 59 seats.", 46, "seats"],
    ["Just 13 of Britain's 659 MPs are from ethnic minority groups.", 13, "MPs"],
  ])("'%s': %d, %s; the whole is no figure of its own", (text, value, label) => {
    expect(figs(text).map((f) => [f.value, f.label])).toEqual([[value, label]]);
  });

  it("'seven of Pacquiao's' with no whole or noun after it: the name stays what is counted", () => {
    expect(figs("He refereed five of Mayweather's bouts and seven of Pacquiao's.").map((f) => [f.value, f.label])).toEqual([
      [5, "Mayweather's bouts"],
      [7, "Pacquiao's"],
    ]);
  });
});

describe("falling-to.ts: after a verb of falling, 'N to M' is a fall from N to M, as with 'from'", () => {
  it("'The term was reduced 12 to 9 months' is 9 months, from 12 (was '12 — term', a count of its own)", () => {
    const found = figs("The term was reduced 12 to 9 months.");
    expect(found.map(exact)).toEqual([{ value: 9, qualifier: undefined, unit: "months", label: "months", type: "duration" }]);
    expect(found[0]?.previous).toBe(12);
  });
  it("'Profits fell £12m to £9m' keeps both amounts: money may fall by N (not: any falling pair)", () => {
    expect(figs("Profits fell £12m to £9m.").map((f) => f.value)).toEqual([12000000, 9000000]);
  });
});

describe("falling-to.ts: only a verb of falling", () => {
  it("'The Jets rallied 21 to 17 in the final quarter.' keeps both numbers, no earlier level (mutant: any verb of change)", () => {
    const found = figs("The Jets rallied 21 to 17 in the final quarter.");
    expect(found.map((f) => [f.value, f.previous])).toEqual([[21, undefined], [17, undefined]]);
  });
});

describe("a price said right before 'from … to' is a range of prices, not a change", () => {
  it("'Priced from $89 to $169', 'worth from $300 to $1,500 apiece'", () => {
    expect(at("Priced from $89 to $169, the handbags sold out within a week.", 89)).toMatchObject({ display: "$89 to $169", valueMax: 169, unit: "USD", type: "money" });
    const vials = figs("The canister was worth about $500, and the vials were worth from $300 to $1,500 apiece.");
    expect(vials.find((f) => f.value === 300)).toMatchObject({ display: "$300 to $1,500", valueMax: 1500, unit: "USD" });
    expect(vials.find((f) => f.value === 500)?.previous).toBeUndefined();
  });

  it("a cost that moves is still a change: 'the cost rose from £40 to £95'", () => {
    expect(at("The cost rose from £40 to £95.", 95)).toMatchObject({ previous: 40, label: "cost" });
  });
});

describe("a scale glued to another amount is no noun to label by", () => {
  it("'1bn CFA francs ($2m; £1m)': the pounds convert the francs, not 'm'", () => {
    expect(exact(at("Cameroon says widespread corruption in its finance ministry has cost it 1bn CFA francs ($2m; £1m) a month.", 1e6))).toEqual({ value: 1e6, qualifier: undefined, unit: "GBP", label: "CFA francs", type: "money" });
  });
});

describe("what a change 'from … to' moved is named past an aside of its parts (link.ts)", () => {
  it("'reduced overall debt, including family loans, from £5.2 m in February 2014 to £2.6 m': overall debt", () => {
    expect(exactOnly("The board has reduced overall debt, including family loans, from £5.2 m in February 2014 to £2.6 m.")).toEqual(want(2600000, undefined, "GBP", "overall debt", "money"));
  });

  it("'cut its spending, including grants to charities, from £40m to £32m': spending", () => {
    expect(exactOnly("The council has cut its spending, including grants to charities, from £40m to £32m.")).toEqual(want(32000000, undefined, "GBP", "spending", "money"));
  });

  it("near miss: an aside that is no list of parts ('which angered staff') is not stepped over", () => {
    expect(exactOnly("The board has cut costs, which angered staff, from £5m to £3m.")?.label).not.toBe("costs");
  });
});

describe("link.ts: a fall without 'from' is named by label(), not by the subject of its verb", () => {
  it("'Arsenal fell 3 to 5th in the table.': 5th from 3, the position in the table (the subject relabel left 'arsenal' where label() keeps a rank's reading)", () => {
    const f = one("Arsenal fell 3 to 5th in the table.");
    expect({ ...exact(f), previous: f.previous }).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "position in the table", type: "rank", previous: 3 });
  });
  it("'Arsenal fell from 3rd to 5th in the table.': with 'from' too, the place keeps what it is in (was 'arsenal')", () => {
    const f = one("Arsenal fell from 3rd to 5th in the table.");
    expect({ ...exact(f), previous: f.previous }).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "position in the table", type: "rank", previous: 3 });
  });
  it("a level's subject still names what moved: 'Sales rose from 5% to 7%.' → sales", () => {
    expect(one("Sales rose from 5% to 7%.")).toMatchObject({ value: 7, label: "sales", previous: 5 });
  });
});
