// An amount with no words of its own takes the label of the amount before it: 'a further £947m', '£139,544 in Wales',
// 'the figure rises to 24%', 'This is a 14% rise' (elided-amount.ts, figure-anaphor.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'a further' amount with no words of its own before its auxiliary is another of the amount just named", () => {
  it("'chasing outstanding payments of more than £720m, while a further £947m has been designated as unrecoverable'", () => {
    expect(exact(at("It is currently chasing outstanding payments of more than £720m, while a further £947m has been designated as \"unrecoverable\".", 947e6))).toEqual({ value: 947e6, qualifier: undefined, unit: "GBP", label: "outstanding payments", type: "money" });
    // A share with a verb of its own says what it did (share-doing.ts), not the share before's doing ('readers switched
    // suppliers', base-doing.ts): it took that label while the one before was 'share of readers'.
    expect(at("17% of readers have switched suppliers and a further 16% are considering changing.", 16)).toMatchObject({ unit: "%", type: "percent", label: "considering changing" });
  });
});

describe("an amount said only 'in' a place is the amount before it, there (elided-amount.ts)", () => {
  it("'£192,713 in England; £139,544 in Wales': average house price in Wales", () => {
    expect(exact(at("The average house price was £192,713 in England; £139,544 in Wales.", 139544))).toEqual(want(139544, undefined, "GBP", "average house price in Wales", "money"));
  });

  it("'5% nationally and 9% in Wales': unemployment in Wales", () => {
    expect(exact(at("Unemployment is 5% nationally and 9% in Wales.", 9))).toEqual(want(9, undefined, "%", "unemployment in Wales", "percent"));
  });

  it("a third in a list keeps only its own place: '… £139,544 in Wales, and £111,314 in Northern Ireland'", () => {
    expect(exact(at("The average house price was £192,713 in England, £139,544 in Wales, and £111,314 in Northern Ireland.", 111314))?.label).toBe("average house price in Northern Ireland");
  });

  it("the amount before's owner is not this amount's: 'the UK's jobless rate rose to 4.7% … compared with 12.1% in Germany'", () => {
    expect(exact(at("The UK's jobless rate rose to 4.7%, compared with 12.1% in Germany.", 12.1))).toEqual(want(12.1, undefined, "%", "jobless rate in Germany", "percent"));
  });

  it("near miss: 'in the US market' is no name, the amount keeps its own reading", () => {
    expect(exact(at("Sales were £5m in 2004 and £7m in the US market.", 7000000))?.label).toBe("US market");
  });
});

describe("'the figure' takes the label of the amount it stands for (figure-anaphor.ts)", () => {
  it("'this figure would have risen to £60 million' after the economic impact's £40 million: economic impact", () => {
    expect(exact(at("The economic impact was put at £40 million. With inflation, this figure would have risen to £60 million by now.", 60000000))).toEqual(want(60000000, undefined, "GBP", "economic impact", "money"));
  });

  it("'In Singapore the figure is close to 5%' after unemployment's 6%: unemployment", () => {
    expect(exact(at("Unemployment in Malaysia is about 6%. In Singapore the figure is close to 5%.", 5))).toEqual(want(5, "close to", "%", "unemployment", "percent"));
  });

  it("in one sentence: 'only five percent of the workforce …, although in London the figure rises to 24%'", () => {
    expect(exact(at("Only five percent of the workforce is made up of ethnic minorities, although in London the figure rises to 24%.", 24))).toEqual(want(24, undefined, "%", "workforce made up of ethnic minorities", "percent"));
  });

  it("near miss: a percent after a count is not the count's ('The figure is expected to rise to 20%' after 500 staff)", () => {
    expect(exact(at("The company employs 500 staff. The figure is expected to rise to 20%.", 20))?.label).toBe("figure");
  });

  it("near miss: 'counts for £9m of that figure' names a part after the amount, not an anaphor before it", () => {
    expect(exact(at("Profits were £40m last year. Lost wages alone counts for £9m of that figure.", 9000000))?.label).toBe("figure");
  });
});

describe("'This is a 14% rise' is a change in the one amount the sentence before named (figure-anaphor.ts)", () => {
  it("'… monitoring more than 3,000 people … That marks a 24 per cent increase': increase in people", () => {
    expect(exact(at("Officials are also monitoring more than 3,000 people suspected of being involved. That marks a 24 per cent increase in the five months since November.", 24))).toEqual(want(24, undefined, "%", "increase in people", "percent"));
  });

  it("'Sales reached £5m in 2004. This is a 14% rise on the year before.': rise in sales", () => {
    expect(exact(at("Sales reached £5m in 2004. This is a 14% rise on the year before.", 14))).toEqual(want(14, undefined, "%", "rise in sales", "percent"));
  });

  it("near miss: two amounts before ('sold 300 cars and 20 vans. This is a 10% rise.') leave the change alone", () => {
    expect(exact(at("The firm sold 300 cars and 20 vans. This is a 10% rise.", 10))?.label).toBe("rise");
  });
});

describe("'that number' stands for an amount as 'that figure' does; a bare count takes its own sentence's count (figure-anaphor.ts)", () => {
  it("'In the heat that number jumps to 15 per cent' after 4 per cent of its charge lost: share of charge lost", () => {
    expect(exact(at("A battery loses 4 per cent of its charge each year in the cold. In the heat that number jumps to 15 per cent.", 15))).toEqual(want(15, undefined, "%", "share of charge lost", "percent"));
  });

  it("near miss: 'The number rose to 15 per cent' is no anaphor ('the number' is as often 'the number of')", () => {
    expect(at("Mobile sales rose 4 per cent. The number rose to 15 per cent in Asia.", 15).label).toBe("number");
  });

  it("'Police said 12 arrests had been made, while the council said the figure was 14.' → 14 — arrests", () => {
    expect(exact(at("Police said 12 arrests had been made, while the council said the figure was 14.", 14))).toEqual(want(14, undefined, undefined, "arrests", "count"));
  });

  it("near miss: a count of the sentence before is as often another thing ('Police made 12 arrests on Monday. … the figure was 14.')", () => {
    expect(at("Police made 12 arrests on Monday. The council said the figure was 14.", 14).label).toBe("figure");
  });

  it("near miss: a span is no count the figure stands for ('The drive took 12 hours, while the figure for the return was 14.')", () => {
    expect(at("The drive took 12 hours, while the figure for the return was 14.", 14).label).toBe("figure");
  });
});
