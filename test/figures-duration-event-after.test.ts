// A time after which a past event happened is how long it took to come ("eight — minutes before opening the scoring",
// not "minutes"): the past or passive before "after" names the event (event-after.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a past event after a time", () => {
  it("'opened the scoring after eight minutes' → eight — minutes before opening the scoring", () => {
    expect(exact(at("Aguero opened the scoring after eight minutes.", 8))).toEqual(duration(8, "minutes", "minutes before opening the scoring"));
  });

  it("'quit after 38 years, saying' → 38 — years before quitting", () => {
    expect(exact(at("Mueller-Wohlfahrt quit after 38 years, saying his team was blamed.", 38))).toEqual(duration(38, "years", "years before quitting"));
  });

  it("'was released after three years' → three — years before being released", () => {
    expect(exact(at("He was jailed for six years in prison but was released after three years.", 3))).toEqual(duration(3, "years", "years before being released"));
  });

  it("'had been brought down by Neto after five minutes' → minutes before being brought down (cut to fit)", () => {
    expect(exact(at("The striker had been brought down by Neto after five minutes.", 5))).toEqual(duration(5, "minutes", "minutes before being brought down"));
  });

  it("'left London's Capital FM this year after 17 years': the time word is left out", () => {
    expect(exact(at("Chris Moyles left London's Capital FM this year after 17 years.", 17))).toEqual(duration(17, "years", "years before leaving London's Capital FM"));
  });

  it("'put the Sons ahead after just two minutes with his first goal': a match clock's 'with' says how", () => {
    expect(exact(at("Mark Wilson put the Sons ahead after just two minutes with his first goal.", 2))).toEqual(duration(2, "minutes", "minutes before putting the Sons ahead", "just"));
  });

  it("'doubled their lead after 48 minutes': a noun the tagger calls a verb after an owner is the object", () => {
    expect(exact(at("United doubled their lead after 48 minutes when Ronaldo scored.", 48))).toEqual(duration(48, "minutes", "minutes before doubling their lead"));
  });

  it("'cut out after 44 seconds and then' keeps the verb's particle", () => {
    expect(exact(at("The phone call cut out after 44 seconds and then Junior was on his own.", 44))).toEqual(duration(44, "seconds", "seconds before cutting out"));
  });

  it("a passive's '-wn' participle: 'was withdrawn after just 28 minutes at Ewood Park' → minutes before being withdrawn", () => {
    expect(exact(at("The French defender was withdrawn after just 28 minutes at Ewood Park.", 28))).toEqual(duration(28, "minutes", "minutes before being withdrawn", "just"));
  });

  it("a match's ground after the clock: 'opened the scoring after eight minutes at Old Trafford' → minutes before opening the scoring", () => {
    expect(exact(at("Aguero opened the scoring after eight minutes at Old Trafford, and his team-mate took the chance.", 8))).toEqual(duration(8, "minutes", "minutes before opening the scoring"));
  });
});

describe("near misses stay their unit", () => {
  it("a present: 'feel confident after ten years I can do better'", () => {
    expect(exact(at("I feel confident after ten years I can do a much better job.", 10))).toEqual(duration(10, "years", "years"));
  });

  it("a future: 'will be released after three years'", () => {
    expect(exact(at("He will be released after three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("an infinitive: 'unlucky not to take the lead after 62 minutes'", () => {
    expect(exact(at("He was unlucky not to take the lead after 62 minutes when Fabregas crashed a shot.", 62))).toEqual(duration(62, "minutes", "minutes"));
  });

  it("what nearly happened: 'almost doubled their lead after 48 minutes'", () => {
    expect(exact(at("United almost doubled their lead after 48 minutes when Ronaldo's drive went wide.", 48))).toEqual(duration(48, "minutes", "minutes"));
  });

  // Not 'seasons after returning': the phrase names the time, and on-state.ts names what lasted from it.
  it("a time its phrase names: 'after three seasons on loan'", () => {
    expect(exact(at("Courtois returned to the Blues after three seasons on loan at Atletico Madrid.", 3)))
      .toEqual(duration(3, "seasons", "seasons on loan at Atletico Madrid"));
  });

  it("after years 'with' says with whom: 'joined Arsenal after eight years with Chelsea'", () => {
    expect(exact(at("He joined Arsenal after eight years with Chelsea.", 8))).toEqual(duration(8, "years", "years"));
  });

  it("a verb whose object is a pronoun says too little: 'convicted him after three days'", () => {
    expect(exact(at("The jury convicted him after three days.", 3))).toEqual(duration(3, "days", "days"));
  });

  it("'left after eight years at Chelsea': years at a name are the club's, no match's ground (duration-place.ts names them)", () => {
    expect(exact(at("Lampard left after eight years at Chelsea.", 8))).toEqual(duration(8, "years", "years at Chelsea"));
  });
});
