// A finished doing said "in" a time took that time: labelled as the time the doing took (done-in.ts); a window's
// happenings, a future, a denial, a passive and a since-last stay as other rules read them.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("the time a finished doing took", () => {
  it("'All 112,000 tickets sold out in 24 hours' → hours to sell out", () => {
    expect(exact(at("All 112,000 tickets sold out in 24 hours.", 24))).toEqual(duration(24, "hours", "hours to sell out"));
  });

  it("'downed a schooner of beer in about six seconds' → seconds to down a schooner (cut at its preposition)", () => {
    expect(exact(at("Mr Abbott downed a schooner of beer in about six seconds while patrons cheered.", 6))).toEqual(duration(6, "seconds", "seconds to down a schooner", "about"));
  });

  it("an '-ing': 'filmed swallowing a whole rabbit in under one minute' → minute to swallow a whole rabbit", () => {
    expect(exact(at("A goanna has been filmed swallowing a whole rabbit in under one minute.", 1))).toEqual(duration(1, "minute", "minute to swallow a whole rabbit", "under"));
  });

  it("a present: 'a bottle that heats up in 60 seconds' → seconds to heat up", () => {
    expect(exact(at("A self-warming bottle that heats up in 60 seconds is among the gizmos.", 60))).toEqual(duration(60, "seconds", "seconds to heat up"));
  });

  it("a 'verb' after a noun is a noun: 'took the opening set in just 27 minutes' → minutes to take the opening set", () => {
    expect(exact(at("She took the opening set in just 27 minutes.", 27))).toEqual(duration(27, "minutes", "minutes to take the opening set", "just"));
  });

  it("a perfect the tagger calls a noun: 'had ridden out my claim in 14 months' → months to ride out my claim", () => {
    expect(exact(at("I had ridden out my claim in 14 months.", 14))).toEqual(duration(14, "months", "months to ride out my claim"));
  });

  it("a pronoun object goes: 'if I run it in three hours' → hours to run", () => {
    expect(exact(at("It doesn't matter if I run it in three hours.", 3))).toEqual(duration(3, "hours", "hours to run"));
  });
});

describe("near misses keep other readings", () => {
  it("no verb of finishing: 'erupted twice in 24 hours'", () => {
    expect(exact(at("Chile's Calbuco volcano erupted twice in 24 hours.", 24))).toEqual(duration(24, "hours", "hours"));
  });

  it("a since-last: 'They reached their first final in 11 years'", () => {
    // Not done-in's "done within": first-head.ts names the gap since the last final.
    expect(exact(at("They reached their first final in 11 years.", 11))).toEqual(duration(11, "years", "years since last final"));
  });

  it("a superlative is a since-last: 'He ran his fastest lap in three years' → years since faster lap", () => {
    expect(exact(at("He ran his fastest lap in three years.", 3))).toEqual(duration(3, "years", "years since faster lap"));
  });

  it("an ordinal is a window of many: 'reached the semi-finals for the seventh time in eight years'", () => {
    expect(exact(at("They reached the semi-finals for the seventh time in eight years.", 8))).toEqual(duration(8, "years", "years"));
  });

  it("a passive: 'The collection was created in under one month'", () => {
    expect(exact(at("The collection was created in under one month.", 1))).toEqual(duration(1, "month", "month", "under"));
  });

  it("a future is a time ahead: 'He will finish the job in three years'", () => {
    expect(exact(at("He will finish the job in three years.", 3))).toEqual(duration(3, "years", "years from now"));
  });

  it("a modal perfect: 'He would have reached the shore in 60 seconds'", () => {
    expect(exact(at("He would have reached the shore in 60 seconds.", 60))).toEqual(duration(60, "seconds", "seconds"));
  });

  it("a denial is a time without: 'She didn't finish the job in three hours'", () => {
    expect(exact(at("She didn't finish the job in three hours.", 3))).toEqual(duration(3, "hours", "hours without finishing the job"));
  });

  it("a verb that needs its particle: 'The company turned a profit in three years'", () => {
    expect(exact(at("The company turned a profit in three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("an object the card cannot hold: 'smashed the women's world record in two hours'", () => {
    expect(exact(at("Radcliffe smashed the women's world record in two hours.", 2))).toEqual(duration(2, "hours", "hours"));
  });

  it("a count in the object: 'He sold 3,000 copies in two days' holds them (count-window.ts), no doing's time", () => {
    expect(exact(at("He sold 3,000 copies in two days.", 2))).toEqual(duration(2, "days", "days with 3,000 copies"));
  });
});
