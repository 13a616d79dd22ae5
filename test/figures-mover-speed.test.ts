// "A barge … chugs along at a gentle 3mph." / "Wild jet-skiers roar by at 6mph.": a speed "at" after the verb of what
// moves is that mover's; two bare 'speed' labels read as two speeds of one thing (card audit 56, sample AX's made-up
// shape 8).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("mover-speed.ts: a speed 'at' after a mover's verb", () => {
  it("'The tram travelled at 45mph.' → 45 mph — speed of tram", () => {
    expect(exactOnly("The tram travelled at 45mph.")).toEqual(want(45, undefined, "mph", "speed of tram", "measure"));
  });
  it("'Noisy speedboats zip past at 20mph.' → speed of noisy speedboats (a plural's verb tagged a noun)", () => {
    expect(labelOf("Noisy speedboats zip past at 20mph.", 20)).toBe("speed of noisy speedboats");
  });
  it("near miss: 'She was travelling at 45mph.' → speed, a pronoun names no mover", () => {
    expect(labelOf("She was travelling at 45mph.", 45)).toBe("speed");
  });
  it("near miss: 'The tram moved along the canal at 45mph.' → speed, the verb not right before 'at'", () => {
    expect(labelOf("The tram moved along the canal at 45mph.", 45)).toBe("speed");
  });
  it("'The lorry was travelling at 60mph.' → speed of lorry (a progressive, no passive)", () => {
    expect(labelOf("The lorry was travelling at 60mph.", 60)).toBe("speed of lorry");
  });
  it("near miss: 'The serve was clocked at 60mph.' → speed, a passive's subject is what was measured", () => {
    expect(labelOf("The serve was clocked at 60mph.", 60)).toBe("speed");
  });
  it("'A man leaned out of the window of a coach speeding at 70mph.' → speed of coach, the participle's noun", () => {
    expect(labelOf("A man leaned out of the window of a coach speeding at 70mph.", 70)).toBe("speed of coach");
  });
});
