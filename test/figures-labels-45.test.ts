// The forty-fifth round's mutation sweep (docs/mutation-sweep-45.md): sentences that kill a mutant of a key-figure
// rule of round 45 (scripts/mutants-45.ts) which the rule's own test files let live. Each pins the exact figure the
// code gives and names the mutant it kills and what that mutant showed instead.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");
const money = (value: number, currency: string, label: string) => want(value, undefined, currency, label, "money");
const ordinal = (value: number, label: string) => want(value, undefined, undefined, label, "ordinal");

describe("taken-from.ts: only a form of 'take', and never a time, names where money was taken from", () => {
  it("'The play took £2m from its first month.' → £2m — play: a month is when, not where (Q20)", () => {
    // Q20 (no period heads) read '£2m — taken from its first month'.
    expect(exact(at("The play took £2m from its first month.", 2_000_000))).toEqual(money(2_000_000, "GBP", "play"));
  });
  it("'He received £500 from the council.' → £500 — sum received: received is no taking (Q21)", () => {
    // Q21 (any verb) read '£500 — taken from the council'.
    expect(exact(at("He received £500 from the council.", 500))).toEqual(money(500, "GBP", "sum received"));
  });
});

describe("them-subject.ts and larger-whole.ts: which speaker and which whole a part 'K of them' is of", () => {
  it("'The lab tested 200 samples. Researchers said 30 of them were contaminated.' → samples contaminated (Q23)", () => {
    // Q23 ('researchers' no reporter) read '30 — researchers contaminated'.
    const text = "The lab tested 200 samples. Researchers said 30 of them were contaminated.";
    expect(exact(at(text, 30))).toEqual(count(30, "samples contaminated"));
  });
  it("'… Officials said they would fix 50 of them.' is never labelled by the whole and the speaker glued together (Q25)", () => {
    // Q25 (no check that the label holds the subject's word) read '50 — broken street lights officials'. What the
    // code reads today, '50 — officials', is a miss of its own (docs/mutation-sweep-45.md: the object's "them" is the
    // lights), so this test does not pin it; it pins only what Q25 breaks: the value, and no label of two phrases.
    const text = "The council found 80 broken street lights. Officials said they would fix 50 of them.";
    const figure = at(text, 50);
    expect(figure.value).toBe(50);
    expect(figure.label).not.toMatch(/lights officials/);
  });
  it("'… Smith was the 40th runner home. Officials said 12 of them were hurt.' → runners hurt, no rank a whole (Q29)", () => {
    // Q29 (a rank a whole) read '12 — runner home hurt'.
    const text = "The race drew 300 runners, and Smith was the 40th runner home. Officials said 12 of them were hurt.";
    expect(exact(at(text, 12))).toEqual(count(12, "runners hurt"));
  });
  it("'… 80 broken street lights and 200 potholes. Officials said 50 of them …' → potholes, the nearer whole (Q32)", () => {
    // Q32 (the first larger count) read '50 — broken street lights'; "them" takes the nearest plural that can hold 50.
    const text = "The council found 80 broken street lights and 200 potholes. Officials said 50 of them would be fixed.";
    expect(exact(at(text, 50))).toEqual(count(50, "potholes"));
  });
});

describe("possessed-part.ts: a part of an owner's whole is a count counted before it", () => {
  it("'Tesco's 300 will close, and Asda will open 900 shops.' → no whole after the part (Q31)", () => {
    // Q31 (a count after the part its whole) read "300 — Tesco's shops", Asda's shops given to Tesco; mixed: "Tesco's
    // 300 will close, out of 3,000 stores" reads better so (docs/mutation-sweep-45.md).
    const text = "Tesco's 300 will close, and Asda will open 900 shops.";
    expect(exact(at(text, 300))).toEqual(count(300, "tesco's"));
  });
  it("'Tesco has 3,000 stores. Tesco's £300 will go.' → money is no part of the stores (Q33)", () => {
    // Q33 (money and percents parts too) read "£300 — Tesco's stores".
    const text = "Tesco has 3,000 stores. Tesco's £300 will go.";
    expect(exact(at(text, 300))).toEqual(money(300, "GBP", "tesco's"));
  });
});

describe("dwelling-size.ts: an ordinary home's rooms are no figure, a big house's are", () => {
  it("'He bought a seven-bedroom house for £2m.' → 7 — bedroom house, past the ordinary six (Q36)", () => {
    // Q36 (nine the most ordinary) dropped the seven bedrooms.
    expect(exact(at("He bought a seven-bedroom house for £2m.", 7))).toEqual(count(7, "bedroom house"));
  });
  it("'They were given two-room accommodation.' → no figure: 'room' counts a home's rooms with no home noun (Q37)", () => {
    // Q37 ('room' only before a home's noun) read '2 — room accommodation'.
    expect(figs("They were given two-room accommodation.")).toEqual([]);
  });
});

describe("referred-ordinal.ts: crime copy's running count past auxiliaries and every case verb", () => {
  it("'A fourth man has been charged, and the fourth man will appear in court.' → 4th — man charged (Q42)", () => {
    // Q42 (one auxiliary only) left no figure.
    const text = "A fourth man has been charged, and the fourth man will appear in court.";
    expect(exact(at(text, 4))).toEqual(ordinal(4, "man charged"));
  });
  it("'A third girl was abducted on Friday, and police said the third girl was found safe.' → 3rd — girl abducted (Q44)", () => {
    // Q44 ('abducted' no case verb) left no figure.
    const text = "A third girl was abducted on Friday, and police said the third girl was found safe.";
    expect(exact(at(text, 3))).toEqual(ordinal(3, "girl abducted"));
  });
});

describe("share.ts: 'two-thirds' is one token, its share ends there", () => {
  it("'Two-thirds of voters backed the plan.' → two-thirds — voters (Q52)", () => {
    // Q52 (the end a token late) displayed 'Two-thirds of' and read 'voters backed plan'.
    expect(exact(at("Two-thirds of voters backed the plan.", 0.667))).toEqual(want(0.667, undefined, undefined, "voters backed plan", "other"));
  });
});
