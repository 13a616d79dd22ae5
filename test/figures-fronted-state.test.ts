// A fronted "For the last N years" whose main clause is a copula and a lone adjective is the span spent in that state
// (card-audit-46's made-up strict shape 6: 'For the last nine years I've been sober' → 'nine — years'; fronted-copula.ts).
import { describe, expect, it } from "vitest";
import { duration, exact, listed } from "#test/helpers/figures.ts";

describe("a fronted span before 'been' and an adjective", () => {
  it("'\"For the last nine years I've been sober,\" the singer told fans at the gig.' → nine, years sober", () => {
    const [f] = listed("\"For the last nine years I've been sober,\" the singer told fans at the gig.");
    expect(exact(f)).toEqual(duration(9, "years", "years sober"));
  });

  it("'For ten years, the site has been empty and the council has done nothing.' → ten, years empty", () => {
    const [f] = listed("For ten years, the site has been empty and the council has done nothing.");
    expect(exact(f)).toEqual(duration(10, "years", "years empty"));
  });

  it("leaves an adjective with more after it: 'For 12 years he was unable to work.' → years", () => {
    const [f] = listed("For 12 years he was unable to work.");
    expect(exact(f)).toEqual(duration(12, "years", "years"));
  });
});
