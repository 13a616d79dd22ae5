// The same fact said twice is kept once on the card (issue 12, item 4); two facts that share an amount stay two.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/figure.ts";
import { type FactFigure, sameFact } from "#brief/figures/same-fact.ts";
import { figs } from "#test/helpers/figures.ts";

const shown = (text: string) => figs(text).map((f) => ({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label }));

describe("the same fact twice is kept once", () => {
  it("keeps one of an amount from 10 up said twice in other words ('capped 25 times' / 'on 25 occasions')", () => {
    expect(shown("The right back, capped 25 times by Brazil, was sacked again. Ze Maria represented Brazil on 25 occasions.")).toEqual([
      { value: 25, qualifier: undefined, unit: undefined, label: "times capped" },
    ]);
  });

  it("keeps one of two counts whose labels share a stem ('killing two men' / 'the two killings')", () => {
    expect(shown("Hinton was convicted of killing two men. The two killings were never linked to each other.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "men killed" },
    ]);
  });

  it("keeps one of a small count repeated in a near-identical sentence", () => {
    expect(
      shown(
        "Torres has found goals difficult to come by since his January return to the Vicente Calderon and has scored just four times for Diego Simeone's side. " +
          "Torres has managed just four goals for Atletico since his return to the Vicente Calderon in January.",
      ),
    ).toEqual([{ value: 4, qualifier: "just", unit: undefined, label: "times scored" }]);
  });
});

describe("labels that say the same", () => {
  it("keeps one of two labels sharing half their words ('four years in prison' / 'four years in jail')", () => {
    expect(shown("Donohue was sentenced to four years in prison. In February, he was sentenced four years in jail.")).toEqual([
      { value: 4, qualifier: undefined, unit: "years", label: "years in prison" },
    ]);
  });
});

describe("a place in an order and an amount are two facts", () => {
  it("keeps 'the third leading online search firm' and 'the firm's revenue nearly tripled' both", () => {
    const found = shown("Ask Jeeves is the third leading online search firm. The firm's revenue nearly tripled in the fourth quarter.");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ value: 3, qualifier: undefined, unit: undefined, label: "leading online search firm" });
    expect(found).toContainEqual({ value: 3, qualifier: "nearly", unit: undefined, label: "firm's revenue" });
  });
});

describe("the level a change implies is kept once", () => {
  it("keeps '£4.5bn, up 18%' and drops last year's '£3.8bn' it implies", () => {
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.8bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
    ]);
  });

  it("keeps the change, not the level, when the level scores higher (said first, the change later)", () => {
    expect(shown("Last year the retailer made a profit of £3.8bn. On Tuesday it said pre-tax profits rose 18% to £4.5bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
    ]);
  });

  it("keeps a level the change does not imply ('up 18%' to £4.5bn beside £3.5bn)", () => {
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.5bn.").map((f) => f.value)).toEqual([4_500_000_000, 3_500_000_000]);
  });
});

describe("a vague amount beside an exact one of the same thing is kept once, exactly", () => {
  it("keeps 'up to 45,000 jobs' cut and drops the 'thousands of jobs' to shed said after it", () => {
    expect(shown("Mittal Steel could cut up to 45,000 jobs. The combined company will have to shed thousands of jobs.")).toEqual([
      { value: 45_000, qualifier: "up to", unit: undefined, label: "jobs cut" },
    ]);
  });

  it("keeps the exact amount said after the vague one, in its place ('hundreds of homes' / '340 homes')", () => {
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 340 homes were evacuated.")).toEqual([
      { value: 340, qualifier: undefined, unit: undefined, label: "homes evacuated" },
    ]);
  });

  it("keeps both when the exact amount is past the vague one's reach ('hundreds of homes' / '4,000 homes')", () => {
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 4,000 homes were evacuated.").map((f) => f.value)).toEqual([100, 4000]);
  });
});

describe("two facts that share an amount stay two", () => {
  it("keeps two small counts of different things in different sentences", () => {
    expect(shown("Police seized two rifles at the house. The two suspects fled north.").map((f) => f.label)).toEqual(["rifles seized", "suspects"]);
  });

  it("keeps two equal amounts of one sentence ('50 cows and 50 juveniles')", () => {
    expect(shown("The department moved 50 cows and 50 juveniles to the village.").map((f) => f.label)).toEqual(["cows", "juveniles"]);
  });

  it("keeps two vague amounts of different things ('hundreds of firefighters' / 'hundreds of homes')", () => {
    expect(shown("Hundreds of firefighters fought the blaze overnight. Hundreds of homes were evacuated on Sunday.").map((f) => f.label)).toEqual([
      "firefighters",
      "homes evacuated",
    ]);
  });

  it("does not count the amount's own word as a word the sentences share", () => {
    expect(shown("Five others were suspended. Sale was suspended for five games on Tuesday.").map((f) => f.value)).toEqual([5, 5]);
  });

  it("keeps equal tallies of two kinds apart ('10 goals' / '10 matches')", () => {
    expect(shown("Burnley have let in 10 goals against Arsenal. Giroud has played 10 matches since January.").map((f) => f.label)).toEqual([
      "goals",
      "matches",
    ]);
  });
});

describe("sameFact on figures as read", () => {
  const figure = (f: Partial<KeyFigure> & Pick<KeyFigure, "value" | "label" | "sentence">): FactFigure => ({
    figure: { display: String(f.value), kind: "money", unit: "GBP", ...f },
    sentenceText: `Sentence ${f.sentence}.`,
  });

  it("takes a fall of 100% or more to imply no earlier level (its division by zero would match any amount)", () => {
    const gone = figure({ value: 5, label: "profits", sentence: 0, change: { value: 100, unit: "%", direction: "down" } });
    const other = figure({ value: 7_000_000, label: "shares sold", sentence: 1 });
    expect(sameFact(gone, other)).toBe(false);
    expect(sameFact(other, gone)).toBe(false);
    // A fall under 100% still implies one: 5 after a 50% fall was 10.
    const halved = figure({ value: 5, label: "profits", sentence: 0, change: { value: 50, unit: "%", direction: "down" } });
    expect(sameFact(halved, figure({ value: 10, label: "turnover", sentence: 1 }))).toBe(true);
  });
});
