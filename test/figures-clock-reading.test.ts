// A reading at a clock time ("At 3pm the temperature in Seville was 41C") is one of the day's many and ranks below the
// story's own figures, so a weather story's readings no longer crowd its count of warnings off the card (clock-reading.ts;
// blind sample AY's made-up shape). Every sentence here is made up.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { CLOCK_READING_FACTOR } from "#brief/figures/card/sentence/clock-reading.ts";
import { articleSentences } from "#news/sentences.ts";
import { headlineCard, want } from "#test/helpers/figures.ts";

/** Each candidate's value and its own factor within its kind. */
const factors = (paragraphs: string[]) => cardCandidates(articleSentences({ paragraphs }), { headline: "News in brief" }).map((c) => [c.figure.value, c.signals.factor]);

const celsius = (value: number, label: string) => want(value, undefined, "c", label, "measure");

describe("clock-reading.ts: a reading at a clock time ranks below the story's own figures", () => {
  const headline = "Record high heat and heavy rain as temperatures soar across Spain";
  const paragraphs = [
    "Temperatures hit a record 46C in Cordoba on Tuesday. The heatwave has tightened its grip on southern Spain, and storms have followed it.",
    "Forecasters have issued 14 warnings across the region.",
    "At 3pm the temperature in Seville was 41C, and by 6pm the heat in Madrid had reached 38C.",
    "Parts of Catalonia saw 120mm of rain in a few hours, the heaviest downpour of the year.",
    "On Monday the high in Granada was 44C, its hottest day on record.",
    "Residents were urged to stay indoors while the 14 warnings remained in force.",
  ];

  it("a weather story's count of warnings is on the card, a reading at 6pm off it", () => {
    // Was five readings, the 14 warnings sixth.
    expect(headlineCard(headline, paragraphs)).toEqual([
      celsius(46, "temperatures"),
      celsius(44, "high"),
      want(120, undefined, "mm", "rain", "measure"),
      want(14, undefined, undefined, "warnings", "count"),
      celsius(41, "temperature"),
    ]);
  });

  it("readings at 'at 3pm' and 'by 6pm' are marked down, the day's record and the rain without a time are not", () => {
    expect(factors(paragraphs)).toEqual([[46, 1], [14, 1], [41, CLOCK_READING_FACTOR], [38, CLOCK_READING_FACTOR], [120, 1], [44, 1], [14, 1]]);
  });

  it("a wind speed at a clock time is a reading too", () => {
    expect(factors(["Gusts of 80mph were recorded at 4am on the coast."])).toEqual([[80, CLOCK_READING_FACTOR]]);
  });

  it("near miss: a length or a distance in a sentence that says a time is no reading ('a rocket 70 metres tall … at 4.30pm')", () => {
    expect(factors(["The rocket, 70 metres tall, was due to lift off at 4.30pm from a pad 12 miles away."])).toEqual([[70, 1], [12, 1]]);
  });

  it("near miss: a reading in a sentence with a date but no clock time keeps its weight", () => {
    expect(factors(["Temperatures reached 39C on 14 July in Lyon."])).toEqual([[39, 1]]);
  });
});
