// A time before a clause whose verb has a particle keeps the particle with the verb (event-after.ts' eventLabel), and a
// "for" span up to a clause's event is the time before it (before-doing.ts); labels46 found both labelled badly
// ('minutes before pulling', 'minutes'). Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time before a clause whose verb has a particle", () => {
  it("'34 minutes before he pulled out the Ivan card' → minutes before pulling out Ivan card, not 'minutes before pulling'", () => {
    expect(exact(at("Police arrived 34 minutes before he pulled out the Ivan card.", 34))).toEqual(duration(34, "minutes", "minutes before pulling out Ivan card"));
  });
});

describe("a 'for' span up to a clause's event", () => {
  it("'Jones led for 34 minutes before he scored a goal' → minutes before scoring a goal", () => {
    expect(exact(at("Jones led for 34 minutes before he scored a goal.", 34))).toEqual(duration(34, "minutes", "minutes before scoring a goal"));
  });

  it("a verb that names the span still does: 'He played for Chelsea for five years before he joined Arsenal' → years playing for Chelsea", () => {
    expect(exact(at("He played for Chelsea for five years before he joined Arsenal.", 5))).toEqual(duration(5, "years", "years playing for Chelsea"));
  });
});
