// Faults left open from card audit 20's sample N (docs/audits/card-audit-20.md) and known general ones, each fixed as
// a general rule and pinned by a one-sentence repro with the exact figure (value, qualifier, unit, label, type).
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/figure.ts";
import { at, exact, exactOnly, figs } from "#test/helpers/figures.ts";

/** The exact figure expected: value, qualifier, unit, label and type, as `exact` gives them. */
function want(value: number, qualifier: string | undefined, unit: string | undefined, label: string, type: KeyFigure["type"]): ReturnType<typeof exact> {
  return { value, qualifier, unit, label, type };
}

describe("a measure over a day, a week or a year keeps its period (measure-rate.ts)", () => {
  it("'drinking 25 pints a day': 25 pints — drinking a day", () => {
    expect(exact(at("He had been drinking 25 pints a day and ballooned to 28 stone, but changed his ways.", 25))).toEqual(want(25, undefined, "pints", "drinking a day", "measure"));
  });

  it("'started running up to 20 miles a day': up to 20 miles — running a day, not 'distance'", () => {
    expect(exactOnly("He started running up to 20 miles a day.")).toEqual(want(20, "up to", "miles", "running a day", "measure"));
  });

  it("'produces 100,000 barrels a day', no '-ing' verb: the unit with its period", () => {
    expect(exactOnly("The field produces 100,000 barrels a day.")).toEqual(want(100000, undefined, "barrels", "barrels a day", "measure"));
  });
});

describe("a bare count shares the 'of' whole of a coordinated verb's count (coordinated-of.ts)", () => {
  it("'lost seven and won none of their last 12 trips': seven — trips lost", () => {
    expect(exact(at("Hull have lost seven and won none of their last 12 trips to Southampton in league competition.", 7))).toEqual(want(7, undefined, undefined, "trips lost", "count"));
  });
});

describe("a plural owner before the thing priced is not the thing (plural-owner.ts)", () => {
  it("'a $1.7bn donors' aid package': $1.7bn — aid package", () => {
    expect(exactOnly("Mr Bakrie told the Bisnis Indonesia newspaper that a $1.7bn donors' aid package meant that the debt moratorium was unnecessary.")).toEqual(
      want(1700000000, undefined, "USD", "aid package", "money"),
    );
  });

  it("an apostrophe closing a quote opened before it is no owner: 'a $5m bonus for the bosses' stays the bonus", () => {
    expect(exactOnly("He called it 'a $5m bonus' and left.")).toEqual(want(5000000, undefined, "USD", "bonus", "money"));
  });
});

describe("a bare count before 'not out' is runs (not-out.ts)", () => {
  it("'Joe Root's 182 not out': 182 — runs not out, not the batsman", () => {
    expect(exact(at("Joe Root's 182 not out took him past 2,000 runs in Tests, the second fastest Englishman to the milestone.", 182))).toEqual(want(182, undefined, undefined, "runs not out", "count"));
  });
});

describe("an unbeaten innings is no noun a later bare count elides (not-out.ts, sentence.ts)", () => {
  it("'87 not out in a score of 303 for nine': 87 — runs not out, and the nine (wickets) is not runs not out", () => {
    const text = "Bairstow made 98 and Joe Root ended the day 87 not out in a score of 303 for nine.";
    expect(exact(at(text, 87))).toEqual(want(87, undefined, undefined, "runs not out", "count"));
    expect(figs(text).filter((f) => f.label === "runs not out").map((f) => f.value)).toEqual([87]);
  });
});

describe("a sentence's first word keeps its capital before another capitalised word (phrase.ts' nameRun)", () => {
  it("'South Korea's economy grew by 4.5% last year': 4.5% — rise in South Korea's economy, not 'south Korea's'", () => {
    expect(exactOnly("South Korea's economy grew by 4.5% last year.")).toEqual(want(4.5, undefined, "%", "rise in South Korea's economy", "percent"));
  });

  it("a closed-class first word is still lowercased: 'The BBC lost 5,000 viewers' gives 'viewers lost'", () => {
    expect(exactOnly("The BBC lost 5,000 viewers.")).toEqual(want(5000, undefined, undefined, "viewers lost", "count"));
  });
});

describe("a glued 'm' after a counted noun is millions (million-count.ts), and a time said of a change is no subject (time-adverbial.ts)", () => {
  it("'Passenger numbers rose to 21m last year': 21m = 21,000,000 — passenger numbers", () => {
    expect(exactOnly("Passenger numbers rose to 21m last year.")).toEqual(want(21000000, undefined, undefined, "passenger numbers", "count"));
  });

  it("'rose for the second consecutive year to 21m': 21,000,000 — passenger numbers, not a duration in years", () => {
    expect(exactOnly("Passenger numbers rose for the second consecutive year to 21m.")).toEqual(want(21000000, undefined, undefined, "passenger numbers", "count"));
  });

  it("'rose for the second straight year to 500', no 'm': 500 — passenger numbers", () => {
    expect(exactOnly("Passenger numbers rose for the second straight year to 500.")).toEqual(want(500, undefined, undefined, "passenger numbers", "count"));
  });

  it("a size after the 'm' keeps it metres: 'Visitors saw the 21m tall statue'", () => {
    expect(exactOnly("Visitors saw the 21m tall statue.")).toEqual(want(21, undefined, "m", "tall statue", "measure"));
  });
});

describe("a duration's position says what it is (duration-position.ts, fronted-span.ts)", () => {
  it("'to drift off in just 42 seconds': just 42 seconds — seconds to drift off", () => {
    expect(exactOnly("He demonstrated how he gets his son Seth to drift off in just 42 seconds.")).toEqual(want(42, "just", "seconds", "seconds to drift off", "duration"));
  });

  it("'the highest-ranking official to visit Iran in 12 years' is a time since the last visit, not the time a visit takes", () => {
    expect(exactOnly("Bishop, who is Australia's highest-ranking official to visit Iran in 12 years, donned a black headscarf.")).toEqual(want(12, undefined, "years", "years", "duration"));
  });

  it("'will need draining again in three months' says when, not how long: months from now (time-ahead.ts), no 'months to need draining'", () => {
    expect(exactOnly("Jason says the cyst will need draining again in three months.")).toEqual(want(3, undefined, "months", "months from now", "duration"));
  });

  it("'can scan an entire plane in about 20 minutes': about 20 minutes — minutes to scan an entire plane", () => {
    expect(exactOnly("The company says it can scan an entire plane in about 20 minutes.")).toEqual(want(20, "about", "minutes", "minutes to scan an entire plane", "duration"));
  });

  it("'plan to build it in two years': a pronoun object names nothing, 'years to build'", () => {
    expect(exactOnly("They plan to build it in two years.")).toEqual(want(2, undefined, "years", "years to build", "duration"));
  });

  it("'For 20 years, he worked at the plant': 20 years — years working at the plant", () => {
    expect(exactOnly("For 20 years, he worked at the plant.")).toEqual(want(20, undefined, "years", "years working at the plant", "duration"));
  });

  it("'For four years, the couple lived in a caravan': the subject's determiner is passed", () => {
    expect(exactOnly("For four years, the couple lived in a caravan.")).toEqual(want(4, undefined, "years", "years living in a caravan", "duration"));
  });
});

describe("an adverb of the list before a plural noun describes it (adverb-adjective.ts)", () => {
  it("'created only 20 clear cut chances': only 20 — clear cut chances created", () => {
    expect(exactOnly("Hull have created only 20 clear cut chances in the Premier League this season, fewer than any other team.")).toEqual(
      want(20, "only", undefined, "clear cut chances created", "count"),
    );
  });

  it("'four points clear at the top' still ends on the points", () => {
    expect(exactOnly("Chelsea are four points clear at the top.")).toEqual(want(4, undefined, undefined, "points", "count"));
  });
});
