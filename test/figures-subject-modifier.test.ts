// A subject with a post-modifier ("complaints about …", "crimes against …") and a participle with a short complement
// before the verb ("reported to police") is read whole, not as the modifier's object (lexicon.ts's HEAD_JUMP,
// participle-subject.ts's participleComplement). These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("a change's subject with its post-modifier", () => {
  it("'Complaints about flights delayed rose 25% last year.' → rise in complaints about flights delayed", () => {
    const text = "Complaints about flights delayed rose 25% last year.";
    expect(exact(at(text, 25))).toEqual(want(25, undefined, "%", "rise in complaints about flights delayed", "percent"));
  });

  it("'Complaints about late trains rose by 40% in 2014.' → rise in complaints (was 'rise in late trains')", () => {
    const text = "Complaints about late trains rose by 40% in 2014.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "rise in complaints", "percent"));
  });

  it("'Hate crimes against Asians reported to police increased by 300%.' → rise in crimes against Asians", () => {
    const text = "Hate crimes against Asians reported to police increased by 300%.";
    expect(exact(at(text, 300))).toEqual(want(300, undefined, "%", "rise in crimes against Asians", "percent"));
  });

  it("'Attacks on shops reported to the council jumped 60%.' → rise in attacks on shops (was 'rise in council')", () => {
    const text = "Attacks on shops reported to the council jumped 60%.";
    expect(exact(at(text, 60))).toEqual(want(60, undefined, "%", "rise in attacks on shops", "percent"));
  });

  it("'Drugs seized by customs officers rose 40% last year.' → rise in drugs (was 'rise in customs officers')", () => {
    const text = "Drugs seized by customs officers rose 40% last year.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "rise in drugs", "percent"));
  });

  it("a relative pronoun is no complement: 'the legitimacy of a government led by a party that finishes second'", () => {
    const text = "He questioned the legitimacy of a government led by a party that finishes second.";
    // (Read as a complement, "a party that" made the government finish second: 'place of … government'.)
    expect(labelOf(text, 2)).toBeUndefined();
  });
});
