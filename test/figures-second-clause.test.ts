// "a second <person>" opening a clause after a fronted phrase's comma ("Later in the footage, a second nurse appears to
// …") brings one more person in, as at a sentence's opening (second-person.ts); no figure unless a toll is said of it
// (card audit 51, sample AS's made-up shape 9).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("second-person.ts: a clause's opening after a comma", () => {
  it("'Moments later, a second officer appears to grab the phone.': no figure", () => {
    // Was 'second officer — officer', an ordinal.
    expect(figs("Moments later, a second officer appears to grab the phone.")).toEqual([]);
  });
  it("'In the blast, a second worker died.' → the toll, worker died", () => {
    expect(exactOnly("In the blast, a second worker died.")).toEqual(want(2, undefined, undefined, "worker died", "ordinal"));
  });
  it("near miss: 'Days later, officers quizzed a second boy.' → a verb's object, boy, as before", () => {
    expect(exactOnly("Days later, officers quizzed a second boy.")).toEqual(want(2, undefined, undefined, "boy", "ordinal"));
  });
});
