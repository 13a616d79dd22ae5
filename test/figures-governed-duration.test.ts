// A duration "for N UNIT" labelled by the verb that governs its "for", read from the tags rather than from lists of
// spellings (duration-predicate.ts, infinitive-doing.ts, for-words.ts): the shapes the blind samples BB and BC printed
// by their bare unit (strict-only faults: an editor reading "four — months" cannot tell what lasted four months), each
// a made-up sentence of the same grammar, and the readings right today that the rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("an infinitive before its 'for' is the doing the time is spent on, when the verb above names none", () => {
  it("'called for her to rest for four months' → months resting", () => {
    expect(exact(at("A coach called for her to rest for four months.", 4))).toEqual(duration(4, "months", "months resting"));
  });

  it("other verbs and tenses: 'asks drivers to wait for 20 minutes', 'had called for them to pray for three hours'", () => {
    expect(at("The priest had called for them to pray for three hours.", 3).label).toBe("hours praying");
    expect(at("The council now asks drivers to wait for 20 minutes.", 20).label).toBe("minutes waiting");
  });

  it("a 'to' before a noun the tagger calls a verb is no infinitive while the verb above names the time", () => {
    expect(at("She was crying herself to sleep for two years.", 2).label).toBe("years crying herself to sleep");
    expect(at("The Tories held on to power for another 18 years.", 18).label).toBe("years holding on to power");
  });

  it("an infinitive denied above it or by an 'any' in its object names no doing: 'will be unable to attend any hearings for six months'", () => {
    expect(at("She will be unable to attend any court hearings for six months.", 6).label).not.toContain("attending");
    expect(at("He was told he wouldn't be able to walk for six weeks.", 6).label).not.toContain("walking");
    expect(at("He will be unable, due to his injury, to play any matches for six months.", 6).label).not.toContain("playing");
  });

  it("with its object, when the verb above names nothing: 'called on him to wear a brace for six weeks'", () => {
    expect(at("A surgeon called on him to wear a brace for six weeks.", 6).label).toBe("weeks wearing a brace");
  });

  it("an object the label cannot hold whole leaves the doing unsaid rather than cut inside its noun phrase", () => {
    expect(at("A surgeon called on him to wear the special new Swiss knee support harness for six weeks.", 6).label).not.toContain("wearing");
  });

  it("the verb above still wins when it names the time: 'has blocked attempts to deport him for 15 years'", () => {
    expect(at("Al-Sibai has blocked government attempts to deport him for more than 15 years.", 15).label).toBe("years blocking government attempts to deport");
  });

  it("a denied infinitive names no doing: 'pledging not to apply for reinstatement for at least 10 years'", () => {
    expect(at("Manuel signed an agreement pledging not to apply for reinstatement for at least 10 years.", 10).label).toBe("years");
  });
});

describe("a verb after a passive's auxiliary is its participle by its tag, whatever its spelling", () => {
  it("'had been stuck in the building for more than three hours' → hours stuck in the building", () => {
    expect(exact(at("Staff had been stuck in the building for more than three hours.", 3))).toEqual(duration(3, "hours", "hours stuck in the building", "more than"));
  });

  it("a participle known by its tag alone keeps the words after it or none: 'was left there for nine weeks' is no time left", () => {
    expect(at("A titanium frame was drilled into his head, which was left there for nine weeks.", 9).label).not.toBe("weeks left");
  });

  it("other participles: 'was shut for two weeks', 'were hit with delays for six months'", () => {
    expect(at("The main road was shut for two weeks in March.", 2).label).toBe("weeks shut");
    expect(at("Commuters were hit with delays for six months.", 6).label).toBe("months hit with delays");
  });

  it("a participle read from context alone needs its spelling: 'lets him go for another 10 seconds' is no passive", () => {
    expect(at("If the officer lets him go for another 10 seconds, he could hurt somebody.", 10).label).not.toBe("seconds go");
  });

  it("a denied passive still names no time: 'was not seen for three days'", () => {
    expect(at("The boy was not seen for three days.", 3).label).not.toBe("days seen");
  });
});

describe("a regular past with nothing before its 'for' is said as its participle: the doing or the state it left", () => {
  it("'Patients fasted for an average of 10 hours' → hours fasted", () => {
    expect(exact(at("Patients fasted for an average of 10 hours.", 10))).toEqual(duration(10, "hours", "hours fasted", "an average of"));
  });

  it("other pasts: 'The plant closed for two weeks', 'she paused for 30 seconds'", () => {
    expect(at("The plant closed for two weeks in August.", 2).label).toBe("weeks closed");
    expect(at("Asked about the bid, she paused for 30 seconds.", 30).label).toBe("seconds paused");
  });

  it("a past that goes on keeps its '-ing', a sentencing its term, a denial nothing: 'dated for four years', 'jailed for six years', 'hasn't played for two years'", () => {
    expect(at("The couple dated for four years before marrying.", 4).label).toBe("years dating");
    expect(at("The driver was jailed for six years.", 6).label).toBe("years in prison");
    expect(at("Smith hasn't played for two years.", 2).label).not.toBe("years played");
  });
});

describe("'N UNIT old' said of a thing is its age (age-of-thing.ts)", () => {
  it("an aside after the thing: 'The skull, roughly 2.5 million years old, was dug up' → years (age of skull)", () => {
    expect(exact(at("The skull, roughly 2.5 million years old, was dug up near a river.", 2.5e6))).toEqual(duration(2.5e6, "years", "years (age of skull)", "roughly"));
  });

  it("a copula's subject, over a relative pronoun: 'The temple is 3,000 years old', 'the bridge, which is 800 years old,'", () => {
    expect(at("The temple is 3,000 years old.", 3000).label).toBe("years (age of temple)");
    expect(at("The bridge, which is 800 years old, will be repaired.", 800).label).toBe("years (age of bridge)");
    expect(at("The Parthenon is 2,400 years old.", 2400).label).toBe("years (age of Parthenon)");
  });

  it("near miss: a noun inside a longer phrase is not its head: 'The legend of St George and the dragon is over a thousand years old'", () => {
    expect(at("The medieval legend of St George and the dragon is over a thousand years old.", 1000).label).not.toContain("dragon");
  });

  it("near misses: a pronoun or an adjective names nothing, a compound says it already: 'It is 500 years old', 'The oldest is', 'a 2,000 year old coin'", () => {
    expect(at("It is 500 years old.", 500).label).toBe("years old");
    expect(at("The oldest is 500 years old.", 500).label).toBe("years old");
    expect(at("A 2,000 year old coin was found.", 2000).label).toBe("year old coin");
  });
});
