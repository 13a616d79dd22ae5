// A span said with the named place or body it was spent at or in (duration-place.ts): "during his three seasons at
// Atletico Madrid" → seasons at Atletico Madrid.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a span at or in a named place", () => {
  it("'during his three seasons at Atletico Madrid' → seasons at Atletico Madrid", () => {
    expect(exact(at("Courtois won La Liga and the Europa League during his three seasons at Atletico Madrid.", 3))).toEqual(duration(3, "seasons", "seasons at Atletico Madrid"));
  });

  it("'during his nearly 22 years in Parliament' → years in Parliament", () => {
    expect(exact(at("Mr Kennedy said during his nearly 22 years in Parliament he had seen much.", 22))).toEqual(duration(22, "years", "years in Parliament", "nearly"));
  });

  it("'an unsuccessful three years in Lancashire' → years in Lancashire", () => {
    expect(exact(at("But an unsuccessful three years in Lancashire ended badly.", 3))).toEqual(duration(3, "years", "years in Lancashire"));
  });
});

describe("near misses stay their unit", () => {
  it("a name going on past the phrase: 'He had six years in Manchester United colours'", () => {
    expect(exact(at("He had six years in Manchester United colours.", 6))).toEqual(duration(6, "years", "years"));
  });

  it("a name cut by a number: 'He had three years at MIT 2 and left'", () => {
    expect(exact(at("He had three years at MIT 2 and left.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("no noun phrase after 'in': 'He had three years in which to act'", () => {
    expect(exact(at("He had three years in which to act.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("no name: 'unable to walk for longer than 30 seconds at a time'", () => {
    expect(exact(at("She was unable to walk for longer than 30 seconds at a time.", 30))).toEqual(duration(30, "seconds", "seconds"));
  });

  it("no place word: 'He had three years with Arsenal'", () => {
    expect(exact(at("He had three years with Arsenal.", 3))).toEqual(duration(3, "years", "years"));
  });
});
