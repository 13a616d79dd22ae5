// "second place" is a rank when the sentence names its holder or ranking (second-place.ts), as "third place" is.
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

describe("a runner-up's place", () => {
  it("'Rosberg clinched second place' → 2, place of Rosberg", () => {
    expect(exact(at("Rosberg clinched second place.", 2))).toEqual(want(2, undefined, undefined, "place of Rosberg", "rank"));
  });

  it("'The TV took second place' → 2, place of TV", () => {
    expect(exact(at("The TV took second place in the poll.", 2))).toEqual(want(2, undefined, undefined, "place in the poll", "rank"));
  });

  it("near miss: no holder named ('settle for second place') is no figure", () => {
    expect(listed("They will settle for second place.").map((n) => n.value)).not.toContain(2);
  });

  it("near miss: a pronoun holder names none ('They secured second place') and is no figure", () => {
    expect(listed("They secured second place.").map((n) => n.value)).not.toContain(2);
  });

  it("near miss: 'second' before another noun stays a word of order ('a second chance')", () => {
    expect(listed("Rosberg clinched a second chance.").map((n) => n.value)).not.toContain(2);
  });

  it("near miss: a second place fought 'for' is held by no one ('battling for second place in the Premier League')", () => {
    expect(listed("Arsenal are battling for second place in the Premier League.").map((n) => n.value)).not.toContain(2);
  });

  it("a name cut at its number word is no ranking: 'beats the iPod into second place in the Top Ten Essentials list' → place of iPod", () => {
    expect(exact(at("It beats the iPod into second place in the Top Ten Essentials list.", 2))).toEqual(want(2, undefined, undefined, "place of iPod", "rank"));
  });
});
