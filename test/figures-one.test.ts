// "one" as a count: a person a toll or an arrest names ("one man dead"), never the article or pronoun it mostly is.
// Each a one-sentence repro with the exact figure, and the look-alikes that are no number at all.
import { describe, expect, it } from "vitest";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const one = (display: string, label: string) => ({ display, value: 1, qualifier: undefined, unit: undefined, label, type: "count" });

describe("'one' that counts a toll or an arrest", () => {
  it("'left a police officer wounded, one man dead': 1, man dead", () => {
    expect(exact("The brawl left a police officer wounded, one man dead, and another hurt.")).toEqual([one("one", "man dead")]);
  });

  it("'he killed one man': 1, man killed", () => {
    expect(exact("He killed one man and seriously injured another.")).toEqual([one("one", "man killed")]);
  });

  it("'One inmate died in prison': 1, inmate died", () => {
    expect(exact("One inmate died in prison.")).toEqual([one("One", "inmate died")]);
  });

  it("'Police have arrested one woman': 1, woman arrested", () => {
    expect(exact("Police have arrested one woman, named as Alyssa Chang.")).toEqual([one("one", "woman arrested")]);
  });

  it("'Only one man was killed': only 1, man killed", () => {
    expect(exact("Only one man was killed.")).toEqual([{ ...one("Only one", "man killed"), qualifier: "only" }]);
  });

  it("'Five men and one woman were detained': the woman is a figure of her own", () => {
    expect(exact("Five men and one woman were detained at the port.")).toContainEqual(one("one", "woman detained"));
  });
});

describe("'one' that is no number", () => {
  it("is not read before 'of', a name, a thing, or with a verb that counts no toll or arrest", () => {
    for (const text of [
      "Kate Upton has one of the best bodies in the world.",
      "Doctors will test one of the victims who died in hospital.",
      "One Direction released their debut album.",
      "At one point the gunman fired at the officers.",
      "He fired one round, striking himself.",
      "One Twitter user questioned the decision.",
      "One man was questioned by police.",
      "The blast killed one horse.",
      "One woman was released without charge.",
      "One man said he saw the car.",
    ]) {
      expect(sentenceNumbers({ index: 0, paragraph: 0, text }).filter((r) => r.value === 1), text).toEqual([]);
    }
  });
});
