// One small count or span said twice under two names is kept once on the card (issue 12: "the same fact said twice is
// kept once"): synonyms ("teens" / "teenagers", "contract" / "deal"), and a family group a later sentence points back
// at ("The four sisters … The four Vinceni girls"). Two groups that share a size and nothing else stay two.
import { describe, expect, it } from "vitest";
import { exact, figs } from "#test/helpers/figures.ts";

const card = (text: string) => figs(text).map(exact);

describe("a count a later sentence points back at under a synonym is kept once", () => {
  it("'Two teens were questioned … released the two teenagers': one count, the first label", () => {
    expect(card("Two teens were questioned after the fire. Officers later released the two teenagers without charge.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "teens questioned", type: "count" },
    ]);
  });

  it("'suing two firms … the two companies': one count", () => {
    expect(card("The council is suing two firms over the collapse. Lawyers said the two companies would fight the claim.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "firms", type: "count" },
    ]);
  });

  it("near miss: 'two teenagers from another school' points back at nothing, so two counts stay", () => {
    expect(card("Two teens were questioned after the fire. Officers later released two teenagers from another school.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "teens questioned", type: "count" },
      { value: 2, qualifier: undefined, unit: undefined, label: "teenagers released", type: "count" },
    ]);
  });

  it("near miss: 'Two countries signed … Two nations refused' are two groups", () => {
    // (The second group's choice names it since labels70: a verb of choosing labels a count with no "only".)
    const text = "Two countries signed the treaty. Two nations refused to attend.";
    expect(figs(text).map((f) => f.label)).toEqual(["countries", "nations refused to attend"]);
  });
});

describe("a count said again near under a synonym is kept once, with no pointing word", () => {
  it("'threatened two teens … pulled a gun on two teenagers': one count, the first label", () => {
    expect(card("Police said a man threatened two teens with a knife. He later pulled a gun on two teenagers in the park.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "teens", type: "count" },
    ]);
  });

  it("'investigating two firms … probing two companies', four sentences on: one count", () => {
    const text = "The watchdog is investigating two firms. Its report is due in May. Ministers have been told. The data came from a leak. It said it was probing two companies over the sale.";
    expect(card(text)).toEqual([{ value: 2, qualifier: undefined, unit: undefined, label: "firms", type: "count" }]);
  });

  it("near miss: six sentences apart, 'two companies' is taken for another group", () => {
    const text = "The watchdog is investigating two firms. Its report is due in May. Ministers have been told. The data came from a leak. Staff were warned. Nobody has resigned. It said it was probing two companies over the sale.";
    expect(figs(text).map((f) => f.label)).toEqual(["firms", "companies"]);
  });

  it("near miss: a count opening its sentence brings on a group of its own ('Two nations refused')", () => {
    expect(figs("Police spoke to two teens at the scene. Two teenagers from a nearby town were arrested.").map((f) => f.label)).toEqual(["teens", "teenagers"]);
  });
});

describe("a family group a later sentence points back at is kept once", () => {
  it("'The four sisters … The four Vinceni girls': one group", () => {
    expect(card("The four sisters were flown home on Friday. The four Vinceni girls are now living with their father.")).toEqual([
      { value: 4, qualifier: undefined, unit: undefined, label: "sisters", type: "count" },
    ]);
  });

  it("'a mother of two … Her two sons': one group, the sons kept", () => {
    expect(card("She is a mother of two. Her two sons live abroad.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "sons", type: "count" },
    ]);
  });

  it("near miss: 'two daughters … Her two sons' are told apart by sex", () => {
    expect(figs("She has two daughters from her first marriage. Her two sons live abroad.").map((f) => f.label)).toEqual(["daughters", "sons"]);
  });

  it("near miss: 'three sons … Three children were taken' points back at nothing", () => {
    expect(figs("The father of three sons was arrested. Three children were taken into care.").map((f) => f.label)).toEqual(["sons arrested", "children taken"]);
  });

  it("near miss: 'two prizes … two trophies' are no synonyms (two winners' tallies)", () => {
    expect(figs("The club won two prizes at the awards. Its rival picked up the two trophies.").map((f) => f.label)).toEqual(["prizes", "trophies"]);
  });
});

describe("a span said twice under synonyms is kept once", () => {
  it("'a three-year contract … a three-year deal': one span, though the later one points back at nothing", () => {
    expect(card("The striker signed a three-year contract on Friday. It is a three-year deal, the longest the club has offered.")).toEqual([
      { value: 3, qualifier: undefined, unit: "years", label: "contract", type: "duration" },
    ]);
  });

  it("near miss: 'a three-year contract … A three-month deal' differ in unit, 'a deal of three to five years' is a range", () => {
    expect(figs("He signed a three-year contract in May. A three-month deal with a sponsor followed in June.").map((f) => f.unit)).toEqual(["years", "months"]);
    expect(figs("He signed a three-year contract in May. His brother was offered a deal of three to five years.").map((f) => f.valueMax)).toEqual([undefined, 5]);
  });

  it("near miss: 'a three-year contract … a three-year sentence' are two spans", () => {
    expect(figs("He signed a three-year contract in 2010. He later served a three-year sentence for fraud.").map((f) => f.label)).toEqual(["contract", "sentence"]);
  });
});

describe("near miss: a span said as another", () => {
  it("'a two-year contract with Leeds … a new two-year deal with Chelsea' are two spans", () => {
    expect(card("Smith signed a two-year contract with Leeds in 2010. In 2014 he agreed a new two-year deal with Chelsea.").map((f) => f?.label)).toEqual(["contract", "deal"]);
  });
});
