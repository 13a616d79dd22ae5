// "A second man, who …, was charged": a sentence opening on "a second <person>" brings in one more person, no
// figure, unless a toll is said of it (second-person.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

describe("'A second <person>' opening a sentence", () => {
  it("'A second man, who allegedly knew about the bomb plot …, was charged': no figure", () => {
    expect(figs("A second man, who allegedly knew about the bomb plot but didn't call authorities, was charged.")).toEqual([]);
  });

  it("'A second man was reportedly with Jean': no figure", () => {
    expect(figs("A second man was reportedly with Jean when he went to rob the dealers.")).toEqual([]);
  });

  it("'A second person has died in the attack': the toll, person died", () => {
    expect(exactOnly("A second person has died in the attack.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "person died", type: "ordinal" });
  });
});

describe("near misses: a verb's object is a tally, as read before", () => {
  it("'Days later, officers quizzed a second boy': 2, boy", () => {
    expect(exactOnly("Days later, officers quizzed a second boy.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "boy", type: "ordinal" });
  });

  it("'Officers said a second man had died': not the sentence's opening, read as before (man)", () => {
    expect(exactOnly("Officers said a second man had died.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "man", type: "ordinal" });
  });
});
