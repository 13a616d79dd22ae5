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

// Mutation sweep 45 asked why "A second woman had been arrested …" gives no figure where "A fourth man has been
// charged" gives one: not the pluperfect (every auxiliary reads alike) but the ordinal, "a second <person>" opening a
// sentence being one more person (card audit R, the first test above), a third or later the case's running count
// (referred-ordinal.ts). These pin that the auxiliaries agree on each side.
describe("the auxiliaries read alike: 'has been', 'had been', 'was'", () => {
  it.each(["has been", "had been", "was"])("'A second woman %s arrested in connection with the attack.': no figure", (aux) => {
    expect(figs(`A second woman ${aux} arrested in connection with the attack.`)).toEqual([]);
  });

  it.each(["has been", "had been", "was"])("'A fourth man %s arrested in connection with the attack.' → fourth — man arrested", (aux) => {
    expect(exactOnly(`A fourth man ${aux} arrested in connection with the attack.`)).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "man arrested", type: "ordinal" });
  });

  it.each(["has been", "had been"])("'A second boy %s killed in the crash.' → second — boy killed, the toll past either", (aux) => {
    expect(exactOnly(`A second boy ${aux} killed in the crash.`)).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "boy killed", type: "ordinal" });
  });
});
