// An old level named as a peak, a high or a record, or dated by a decade, is still the "from" of "from X to Y": one
// figure, the new level, labelled by what moved (old-level.ts). The card read 'just 1.5 million — peak' and
// 'about 1.2 million — s' (the 38th sweep's largest label shape: an amount whose noun is its clause's subject).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, one, want } from "#test/helpers/figures.ts";

describe("an old level named before its amount", () => {
  it("\"Its ratings slumped from a peak of seven million to just 1.5 million.\": ratings, from seven million", () => {
    const f = one("Its ratings slumped from a peak of seven million to just 1.5 million.");
    expect([exact(f), f.previous]).toEqual([want(1500000, "just", undefined, "ratings", "count"), 7000000]);
  });
  it("\"Membership fell from a high of 12,000 to 3,000.\": membership, from 12,000", () => {
    const f = one("Membership fell from a high of 12,000 to 3,000.");
    expect([exact(f), f.previous]).toEqual([want(3000, undefined, undefined, "membership", "count"), 12000]);
  });
  it("\"The workforce has shrunk from a record 40,000 to about 25,000.\": the workforce, from 40,000", () => {
    const f = one("The workforce has shrunk from a record 40,000 to about 25,000.");
    expect([exact(f), f.previous]).toEqual([want(25000, "about", undefined, "workforce", "count"), 40000]);
  });
});

describe("an old level dated by a decade", () => {
  it("\"Its audience has dwindled from four million in the early 1980s to about 1.2 million.\": the audience", () => {
    const f = one("Its audience has dwindled from four million in the early 1980s to about 1.2 million.");
    expect([exact(f), f.previous]).toEqual([want(1200000, "about", undefined, "audience", "count"), 4000000]);
  });
  it("\"Its audience dwindled from a peak of four million in the 1990s to 1.2 million.\": both at once", () => {
    const f = one("Its audience dwindled from a peak of four million in the 1990s to 1.2 million.");
    expect([exact(f), f.previous]).toEqual([want(1200000, undefined, undefined, "audience", "count"), 4000000]);
  });
});

describe("near misses", () => {
  it("\"Unemployment hit a peak of 10% in 1992.\": a peak with no new level is the peak", () => {
    expect(exactOnly("Unemployment hit a peak of 10% in 1992.")).toEqual(want(10, undefined, "%", "unemployment peak", "percent"));
  });
});
