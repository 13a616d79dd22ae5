// A window "next" then, told in the past ("Over the next five minutes, the crowd grew"), is a window in which its
// clause happened, as a window back is; it read as its unit alone ('5 — minutes', labels70 audit shape 2). A window
// ahead of now keeps "ahead". Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a past window next then", () => {
  it("'Over the next five minutes, the crowd grew' → minutes in which crowd grew", () => {
    expect(exact(at("Over the next five minutes, the queue grew.", 5))).toEqual(duration(5, "minutes", "minutes in which queue grew"));
  });

  it("'For the next two hours the road was shut' → hours in which road was shut", () => {
    expect(exact(at("For the next two hours the bridge was shut.", 2))).toEqual(duration(2, "hours", "hours in which bridge was shut"));
  });

  it("'In the next ten minutes, shots were fired': a plural passive stays plural", () => {
    expect(exact(at("In the next ten minutes, flares were fired.", 10))).toEqual(duration(10, "minutes", "minutes in which flares were fired"));
  });
});

describe("near misses", () => {
  it("a window ahead of now keeps 'ahead'", () => {
    expect(exact(at("The bank will close branches over the next five years.", 5))).toEqual(duration(5, "years", "years ahead"));
  });

  it("a pronoun's past with no auxiliary names nothing", () => {
    expect(exact(at("Over the next six years she got more tattoos.", 6))).toEqual(duration(6, "years", "years"));
  });
});
