// Reading a number phrase: digits, words, ordinals, compounds, percentages, money, ranges and qualifiers.
import { describe, expect, it } from "vitest";
import { at, exact, figs, listed, one, typedList } from "#test/helpers/figures.ts";

describe("kinds of number", () => {
  it("reads digits with thousands separators and decimals", () => {
    expect(one("The council said 1,200 homes were flooded.")).toMatchObject({ value: 1200, display: "1,200", label: "homes" });
    // The unit joins the display; the label is what was measured.
    expect(one("Rainfall reached 3.5 inches in the valley.")).toMatchObject({ value: 3.5, kind: "measure", display: "3.5 inches", unit: "inches", label: "rainfall" });
  });

  it("reads number words, a dozen, and hundreds of", () => {
    expect(one("Officers detained seven suspects near the border.")).toMatchObject({ value: 7, display: "seven", label: "suspects detained", kind: "people" });
    expect(one("Police questioned a dozen witnesses.")).toMatchObject({ value: 12, display: "a dozen", label: "witnesses questioned" });
    expect(one("The storm forced hundreds of families from their homes.")).toMatchObject({ value: 100, display: "hundreds of", qualifier: "hundreds of", label: "families" });
    expect(one("The plan would cost taxpayers about two million pounds.")).toMatchObject({ value: 2e6, unit: "GBP", qualifier: "about" });
    expect(one("Organisers said twenty-five thousand runners took part.")).toMatchObject({ value: 25000, label: "runners" });
  });

  it("reads 'a half dozen' as 'half a dozen' (blind sample AZ's miss, made up): the article before 'half' starts the number", () => {
    expect(exact(one("The blast hit a nearby depot, injuring at least a half dozen porters."))).toEqual({ value: 6, qualifier: "at least", unit: undefined, label: "porters injured", type: "count" });
    expect(one("A half million voters stayed home.")).toMatchObject({ value: 500000, display: "A half million", label: "voters" });
    // Near misses: "half" before a noun that is no scale is no number.
    expect(figs("She ate a half portion of rice.")).toEqual([]);
    expect(figs("He was a half second slower.")).toEqual([]);
  });

  it("reads ordinals that count, skips those that name periods, and reads fractions as shares", () => {
    expect(one("It is the bank's fifth consecutive annual loss.")).toMatchObject({ value: 5, kind: "rank", label: "consecutive annual loss" });
    expect(figs("Sales rose in the fourth quarter.")).toEqual([]);
    expect(figs("A third of the staff left.")).toEqual([expect.objectContaining({ value: 0.333, type: "other", label: "staff", display: "A third" })]);
  });

  it("reads compounds", () => {
    expect(one("Ministers of a 28-nation bloc met on Monday.")).toMatchObject({ value: 28, display: "28-nation", label: "nation bloc" });
    // The display says the unit, so the label does not repeat it: "10-year — sentence", not "10-year — year sentence".
    expect(one("He was handed a 10-year sentence for fraud.")).toMatchObject({ value: 10, display: "10-year", label: "sentence", kind: "measure" });
  });

  it("reads percentages", () => {
    expect(one("Unemployment fell 0.4% in March.")).toMatchObject({ value: 0.4, unit: "%", kind: "percent", label: "fall in unemployment" });
    expect(one("The firm owns 8 per cent of the airline.")).toMatchObject({ value: 8, display: "8 per cent", unit: "%", label: "share of airline" });
  });

  it("reads money in dollars, pounds and euros with bn, m, million and billion", () => {
    expect(one("The company posted a profit of $3.36bn.")).toMatchObject({ value: 3360000000, unit: "USD", label: "profit" });
    expect(one("Ministers approved a £600m rescue package.")).toMatchObject({ value: 600000000, unit: "GBP", label: "rescue package" });
    expect(one("Brussels imposed a €2.4 billion fine on the search firm.")).toMatchObject({ value: 2400000000, unit: "EUR", label: "fine" });
    expect(one("The club paid 50 million euros for the striker.")).toMatchObject({ value: 50000000, unit: "EUR", display: "50 million euros" });
    expect(one("The deal is worth US$1.5 million to the port.")).toMatchObject({ value: 1500000, unit: "USD" });
  });

  it("reads ranges", () => {
    expect(one("Witnesses said 20 to 30 gunmen stormed the hotel.")).toMatchObject({ value: 20, valueMax: 30, label: "gunmen", display: "20 to 30" });
    expect(one("Officials expect 20-30 centimetres of snow.")).toMatchObject({ value: 20, valueMax: 30, display: "20-30 centimetres", unit: "centimetres", label: "snow" });
    expect(one("The storm cut power to between 5,000 and 8,000 homes.")).toMatchObject({ value: 5000, valueMax: 8000 });
  });

  it("tells a change from a range: only amounts of the same kind make a range", () => {
    expect(one("Officials expect 20 to 30 million visitors.")).toMatchObject({ value: 2e7, valueMax: 3e7, label: "visitors" });
    expect(one("Profit fell 36% to 2.9bn euros (£1.99bn).")).toMatchObject({
      value: 2.9e9,
      unit: "EUR",
      label: "profit",
      change: { value: 36, unit: "%", direction: "down" },
    });
    expect(one("Inflation rose from 5% to 7% last year.")).toMatchObject({ value: 7, previous: 5, unit: "%", label: "inflation" });
    expect(one("BP is increasing its dividend by 26% to 8.5 cents.")).toMatchObject({ value: 0.085, unit: "USD", label: "dividend", change: { value: 26, direction: "up" } });
  });

  it("keeps the qualifier and normalises the value", () => {
    const cases: [string, string, number][] = [
      ["Almost 300 people attended the vigil.", "almost", 300],
      ["Nearly 40 flights were cancelled.", "nearly", 40],
      ["More than 500 workers went on strike.", "more than", 500],
      ["The blaze destroyed over 70 homes.", "over", 70],
      ["About 60 protesters gathered outside.", "about", 60],
      ["Around 200 firefighters tackled the fire.", "around", 200],
      ["The ferry can carry up to 900 passengers.", "up to", 900],
      ["Some 3,000 troops were deployed.", "some", 3000],
      ["The bomb killed at least 12 people.", "at least", 12],
    ];
    for (const [text, qualifier, value] of cases) {
      expect(one(text), text).toMatchObject({ qualifier, value });
      expect(one(text).display.toLowerCase()).toBe(`${qualifier} ${value.toLocaleString("en-US")}`);
    }
  });
});

describe("values and types", () => {
  it("'a quarter of a million homes' is 250,000 homes, not a million", () => {
    expect(at("About a quarter of a million Australian homes have no power.", 250000)).toMatchObject({
      display: "About a quarter of a million",
      qualifier: "about",
      type: "count",
      label: "Australian homes",
    });
    expect(at("It would sell for almost a quarter of a million pounds.", 250000)).toMatchObject({ type: "money", unit: "GBP", qualifier: "almost" });
  });

  it("a year before 1800 is a year: 'until 1348 that', 'in 1683 as', 'the late 1600's'; '1713 Brits' count", () => {
    expect(typedList("It was not until 1348 that St George became the Patron Saint.")).toEqual([["1348", "year", false]]);
    expect(typedList("Ottoman troops besieged Tulln in 1683 as they tried to reach Vienna.")).toEqual([["1683", "year", false]]);
    expect(at("Questioning 1713 Brits and 1124 Americans, the survey found it.", 1713)).toMatchObject({ type: "count", label: "Brits" });
  });

  it("'2005-06' is a span of years, not a score; '2.4 million bpd' an amount, not a model number", () => {
    expect(typedList("Profits for 2005-06 rose.")).toEqual([["2005-06", "year", false]]);
    expect(at("Consumption has jumped to 2.4 million bpd this year.", 2.4e6)).toMatchObject({ type: "count", label: "bpd" });
    expect(typedList("It was a 777 plane.")).toEqual([["777", "identifier", false]]);
  });

  it("a scale inside a compound scales the amount: 'the 1.5-million-acre park' is 1,500,000 acres", () => {
    expect(at("Obama toured the 1.5-million-acre national park today.", 1.5e6)).toMatchObject({ type: "measure", unit: "acres", label: "national park" });
    expect(at("It has a 66-million-year history.", 66e6)).toMatchObject({ type: "duration", unit: "years" });
  });

  it("'25st' is a weight in stone, not the 25th", () => {
    expect(at("A 25st childminder was sacked.", 25)).toMatchObject({ type: "measure", unit: "st" });
    // (A place "in the race" after a verb of standing is a candidate: moved-place.ts.)
    expect(typedList("He was 21st in the race.")).toEqual([["21st", "rank", true]]);
    // A glued weight its verb governs stays a measure ("shed more than 10kg" is no count of people).
    expect(at("She shed more than 10kg in a year.", 10)).toMatchObject({ type: "measure", unit: "kg", qualifier: "more than" });
  });

  it("'AUD $6.75 million', 'NZ $7.5 million': a code before a separate dollar sign says whose dollar", () => {
    expect(at("The island has been purchased for AUD $6.75 million by a developer.", 6.75e6)).toMatchObject({ display: "AUD $6.75 million", unit: "AUD" });
    expect(at("The NZ $7.5 million deal was signed.", 7.5e6)).toMatchObject({ unit: "NZD", label: "deal" });
    expect(figs("The NZ $7.5 million (AUD $6.765 million) sale has divided the family.")).toMatchObject([{ unit: "NZD", label: "sale" }]);
    // "A" opening a sentence is an article.
    expect(at("A $5 fee applies.", 5)).toMatchObject({ display: "$5", unit: "USD" });
  });

  it("'4bn euros-worth' is money", () => {
    expect(at("Citigroup sold 4bn euros-worth of bonds in minutes.", 4e9)).toMatchObject({ type: "money", unit: "EUR" });
  });

  it("'4:23.42 p.m.' is a time of day, not a race time", () => {
    expect(typedList("We know the alignment of 4:23.42 p.m. on that date.")).toEqual([["4:23.42", "time", false]]);
    expect(at("Cragg won in 7:39.89 as Bekele battled.", 459.89)).toMatchObject({ type: "duration", unit: "seconds" });
  });
});

describe("a stray full stop between a number and its scale", () => {
  it("'$143.6. million', '40. per cent' keep their scale and percent; '40. Millions watched' ends the sentence", () => {
    expect(at("Furious 7 took $143.6. million in its opening weekend.", 143.6e6)).toMatchObject({ display: "$143.6. million", unit: "USD", label: "opening weekend takings", type: "money" });
    expect(at("Sales rose 40. per cent last year.", 40)).toMatchObject({ display: "40. per cent", unit: "%", label: "rise in sales", type: "percent" });
    expect(typedList("He scored 40. Millions watched.")).toEqual([["40", "count", false]]);
  });
});

describe("leading-point.ts: a decimal written without its leading zero", () => {
  it("'Shares rose .5% on Friday': 0.5%, shown with its point (not: 5%)", () => {
    const f = at("Shares rose .5% on Friday.", 0.5);
    expect(exact(f)).toEqual({ value: 0.5, qualifier: undefined, unit: "%", label: "shares", type: "percent" });
    expect(f.display).toBe(".5%");
    expect(listed(".5% of voters switched sides.").map((n) => n.value)).toEqual([0.5]);
  });

  it("'cut deaths by less than .01 per cent': 0.01%, qualified (not: 1%)", () => {
    expect(exact(at("The drug cut deaths by less than .01 per cent in the trial.", 0.01))).toMatchObject({ value: 0.01, qualifier: "less than", unit: "%" });
  });

  it("'a blood alcohol level of .247', '.45-caliber': no percent or currency, so no figure and no date", () => {
    expect(typedList("His blood alcohol level was .247 at the time.")).toEqual([["247", "other", false]]);
    expect(typedList("He bought a .45-caliber pistol.")).toEqual([["45-caliber", "other", false]]);
  });

  it("near misses: a point glued to a word ('No.5') or after a number ('7 .8') is no leading point", () => {
    expect(typedList("He lives at No.5 and sleeps well.")).toEqual([["5", "date", false]]);
    expect(exact(at("The quake measured magnitude-7 .8 on the scale.", 7.8))).toMatchObject({ value: 7.8 });
    // A split decimal the reader could not join (a capital after it) keeps its digits: not a leading point's 0.8.
    expect(listed("The quake measured magnitude-7 .8 Quake struck.").map((n) => n.value)).toEqual([7, 8]);
  });

  it("'costs $.99': the point after a currency sign leads too (0.99, not 99)", () => {
    expect(listed("The app costs $.99 in the store.").map((n) => n.value)).toEqual([0.99]);
  });
});
