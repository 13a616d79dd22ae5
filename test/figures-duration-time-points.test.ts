// Durations that said only their unit or a time point ('two — weeks', 'years ago') named by what they measure: the
// time before an event said "prior to" it or before a time "had passed", a clause's event by its verb (a pronoun's, a
// passive's, one with a place and no object), a "went missing", a moment's past, an event's noun before "ago", a
// phrasal verb of lasting, a time needed for a doing, a span up to a doing "before" it, a window back from now by the
// things an ordinal or a count says it held (labels39; card audits 37 and 38, the strict rule's largest shape).
import { describe, expect, it } from "vitest";
import { at, duration, exact, typedList } from "#test/helpers/figures.ts";

describe("a time point named by its event", () => {
  it("'two weeks prior to the fire' → two — weeks before the fire", () => {
    expect(exact(at("The caretaker phoned the council two weeks prior to the fire.", 2))).toEqual(duration(2, "weeks", "weeks before the fire"));
  });

  it("'hit the bar before four minutes had passed' → four — minutes before hitting the bar", () => {
    expect(exact(at("The visitors hit the bar before four minutes had passed.", 4))).toEqual(duration(4, "minutes", "minutes before hitting the bar"));
  });

  it("'who went missing more than five years ago' → more than five — years since going missing", () => {
    expect(exact(at("The sailor, who went missing off the coast more than five years ago, was never found.", 5))).toEqual(duration(5, "years", "years since going missing", "more than"));
  });

  it("'Almost three weeks later, a farmer heard cries' → almost three — weeks before hearing cries", () => {
    expect(exact(at("Almost three weeks later, a farmer heard cries from the well.", 3))).toEqual(duration(3, "weeks", "weeks before hearing cries", "almost"));
  });

  it("'three weeks after they fell ill' → three — weeks after falling ill", () => {
    expect(exact(at("The twins are still in hospital three weeks after they fell ill.", 3))).toEqual(duration(3, "weeks", "weeks after falling ill"));
  });

  it("a passive's place is left out to fit: 'two days after he was detained in the port' → days after being detained", () => {
    expect(exact(at("The sailor wrote home two days after he was detained in the port.", 2))).toEqual(duration(2, "days", "days after being detained"));
  });

  it("an infinitive is another doing: 'three days after he went to stay with friends' stays three — days later", () => {
    expect(exact(at("The lodger signed three days after he went to stay with friends.", 3))).toEqual(duration(3, "days", "days later"));
  });

  it("a passive over its adverb: 'nine years after it was first pressed' → more than nine — years after being pressed", () => {
    expect(exact(at("The record is selling again more than nine years after it was first pressed.", 9))).toEqual(duration(9, "years", "years after being pressed", "more than"));
  });

  it("a thing done to keeps its name: 'four days after the menu was printed' → four — days after menu printed", () => {
    expect(exact(at("The chef quit four days after the menu was printed.", 4))).toEqual(duration(4, "days", "days after menu printed"));
  });

  it("what the thing was told is part of the event: 'five years after the clerk was told he would lose his job' stays later", () => {
    expect(exact(at("Five years after the clerk was told he would lose his job, he sued.", 5))).toEqual(duration(5, "years", "years later"));
  });

  it("a particle makes the verb another: 'six hours after her van was towed away' stays six — hours later", () => {
    expect(exact(at("The keys were found six hours after her van was towed away.", 6))).toEqual(duration(6, "hours", "hours later"));
  });
});

describe("a verb with a place after it and no object names its event", () => {
  it("'was moved into a care home three days later' → three — days before being moved", () => {
    expect(exact(at("The patient was moved into a care home three days later.", 3))).toEqual(duration(3, "days", "days before being moved"));
  });

  it("not a preposition whose object is the time: 'compared with 15 years ago' is the point compared against, a date off the card (ago-point.ts), no 'years before comparing'", () => {
    expect(typedList("Fewer families own a piano compared with 15 years ago.")).toEqual([["15 years ago", "date", false]]);
  });

  it("not a present's passive: 'is being sued over a fraud in Leeds 20 years ago' stays 20 — years ago", () => {
    expect(exact(at("A former banker is being sued over a fraud in Leeds 20 years ago.", 20))).toEqual(duration(20, "years", "years ago"));
  });
});

describe("a time ago dated by an event's noun before it", () => {
  it("'since a freak skiing accident three years ago' → three — years since freak skiing accident", () => {
    expect(exact(at("His career has stalled since a freak skiing accident three years ago.", 3))).toEqual(duration(3, "years", "years since freak skiing accident"));
  });

  it("a thing or a place before it is no event: 'It was the same court 12 years ago' stays 12 — years ago", () => {
    expect(exact(at("It was the same court 12 years ago.", 12))).toEqual(duration(12, "years", "years ago"));
  });

  it("a short '-ed' past: 'the miners who died at the pit almost 40 years ago' → years since dying at the pit", () => {
    expect(exact(at("A plaque remembers the miners who died at the pit almost 40 years ago.", 40))).toEqual(duration(40, "years", "years since dying at the pit", "almost"));
  });
});

describe("a span named by what lasted or needed it", () => {
  it("'The inquiry went on for over 12 years' → over 12 — years of inquiry", () => {
    expect(exact(at("The inquiry went on for over 12 years.", 12))).toEqual(duration(12, "years", "years of inquiry", "over"));
  });

  it("'will need six months to study the bids' → six — months to study the bids", () => {
    expect(exact(at("The board will need six months to study the bids.", 6))).toEqual(duration(6, "months", "months to study the bids"));
  });
});

describe("a window back from now holds an ordinal's or a count's things", () => {
  it("'the ninth beached whale found on the coast in the last 30 years' → 30 — years with nine beached whales", () => {
    expect(exact(at("The calf was the ninth beached whale found on the coast in the last 30 years.", 30))).toEqual(duration(30, "years", "years with nine beached whales"));
  });

  it("'Police have made 30 arrests in the past three weeks' → three — weeks with 30 arrests", () => {
    expect(exact(at("Police have made 30 arrests in the past three weeks.", 3))).toEqual(duration(3, "weeks", "weeks with 30 arrests"));
  });
});

describe("a span that ran up to a doing 'before' it", () => {
  it("'She lasted five months before being sacked' → five — months before being sacked", () => {
    expect(exact(at("She lasted five months before being sacked.", 5))).toEqual(duration(5, "months", "months before being sacked"));
  });

  it("over a 'for': 'The phone runs for about ten hours before needing a charge' → hours before needing a charge", () => {
    expect(exact(at("The phone runs for about ten hours before needing a charge.", 10))).toEqual(duration(10, "hours", "hours before needing a charge", "about"));
  });
});
