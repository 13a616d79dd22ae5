// A birthday or anniversary ordinal said in the lead is the story's occasion, a candidate (lead-anniversary.ts).
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("a lead's birthday or anniversary", () => {
  it("'Admirers gathered to mark the late poet's 90th birthday on Saturday.': 90th — birthday", () => {
    expect(exact(at("Admirers gathered to mark the late poet's 90th birthday on Saturday.", 90))).toEqual(want(90, undefined, undefined, "birthday", "ordinal"));
  });
  it("'The village is celebrating the 60th anniversary of its bridge.': 60th — anniversary", () => {
    expect(exact(at("The village is celebrating the 60th anniversary of its bridge.", 60))).toEqual(want(60, undefined, undefined, "anniversary", "ordinal"));
  });
});

describe("near misses", () => {
  it("'… On his 40th birthday he bought a boat.': a later sentence's birthday stays off", () => {
    expect(figs("The sailor lives in Devon. On his 40th birthday he bought a boat.").map((f) => f.value)).not.toContain(40);
  });
  it("'The actor, nearing his 70th birthday, signed for two films.': a birthday not marked says his age, stays off", () => {
    expect(figs("The actor, nearing his 70th birthday, signed for two films.").map((f) => f.value)).not.toContain(70);
  });
  it("'A man was robbed on his 30th birthday.': the lead's birthday as the time of another event stays off", () => {
    expect(figs("A man was robbed on his 30th birthday, police said.").map((f) => f.value)).not.toContain(30);
  });
});
