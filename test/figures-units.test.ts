// Which unit a number has: an abbreviation glued to its digits or set apart from them ('5km', '101 mph', '500 sq ft',
// '3 tbsp'), a spaced 'm' as metres only after an athlete's verb or before a size, a glued 'm' after a counted noun as
// millions (unit-after.ts, million-count.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("unit-after.ts: a spaced unit is one of the unambiguous abbreviations, and not before 'per'", () => {
  it("'winds of up to 120 km per hour': the spaced unit before 'per' is the rate's, 'km per hour' (not: km alone)", () => {
    expect(exact(at("Winds of up to 120 km per hour hit the coast.", 120))).toEqual({ value: 120, qualifier: "up to", unit: "km per hour", label: "winds", type: "measure" });
  });

  it("'called to 12 St Mary's Road': a spaced 'St' is a saint, no weight in stones (not: every glued unit spaced)", () => {
    expect(figs("Police were called to 12 St Mary's Road.")).toEqual([]);
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

describe("a unit glued to a number is a measure, before a hyphen too, and pounds take their ounces", () => {
  it.each([
    ["At the time of her death the toddler weighed only 13lbs-the average weight of a 3 or 4-month-old infant.", 13, "only", "lbs", "weight"],
    ["The bag of flour weighed 8oz.", 8, undefined, "oz", "weight"],
    ["The baby weighed 7lb 4oz at birth.", 7.25, undefined, "lb", "weight"],
    ["Engineers dug a 5km-long tunnel under the river.", 5, undefined, "km", "tunnel"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier, unit, label, type: "measure" });
  });
});

describe("an abbreviated unit set apart from its digits is the unit it is when glued", () => {
  it("'101 mph': a speed in mph, as '101mph'", () => {
    expect(exact(at("The truck reached 101 mph in the seconds before the crash.", 101))).toEqual({ value: 101, qualifier: undefined, unit: "mph", label: "truck", type: "measure" });
  });

  it("'55 to 70 km/h': the unit over a time, not a length", () => {
    expect(exact(at("Damaging winds averaging 55 to 70 km/h are forecast.", 55))).toMatchObject({ unit: "km/h", label: "damaging winds", type: "measure" });
  });
});

describe("tablespoons and teaspoons are units of measure (J: '3 — tbsp coconut oil [count]')", () => {
  it("'3 tbsp coconut oil.': 3 tbsp of coconut oil, a measure", () => {
    expect(exact(at("3 tbsp coconut oil.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "tbsp", label: "coconut oil", type: "measure" });
  });
});

describe("unit-after.ts: a spaced 'm' is metres after an athlete's verb or before a size", () => {
  it("'He ran 100 m in 9.58 seconds' keeps the 100 m, a distance run (was dropped: 'm' read as a noun)", () => {
    expect(exact(at("He ran 100 m in 9.58 seconds.", 100))).toEqual({ value: 100, qualifier: undefined, unit: "m", label: "run", type: "measure" });
  });
  it("'1.2 m people' stays no length: a spaced 'm' before a noun of people is millions (figures-spaced-millions)", () => {
    expect(exact(at("Some 1.2 m people have been forced to flee.", 1_200_000))?.unit).toBeUndefined();
  });
});

describe("unit-after.ts: a spaced letter after an athlete's verb is metres only when it is 'm'", () => {
  it("'She ran 5 f in the morning.' has no figure (mutant: any spaced glued unit after an athlete's verb)", () => {
    expect(figs("She ran 5 f in the morning.")).toEqual([]);
  });
});

describe("unit-after.ts, lonely-label.ts and share-of-those.ts: the last conditions", () => {
  it("'The crater is 20 m in diameter.': a size after 'in' makes a spaced 'm' metres (mutant: 'in' not passed)", () => {
    expect(exactOnly("The crater is 20 m in diameter.")).toEqual({ value: 20, qualifier: undefined, unit: "m", label: "crater", type: "measure" });
  });
  it("'He would not go around with 666, the mark of the beast.': the appositive's head and what it is of (mutant: head alone)", () => {
    expect(exactOnly("He would not go around with 666, the mark of the beast.")).toEqual({ value: 666, qualifier: undefined, unit: undefined, label: "mark of the beast", type: "count" });
  });
  it("'Some 40% of those eligible voted.': an adjective picks 'those' out (mutant: participles and 'who' only)", () => {
    expect(exactOnly("Some 40% of those eligible voted.")).toEqual({ value: 40, qualifier: "some", unit: "%", label: "share of those eligible", type: "percent" });
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

describe("unit-after.ts: a degree sign with no scale", () => {
  it("'The road climbs at an angle of 35 ° to the road.': 35 degrees of angle, a measure, not 35 angles", () => {
    expect(exactOnly("The road climbs at an angle of 35 ° to the road.")).toEqual({ value: 35, qualifier: undefined, unit: "degrees", label: "angle", type: "measure" });
  });
  it("'Red shows temperatures greater than 126 ° c.': a lower-case scale after the sign is still Celsius, a temperature (not 126 degrees of angle)", () => {
    expect(exactOnly("Red shows temperatures greater than 126 ° c.")).toEqual({ value: 126, qualifier: undefined, unit: "c", label: "temperature", type: "measure" });
  });
  it("'The ship was at 51° 30' N.': minutes after the sign make it a coordinate, no measure in degrees", () => {
    expect(figs("The ship was at 51° 30' N.").map((f) => f.unit)).not.toContain("degrees");
  });
});

describe("units: a number before a unit is a measure, labelled by what it measures", () => {
  it("'6-foot', '150-foot': the unit in the plural, the label what follows", () => {
    expect(at("He is a 6-foot guard.", 6)).toMatchObject({ display: "6-foot", type: "measure", unit: "feet", label: "guard" });
    // "feet tall" names the dimension, said as its noun (unit-dimension.ts sideAdjective).
    expect(at("The man he confronted was 6-feet tall.", 6)).toMatchObject({ type: "measure", unit: "feet", label: "height" });
  });

  it("'40-second-video', 'three-year-long conflict': a unit first in a compound makes a duration of what follows", () => {
    expect(at("She posted a 40-second-video of the attack.", 40)).toMatchObject({ type: "duration", unit: "seconds", label: "video" });
    expect(at("Buildings were scarred by the three-year-long conflict.", 3)).toMatchObject({ type: "duration", unit: "years", label: "conflict" });
  });

  it("an abbreviated unit written apart makes a compound: 'the 2,329 ft mountain', 'a 35 mph zone'", () => {
    expect(at("He was doing 54 in a 35 mph zone.", 35)).toMatchObject({ type: "measure", unit: "mph", label: "zone" });
    expect(at("To reach the top of the 2,329 ft mountain, take a tram.", 2329)).toMatchObject({ type: "measure", unit: "ft", label: "mountain" });
  });

  it("an area's unit is both words: '3,700-square-foot home', '2.7 square mile patch', '25 square meters'", () => {
    expect(at("They built a 3,700-square-foot home from containers.", 3700)).toMatchObject({ type: "measure", unit: "square feet", label: "home" });
    expect(at("He discovered the 2.7 square mile patch of land.", 2.7)).toMatchObject({ type: "measure", unit: "square miles" });
    expect(at("The mirror is 25 square meters.", 25)).toMatchObject({ unit: "square meters" });
  });

  it("'a 20-night trip' is a duration; 'for two month in Florida' names no place as its label", () => {
    expect(at("The company arranged a 20-night trip with stops in Beirut.", 20)).toMatchObject({ type: "duration", unit: "nights", label: "trip" });
    expect(at("She performed for two month in Florida.", 2)).toMatchObject({ type: "duration" });
  });

  it("a glued unit of its own is not replaced by the unit of the count before ('5 feet 4 inches tall, weighing 120-130lbs')", () => {
    expect(at("Elizabeth is 5 feet 4 inches tall, weighing 120-130lbs with long black hair.", 120)).toMatchObject({ unit: "lbs" });
  });

  it("'142 and 144 pounds': the first of a pair takes the unit said after the second", () => {
    expect(at("He only weighed 142 and 144 pounds respectively in those fights.", 142)).toMatchObject({ type: "measure", unit: "pounds", label: "pounds" });
  });

  it("centimeters, ounces, milligrams, stone and light-years are units", () => {
    expect(at("The wound measured 10 centimeters (4 inches) long.", 10)).toMatchObject({ type: "measure", unit: "centimeters" });
    expect(at("It goes straight into a 32-ounce mason jar.", 32)).toMatchObject({ type: "measure", unit: "ounces", label: "mason jar" });
    expect(at("The average American ingests about 3,500 milligrams of salt per day.", 3500)).toMatchObject({ type: "measure", unit: "milligrams", label: "salt", qualifier: "about" });
    expect(at("A 17 stone mother was stuck in a window.", 17)).toMatchObject({ type: "measure", unit: "stone", label: "mother" });
    expect(at("The nebula is about 7000 light-years away.", 7000)).toMatchObject({ type: "measure", unit: "light-years" });
    expect(at("This is the moment a nine foot long bull shark was caught.", 9)).toMatchObject({ display: "nine foot", unit: "feet", label: "bull shark" });
    // A capitalised unit is a title or a name: "Three Degrees star", "the 21 Grams actress Naomi Watts".
    expect(at("Three Degrees star Sheila Ferguson sang.", 3).type).not.toBe("measure");
    // (The title before a singular role is no figure at all: title-role.ts.)
    expect(figs("It starred the 21 Grams actress Naomi Watts.").filter((f) => f.value === 21 && f.type === "measure")).toEqual([]);
  });
});

describe("currencies named after the amount beyond the dollar, euro and pound", () => {
  it.each([
    ["reais", "The club has a debt of 6.5 billion reais.", 6.5e9, "6.5 billion reais", "BRL", "debt"],
    ["rand", "Those earning less than 35,000 rand a year will be exempt.", 35000, "less than 35,000 rand", "ZAR", "earnings a year"],
    ["pesos", "He was fined 200,000 pesos.", 200000, "200,000 pesos", "MXN", "fine"],
    ["won after a scale", "Samsung estimated an operating profit of 5.9 trillion won for the quarter.", 5.9e12, "5.9 trillion won", "KRW", "operating profit"],
  ])("%s", (_what, text, value, display, unit, label) => {
    expect(at(text, value)).toMatchObject({ display, unit, label, type: "money" });
  });

  it("'won' with no scale is the verb: 'Burnout 3 won three awards'", () => {
    expect(at("Burnout 3 won three awards.", 3)).toMatchObject({ display: "three", label: "awards", type: "count" });
  });
});
