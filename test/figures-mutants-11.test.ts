// Hand mutations of type11's, read11's and mend11's reading rules (rev11b): each test here is a one-sentence repro
// that fails when one guard of a rule is flipped or dropped and no earlier test noticed. The rule and the mutation it
// kills are named in each test's title.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("number-name.ts: a name is a number word capitalised after another word", () => {
  it("'\"Five died in the blast,\" police said': a quote's capital after its mark is no name, so the toll stays (not: any capitalised number word is a name)", () => {
    expect(exact(at("\"Five died in the blast,\" police said.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "died", type: "count" });
  });
});

describe("compound-plural.ts: an -s word after 'N noun' is the compound's head only at its clause's end or before the clause's verb", () => {
  it("'The 50 company owns a plane': 'owns' stays the verb, no count of 'company owns' (not: any -s word after N noun)", () => {
    expect(figs("The 50 company owns a plane.")).toEqual([]);
  });

  it("'Three felony counts remain': a verb right after the '-s' word makes it the subject's head, 'felony counts' (rev11b)", () => {
    expect(exact(at("Three felony counts remain against him.", 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "felony counts", type: "count" });
  });

  it("'300 job cuts were announced': before an auxiliary too, the compound 'job cuts'", () => {
    expect(exact(at("300 job cuts were announced.", 300))).toEqual({ value: 300, qualifier: undefined, unit: undefined, label: "job cuts", type: "count" });
  });
});

describe("named-after-unit.ts: a name after a glued unit is every word capitalised", () => {
  it("'a 300lb American lineman' is labelled by the lineman, not 'weight' (not: some word capitalised)", () => {
    expect(exact(at("He is a 300lb American lineman.", 300))).toEqual({ value: 300, qualifier: undefined, unit: "lb", label: "American lineman", type: "measure" });
  });
});

describe("past-lifespan.ts: only more years than a person lives make 'years old' a thing's age", () => {
  it("'She is forty-five years old': a person's age in words, no figure (not: a lifespan of 30)", () => {
    expect(figs("She is forty-five years old.")).toEqual([]);
  });

  it("'The tools are 100 to 200 years old': the range's top end decides, a duration (not: its low end)", () => {
    const f = at("The tools are 100 to 200 years old.", 100);
    expect(exact(f)).toEqual({ value: 100, qualifier: undefined, unit: "years", label: "years old", type: "duration" });
    expect(f.valueMax).toBe(200);
  });
});

describe("type.ts describesSides and agoAfter", () => {
  it("'a three-ways split': an N-ways compound counts nothing either (not: only 'way')", () => {
    expect(figs("It was a three-ways split of the prize.")).toEqual([]);
  });

  it("'made 3.3 to 2.6 million years ago': a falling span before 'ago' takes the second end's scale for both (rev11b: the range was lost)", () => {
    expect(exact(at("The tools were made 3.3 to 2.6 million years ago.", 2600000))).toEqual({ value: 2600000, qualifier: undefined, unit: "years", label: "years ago", type: "duration" });
    expect(at("The tools were made 3.3 to 2.6 million years ago.", 2600000).valueMax).toBe(3300000);
  });

  it("'The term was reduced 12 to 9 months': a falling 'to' is one span only before 'ago', so 9 months alone (not: any unit of time after it)", () => {
    const f = at("The term was reduced 12 to 9 months.", 9);
    expect(exact(f)).toEqual({ value: 9, qualifier: undefined, unit: "months", label: "months", type: "duration" });
    expect(f.valueMax).toBeUndefined();
  });

  it("'The vote was 52 to 48 in favour': a score is no falling range (not: any falling 'to')", () => {
    const f = at("The vote was 52 to 48 in favour.", 48);
    expect(exact(f)).toEqual({ value: 48, qualifier: undefined, unit: undefined, label: "vote", type: "count" });
    expect(f.valueMax).toBeUndefined();
  });
});

describe("unit-after.ts: a spaced unit is one of the unambiguous abbreviations, and not before 'per'", () => {
  it("'winds of up to 120 km per hour': the spaced unit before 'per' is the rate's, 'km per hour' (not: km alone)", () => {
    expect(exact(at("Winds of up to 120 km per hour hit the coast.", 120))).toEqual({ value: 120, qualifier: "up to", unit: "km per hour", label: "winds", type: "measure" });
  });

  it("'called to 12 St Mary's Road': a spaced 'St' is a saint, no weight in stones (not: every glued unit spaced)", () => {
    expect(figs("Police were called to 12 St Mary's Road.")).toEqual([]);
  });
});

describe("pounds-weigh.ts: a thousand or more pounds said in words is money", () => {
  it("'The marlin weighed one thousand pounds': a verb of weighing makes any size a weight (rev11b found it read as money)", () => {
    expect(exact(at("The marlin weighed one thousand pounds.", 1000))).toEqual({ value: 1000, qualifier: undefined, unit: "pounds", label: "weight", type: "measure" });
  });

  it("'She left him a thousand pounds in her will': not a weight (not: only above a thousand)", () => {
    expect(figs("She left him a thousand pounds in her will.").filter((f) => f.unit === "pounds")).toEqual([]);
  });

  it("'Tickets are priced at just 15 pounds': the price word three words back makes it money (not: only the word right before)", () => {
    expect(exact(at("Tickets are priced at just 15 pounds.", 15))).toEqual({ value: 15, qualifier: "just", unit: "GBP", label: "tickets", type: "money" });
  });
});

describe("rate.ts: a unit per another unit, a scale or a head count; not per any noun", () => {
  it("'He ran 10 miles per day': a distance a day, no speed in 'miles per day' (not: per any word)", () => {
    // (The label keeps the period since readn16's measure-rate.ts: a distance a day, not a distance.)
    expect(exact(at("He ran 10 miles per day.", 10))).toEqual({ value: 10, qualifier: undefined, unit: "miles", label: "miles per day", type: "measure" });
  });

  it("'makes 200 parts per hour': parts by the hour are counted, no concentration (not: 'parts' per a period too)", () => {
    expect(exact(at("The machine makes 200 parts per hour.", 200))).toEqual({ value: 200, qualifier: undefined, unit: undefined, label: "parts", type: "count" });
  });
});

describe("share.ts: halves of a thing's parts, and a title's run over 'of'", () => {
  it("'The bottom half of the table', 'The western half of the country': a part of one thing, no share (not: a word describing 'half' ignored)", () => {
    expect(figs("The bottom half of the table is crowded.")).toEqual([]);
    expect(figs("The western half of the country is flooded.")).toEqual([]);
  });

  it("'Half of the residents of Paris left': the share is of residents; only a title's capitalised word runs over its 'of' (not: any word before 'of')", () => {
    expect(exact(at("Half of the residents of Paris left.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "residents", type: "other" });
  });

  it("'Half of all Americans of working age have jobs': a capitalised noun runs over 'of' only into another capitalised word (not: into any word)", () => {
    expect(exact(at("Half of all Americans of working age have jobs.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "Americans", type: "other" });
  });
});

describe("unit-dimension.ts (heightAt): only feet after 'at' with no noun of their own are a height", () => {
  it("'Divers worked at 60 ft depths': the feet's own noun labels them (not: every 'at N ft' a height)", () => {
    expect(exact(at("Divers worked at 60 ft depths.", 60))).toEqual({ value: 60, qualifier: undefined, unit: "ft", label: "depths", type: "measure" });
  });
});

describe("unit-after.ts: an abbreviated area is two words", () => {
  it("'The flat measures 500 sq ft': an abbreviated area with no noun says its dimension, as the full words do (rev11b: it was dropped)", () => {
    expect(exact(at("The flat measures 500 sq ft.", 500))).toEqual({ value: 500, qualifier: undefined, unit: "sq ft", label: "area", type: "measure" });
    expect(exact(at("The flat measures 500 square feet.", 500))).toEqual({ value: 500, qualifier: undefined, unit: "square feet", label: "area", type: "measure" });
  });

  it("'a 12,000 sq ft mansion' is an area in sq ft, not a count of 'sq ft mansion'", () => {
    expect(exact(at("He bought a 12,000 sq ft mansion in Miami.", 12000))).toEqual({ value: 12000, qualifier: undefined, unit: "sq ft", label: "mansion", type: "measure" });
  });
});
