// Durations the card labelled by their unit alone where the clause says what the time is for (label-duration.ts): a
// time given, had or taken to do something ("given up to 30 days to respond"), an injury's time out ("will be out for
// six months"), and a predicate over "for the past N years" or an irregular passive ("was held … for 13 years"). Each a
// one-sentence repro from the cards of cnndm-dev and dev-bbc with the exact figure; each guard a sentence whose
// predicate named the wrong thing before.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

/** A duration as `exact` gives it. */
const duration = (value: number, qualifier: string | undefined, unit: string, label: string) => ({ value, qualifier, unit, label, type: "duration" });

describe("a time given, had or taken to do something is labelled by the doing", () => {
  it("'have been given up to 30 days to respond to the complaint'", () => {
    expect(exact(at("Seven London-based companies and an eighth Paris firm have been given up to 30 days to respond to the complaint.", 30))).toEqual(duration(30, "up to", "days", "days to respond to the complaint"));
  });

  it("over the object the time is given to: 'gave the United Nations' refugee agency three months to relocate refugees'", () => {
    expect(exact(at("Deputy President William Ruto gave the United Nations' refugee agency three months to relocate refugees from the Dadaab camp.", 3))).toEqual(duration(3, undefined, "months", "months to relocate refugees"));
  });

  it("the main clause's verb after the doing ends it: 'had just 18 months to live claims he…'", () => {
    expect(exact(at("A bowel cancer patient told he had just 18 months to live claims he has been cured by cannabis oil.", 18))).toEqual(duration(18, "just", "months", "months to live"));
  });

  it("a bare doing names who has the time when a common noun has it (BB shape 10): 'His contract has just under 18 months to run' → months for contract to run", () => {
    expect(exact(at("His contract has just under 18 months to run.", 18))).toEqual(duration(18, "just under", "months", "months for contract to run"));
    expect(at("The scheme still has five years to run.", 5).label).toBe("years for scheme to run");
    expect(at("The club had two weeks to decide.", 2).label).toBe("weeks for club to decide");
  });

  it("near misses: a name or pronoun says who, a doing with an object names enough, a giver is no holder", () => {
    expect(at("Smith has 10 days to appeal.", 10).label).toBe("days to appeal");
    expect(at("The court gave the family ten days to appeal.", 10).label).toBe("days to appeal");
    expect(at("The council has 30 days to respond to the complaint.", 30).label).toBe("days to respond to the complaint");
    expect(at("Seven London-based companies have been given up to 30 days to respond.", 30).label).toBe("days to respond");
  });

  it("no doing for a time point, a time no verb gives, a pronoun's doing or one cut inside its noun phrase", () => {
    // (A match's countdown is where the time stands, which duration-position.ts names: no doing "to go".)
    expect(at("Austin puts the Hoops 3-2 up with just 12 minutes to go.", 12).label).toBe("minutes to go");
    expect(at("Cuomo has become the first governor in five years to visit Cuba.", 5).label).toBe("years");
    expect(at("The coaches will mould him to their vision, given three months to do so.", 3).label).toBe("months");
    expect(at("The DCA has had four years to prepare for freedom of information, but not all are ready.", 4).label).toBe("years");
  });

  it("a purpose that cannot be labelled leaves 'takes N minutes' bare, not labelled by the subject ('minutes of song')", () => {
    expect(at("A song which currently takes one and a half minutes to download to a phone could be done in 10 seconds.", 1.5).label).toBe("minutes");
  });
});

describe("'out for N weeks': the time an injury keeps a player out", () => {
  it("'will be out for six months' → months out", () => {
    expect(exact(at("Justin needs an operation and will be out for six months, said his coach.", 6))).toEqual(duration(6, undefined, "months", "months out"));
  });

  it("'rule him out for around six weeks' → weeks ruled out", () => {
    expect(exact(at("However, his damaged ribs are expected to rule him out for around six weeks, effectively ending his season.", 6))).toEqual(duration(6, "around", "weeks", "weeks ruled out"));
  });

  it("'rule him out of action for at least six weeks' → weeks ruled out: 'out of action' is 'out' said in full", () => {
    expect(exact(at("The knee surgery will rule him out of action for at least six weeks, meaning he will miss the World Cup.", 6))).toEqual(duration(6, "at least", "weeks", "weeks ruled out"));
  });

  it("'we had big players out for four months' → months out: someone 'have' or 'with' holds is out as 'was out' is", () => {
    expect(exact(at("What people forgot is that we had big players out for four months this season.", 4))).toEqual(duration(4, undefined, "months", "months out"));
  });

  it("'With Vickery sidelined for at least six weeks' → weeks sidelined: a participle after 'with' and a name is passive", () => {
    expect(exact(at("With Vickery sidelined for at least six weeks and White out with a neck injury, Bell could make his debut.", 6))).toEqual(duration(6, "at least", "weeks", "weeks sidelined"));
  });

  it("'pulled her out for two weeks' is no time out: only 'have', 'with' or 'keep' holds someone out", () => {
    expect(exact(at("Her parents pulled her out for two weeks in June.", 2))?.label).not.toBe("weeks out");
  });
});

describe("a predicate before 'for' names the time", () => {
  it("over the window words: 'living in a shelter for the past five years'", () => {
    expect(exact(at("A dog who was living in a shelter for the past five years has finally gone home.", 5))).toEqual(duration(5, undefined, "years", "years living in a shelter"));
  });

  it("an irregular passive: 'was held at Guantanamo Bay without charge for more than 13 years'", () => {
    expect(exact(at("The 48-year-old has been held at Guantanamo Bay without charge for more than 13 years.", 13))).toEqual(duration(13, "more than", "years", "years held at Guantanamo Bay"));
  });

  it("over an infinitive to the verb it is the object of: 'has blocked government attempts to deport him for more than 15 years'", () => {
    expect(exact(at("Al-Sibai has blocked government attempts to deport him for more than 15 years.", 15))).toEqual(duration(15, "more than", "years", "years blocking government attempts to deport"));
  });

  it("not over a denied infinitive: 'pledging not to apply for reinstatement for at least 10 years'", () => {
    expect(at("Manuel signed an agreement pledging not to apply for reinstatement for at least 10 years.", 10).label).toBe("years");
  });

  it("a role cut before its 'of' drops its article: 'proud to have been a part of Tods Murray for 29 years'", () => {
    expect(exact(at("I am proud to have been a part of Tods Murray for 29 years and wish it well.", 29))).toEqual(duration(29, undefined, "years", "years as part of Tods Murray"));
  });
});

describe("predicates that name no time leave it bare", () => {
  it("a predicate with a time of its own: 'has doubled every five and a half months for 18 months'", () => {
    expect(at("The blogosphere has doubled every five and a half months for 18 months.", 18).label).toBe("months");
    // "a second" is no amount of time of its own.
    expect(at("The clock has stunned experts by keeping accurate to a second for 100 days.", 100).label).toBe("days keeping accurate to a second");
  });

  it("a denied copula: 'won't be able to do any running for two or three weeks', 'was not available for two weeks'", () => {
    expect(at("I can hardly walk and I won't be able to do any running for two or three weeks.", 2).label).toBe("weeks");
    expect(at("He was not available for two weeks.", 2).label).toBe("weeks");
  });

  it("an '-ing' word that describes a noun: 'their qualifying campaign', 'the 'internationally-wanted poaching vessel''", () => {
    expect(at("He has been a major part of their qualifying campaign for 18 months.", 18).label).toBe("months");
    expect(at("They have been following the 'internationally-wanted poaching vessel for 110 days'.", 110).label).toBe("days");
  });

  it("a past form after 'to' describes a noun: 'leading to to repeated trips to hospital for four years'", () => {
    expect(at("His body rejected it, leading to to repeated trips to hospital for four years.", 4).label).toBe("years");
  });

  it("a capitalised '-ing' word after a word is a name's: 'the Aloma Methodist Early Childhood Learning Center'", () => {
    expect(at("She worked at the Aloma Methodist Early Childhood Learning Center in Orange County for 18 months.", 18).label).toBe("months");
  });

  it("a perfect in a relative clause is its object's, said by the participle alone: 'the Internet Explorer that Microsoft has offered for 20 years'", () => {
    expect(at("The new browser is faster than the Internet Explorer that Microsoft has offered for 20 years.", 20).label).toBe("years offered");
  });
});

describe("a verb of staying names where the time was spent, as a copula does", () => {
  it("'has remained in League One for 18 years': years in League One", () => {
    expect(exact(at("Oldham fans, whose team has remained in League One for 18 years, can look forward to better days.", 18))).toEqual({ value: 18, qualifier: undefined, unit: "years", label: "years in League One", type: "duration" });
  });

  it("'stayed on the line for 30 minutes': minutes on the line", () => {
    expect(exact(at("He stayed on the line for 30 minutes, overhearing a conversation.", 30))).toEqual({ value: 30, qualifier: undefined, unit: "minutes", label: "minutes on the line", type: "duration" });
  });

  it("'stay with their mothers for up to two years': years with their mothers", () => {
    expect(exact(at("Wombats stay with their mothers for up to two years, walking by their side.", 2))).toEqual({ value: 2, qualifier: "up to", unit: "years", label: "years with their mothers", type: "duration" });
  });

  it("a state stays: 'The shops remained closed for three days' → days closed", () => {
    expect(at("The shops remained closed for three days after the riot.", 3).label).toBe("days closed");
  });

  it("a role names no place ('remained a mystery for nearly 24 hours'), nor does a denied stay", () => {
    expect(at("Warnock remained a mystery for nearly 24 hours as the photo went viral.", 24).label).toBe("hours");
    expect(at("He did not stay in hospital for two days.", 2).label).toBe("days");
  });
});

describe("a time served or spent whose clause names nothing else is the verb's", () => {
  it("'served four years for the 2007 murder': years served", () => {
    expect(exact(at("Her former boyfriend Raffaele Sollecito served four years for the 2007 murder of the student.", 4))).toEqual({ value: 4, qualifier: undefined, unit: "years", label: "years served", type: "duration" });
  });

  it("'She served three years and was released': years served; 'spent three months, after setting off': months spent", () => {
    expect(at("She served three years and was released in June 2005.", 3).label).toBe("years served");
    expect(at("Mr Devreese spent three months, after setting off in February, searching the jungles of Congo.", 3).label).toBe("months spent");
  });

  it("a denied time names nothing ('has not served two years'), and a compound's next part still names it", () => {
    expect(at("He has not served two years of it.", 2).label).toBe("years");
    expect(at("Ms Vulin spent two years and eight months wearing a compression mask to help put her face back together.", 2.667).label).toBe("years wearing a compression mask");
  });
});

describe("label-duration.ts complement: a role drops its article only when the label would not fit", () => {
  it("'had been an ambition of his for almost 20 years' keeps 'an' (not: the length guard dropped, 'as ambition')", () => {
    const text = "Mr Thoday said the idea of turning the film into a musical had been an ambition of his for almost 20 years.";
    expect(exact(at(text, 20))).toEqual({ value: 20, qualifier: "almost", unit: "years", label: "years as an ambition", type: "duration" });
  });
});
