// A bare duration says where it stands when its clause says nothing else of it ("seven — minutes to go", not
// "minutes"), and ranks as its unit alone did: where a time stands moves no figure on or off a card.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, duration, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("a match's clock", () => {
  it("'five minutes into the second half' → five — minutes into the second half", () => {
    expect(exact(at("Xavi came on five minutes into the second half.", 5))).toEqual(duration(5, "minutes", "minutes into the second half"));
  });

  it("'with seven minutes to go' → seven — minutes to go", () => {
    expect(exact(at("Benteke completed his hat-trick with seven minutes to go.", 7))).toEqual(duration(7, "minutes", "minutes to go"));
  });

  it("'11 minutes from time' → 11 — minutes from time", () => {
    expect(exact(at("Roberts halved the deficit 11 minutes from time.", 11))).toEqual(duration(11, "minutes", "minutes from time"));
  });
});

describe("a time out", () => {
  it("'another four weeks on the sidelines' → four — weeks on the sidelines", () => {
    expect(exact(at("Walker faces another four weeks on the sidelines.", 4))).toEqual(duration(4, "weeks", "weeks on the sidelines"));
  });

  it("'three weeks out of action' → three — weeks out of action", () => {
    expect(exact(at("Sakho faces three weeks out of action with a hamstring injury.", 3))).toEqual(duration(3, "weeks", "weeks out of action"));
  });

  it("'three years' probation' → three — years' probation", () => {
    expect(exact(at("He was sentenced to three years' probation.", 3))).toEqual(duration(3, "years", "years' probation"));
  });

  it("'four months’ extra life': an adjective before the owned noun", () => {
    expect(exact(at("Trials show the drug gives women four months’ extra life.", 4))).toEqual(duration(4, "months", "months' extra life"));
  });

  it("near miss: 'two years' long,': an adjective with no noun after it owns nothing", () => {
    expect(exact(at("Fans said the wait was two years' long, and worth it.", 2))).toEqual(duration(2, "years", "years"));
  });
});

describe("a time since or after", () => {
  it("'their first cup final in five years' → five — years since last cup final", () => {
    expect(exact(at("Villa reached their first cup final in five years.", 5))).toEqual(duration(5, "years", "years since last cup final"));
  });

  it("'Nine years on, the sufferer says' → Nine — years on", () => {
    expect(exact(at("Nine years on, the sufferer says his condition is better.", 9))).toEqual(duration(9, "years", "years on"));
  });

  it("'Nine years on the sufferer says': an opening time point, not 'years on the sufferer'", () => {
    expect(at("Nine years on the sufferer says his condition is better.", 9).label).toBe("years on");
  });

  it("'their baby's first three months on their computer': the months are no time spent there (a stretch, duration-window.ts)", () => {
    expect(at("They kept pictures of their baby's first three months on their computer.", 3).label).toBe("first months");
  });

  it("'two days after Saudi Arabia announced the end' → two — days after Saudi Arabia announced", () => {
    expect(exact(at("Airstrikes resumed two days after Saudi Arabia announced the end of its campaign.", 2))).toEqual(duration(2, "days", "days after Saudi Arabia announced"));
  });

  it("'three years after her daughter went missing' → three — years after her daughter went missing", () => {
    expect(exact(at("Three years after her daughter went missing, Cox still hopes.", 3))).toEqual(duration(3, "years", "years after her daughter went missing"));
  });

  it("'two weeks after they became sick' → two — weeks after becoming sick: a pronoun's verb names the event", () => {
    expect(exact(at("The boys are in a coma two weeks after they became sick.", 2))).toEqual(duration(2, "weeks", "weeks after becoming sick"));
  });

  it("a fronted time after an event, the subject of its copula: 'Nine weeks after the operation was when' (AK shape 8)", () => {
    const s = "\"Nine weeks after the operation was when I first rode a bike again.\"";
    expect(exact(at(s, 9))).toEqual(duration(9, "weeks", "weeks after the operation"));
  });

  it("near miss: the event's own passive after its copula ('after the man was first told') is its clause", () => {
    expect(at("Seven years after the man was first told he would be sent away, a judge ruled.", 7).label).not.toBe("years after the man");
  });
});

describe("a span is no time point", () => {
  it("'took four years before the studio started work' stays four — years", () => {
    expect(at("It took four years before the studio started work.", 4).label).toBe("years");
  });

  it("'it will be up to four years before he starts work' stays years", () => {
    expect(at("It will be up to four years before the studio starts work on the film.", 4).label).toBe("years");
  });

  it("'a contract for the next two years after this' is no time later (a window ahead, duration-window.ts)", () => {
    expect(at("I have a contract here for the next two years after this.", 2).label).toBe("years ahead");
  });

  it("'from first blow to last in 10 seconds' is no 'since last blow'", () => {
    expect(at("It was over from first blow to last in 10 seconds.", 10).label).toBe("seconds");
  });

  it("'the first English ospreys for 150 years': a plural names no last one", () => {
    expect(at("They were the first English ospreys for 150 years.", 150).label).toBe("years");
  });
});

describe("where a time stands does not rank it", () => {
  const paras = ["Villa reached their first cup final in five years.", "The club sold 30,000 tickets.", "Fans waited four hours."];

  it("the ranking reads its unit, so a headline word in 'since last cup final' is not what the story is about", () => {
    const s = articleSentences({ paragraphs: paras });
    const years = cardCandidates(s, { headline: "Villa into cup final" }).find((c) => c.figure.value === 5);
    expect([years?.figure.label, years?.placed, years?.signals.about]).toEqual(["years", "years since last cup final", false]);
  });

  it("the card shows the placed label and picks as without it", () => {
    const s = articleSentences({ paragraphs: paras });
    const candidates = cardCandidates(s, { salience: [1, 1, 1], headline: "Villa into cup final" });
    const card = pickFigures(candidates, s.length, 3, CARD_WEIGHTS);
    expect(card.find((f) => f.value === 5)?.label).toBe("years since last cup final");
    const unplaced = candidates.map(({ placed: _, ...c }) => c);
    expect(pickFigures(unplaced, s.length, 3, CARD_WEIGHTS).map((f) => f.value)).toEqual(card.map((f) => f.value));
  });

  it("`figures --all` lists it with the placed label", () => {
    const s = articleSentences({ paragraphs: ["Benteke scored with seven minutes to go."] });
    expect(everyNumber(s).find((n) => n.value === 7)?.label).toBe("minutes to go");
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
