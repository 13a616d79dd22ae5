// A duration after "every" is the interval between repeats of the one thing before it ("a goal every 91 minutes" →
// minutes per goal), not a span that passed: read on the cards of unseen cnndm-dev and dev-bbc articles, where the bare
// unit ("91 — minutes") hid what repeated. Made-up sentences, exact figures.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a duration after 'every' is the interval per the thing that repeats", () => {
  it("'scored a goal on average every 91 minutes': minutes per goal, over the hedge", () => {
    expect(exact(at("The striker has scored a goal on average every 91 minutes this season.", 91))).toEqual(duration(91, "minutes", "minutes per goal"));
  });

  it("'take a photograph every seven seconds': seconds per photograph", () => {
    expect(exact(at("The artist set a timer to take a photograph every seven seconds.", 7))).toEqual(duration(7, "seconds", "seconds per photograph"));
  });

  it("'one murder approximately every ten minutes': 'one' makes the thing single too", () => {
    expect(exact(at("The city records one murder approximately every ten minutes.", 10))).toEqual(duration(10, "minutes", "minutes per murder"));
  });

  it("'replace a mattress every eight years': a singular in -ss is no plural", () => {
    expect(exact(at("Experts say you should replace a mattress every eight years.", 8))).toEqual(duration(8, "years", "years per mattress"));
  });
});

describe("near misses: no single thing said with 'a', 'an' or 'one' right before 'every'", () => {
  it("'has doubled every five months': a doing, not a thing", () => {
    expect(at("The blogosphere has doubled every five months.", 5).label).toBe("months");
  });

  it("'once every two years': no thing at all", () => {
    expect(at("The prize is given once every two years.", 2).label).toBe("years");
  });

  it("'into her oviduct every 18 hours': a possessive's place is not what repeats", () => {
    expect(at("A hen releases an egg into her oviduct every 18 hours.", 18).label).toBe("hours");
  });

  it("'scores goals every 90 minutes', 'a few goals every 90 minutes': a plural is not one thing", () => {
    expect(at("He scores goals every 90 minutes.", 90).label).toBe("minutes");
    expect(at("He scores a few goals every 90 minutes.", 90).label).toBe("minutes");
  });

  it("'works a day every three weeks': a time is no thing that repeats", () => {
    expect(at("She works from home a day every three weeks.", 3).label).not.toBe("weeks per day");
  });

  it("'a goal in 91 minutes': no 'every', no interval", () => {
    expect(at("He has scored a goal in 91 minutes this season.", 91).label).not.toBe("minutes per goal");
  });
});
