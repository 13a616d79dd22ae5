// relative-past.ts and event-after.ts' "rose": a time point "ago" after "who shot to fame" or "rose to stardom" dates
// that event, not 'years ago' (card audit 47's shape 10).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time point 'ago' after a past the tagger missed", () => {
  it("'The singer, who shot to fame 20 years ago with the hit, has been charged' → years since shooting to fame", () => {
    const text = "The 52-year-old singer, who shot to fame 20 years ago with the hit River Song, has been charged.";
    expect(exact(at(text, 20))).toEqual(duration(20, "years", "years since shooting to fame"));
  });

  it("'The actor, who shot to fame in a soap opera ten years ago, has died' → years since shooting to fame", () => {
    const text = "The actor, who shot to fame in a soap opera ten years ago, has died.";
    expect(exact(at(text, 10))).toEqual(duration(10, "years", "years since shooting to fame"));
  });

  it("'She rose to stardom eight years ago on a talent show' → years since rising to stardom", () => {
    expect(exact(at("She rose to stardom eight years ago on a talent show.", 8))).toEqual(duration(8, "years", "years since rising to stardom"));
  });

  it("near miss: 'Prices rose 5% two years ago' dates no event over the percent → years ago", () => {
    expect(exact(at("Prices rose 5% two years ago.", 2))).toEqual(duration(2, "years", "years ago"));
  });

  it("'that' after a noun is the relative pronoun: 'the song that shot her to fame 20 years ago'", () => {
    expect(at("It was the song that shot her to fame 20 years ago.", 20).label).toBe("years since shooting her to fame");
  });

  it("near miss (review): 'that' after a preposition is a determiner: 'talk about that shot 20 years ago' → years ago", () => {
    expect(exact(at("Fans still talk about that shot 20 years ago at Wembley.", 20))).toEqual(duration(20, "years", "years ago"));
  });
});
