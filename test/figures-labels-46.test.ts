// The forty-sixth round's mutation sweep (docs/mutation-sweep-46.md): sentences that kill a mutant of a key-figure
// rule of round 45 (scripts/mutants-46.ts) which the rule's own test files let live. Each pins the exact figure the
// code gives and names the mutant it kills and what that mutant showed instead.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");
const money = (value: number, label: string) => want(value, undefined, "GBP", label, "money");
const measure = (value: number, qualifier: string | undefined, unit: string, label: string) => want(value, qualifier, unit, label, "measure");
const duration = (value: number, unit: string, label: string) => want(value, undefined, unit, label, "duration");

describe("compass-after.ts: only a length's compass point is cut, and only a place after 'of' is named", () => {
  it("'The club won the 10 km race.' → 10 km — race: a last word that is no compass point stays (R02)", () => {
    // R02 (any last word after a length unit cut) left the race out: '10 km', no label, no candidate.
    expect(exact(at("The club won the 10 km race.", 10))).toEqual(measure(10, undefined, "km", "race"));
  });
  it("'They walked 10 miles south near Leeds.' → 10 miles — distance: near a place is not from it (R03)", () => {
    // R03 (no 'of' needed) read 'distance from Leeds'.
    expect(exact(at("They walked 10 miles south near Leeds.", 10))).toEqual(measure(10, undefined, "miles", "distance"));
  });
  it("'The fighting raged 30 km east of Kharkiv And Kyiv Braced.' → distance from Kharkiv: a headline's 'And' ends the name (R06)", () => {
    // R06 (a capitalised conjunction a word of the name) read 'distance from Kharkiv And Kyiv Braced'.
    expect(exact(at("The fighting raged 30 km east of Kharkiv And Kyiv Braced.", 30))).toEqual(measure(30, undefined, "km", "distance from Kharkiv"));
  });
});

describe("quantity-price.ts: which goods a price 'for' a weight or volume is of", () => {
  it("'Buy it online, £7 for 250g.' → £7 — price of 250g: a comma after a word that names no goods (R11)", () => {
    // R11 (any comma before the price a product's) read '£7 — online'.
    expect(exact(at("Buy it online, £7 for 250g.", 7))).toEqual(money(7, "price of 250g"));
  });
  it("'The balm retails at £11 for 60ml.' → £11 — balm: the subject of the verb it is sold 'at' (R12)", () => {
    // R12 (only 'for' after the verb) read '£11 — price of 60ml', losing the product.
    expect(exact(at("The balm retails at £11 for 60ml.", 11))).toEqual(money(11, "balm"));
  });
  it("'£5 for an 800g bag, Mill Lane Stores.' → £5 — price of an 800g bag: 'an' as 'a' (R14)", () => {
    // R14 (only 'a' before the quantity) read '£5 — g bag'.
    expect(exact(at("£5 for an 800g bag, Mill Lane Stores.", 5))).toEqual(money(5, "price of an 800g bag"));
  });
  it("'£4 for three kilos of apples at the market.' → £4 — price of three kilos of apples: a number in words (R15)", () => {
    // R15 (digits only) read '£4 — kilos'.
    expect(exact(at("£4 for three kilos of apples at the market.", 4))).toEqual(money(4, "price of three kilos of apples"));
  });
  it("'She paid £40 for 2kg of fresh Scottish king prawns.' → £40 — payment for 2kg: the goods give way to fit a label (R17)", () => {
    // R17 (the verb's label kept whole) read '£40 — payment for 2kg of fresh Scottish', the goods cut mid-phrase.
    expect(exact(at("She paid £40 for 2kg of fresh Scottish king prawns.", 40))).toEqual(money(40, "payment for 2kg"));
  });
});

describe("named-pair.ts: 'the N …' restates a list only right after the comma that ends exactly N names", () => {
  it("'Arsenal and Chelsea drew the two biggest crowds of the season.' → two — biggest crowds: no comma, no apposition (R19)", () => {
    // R19 (no comma needed) dropped it: no figure.
    expect(exact(at("Arsenal and Chelsea drew the two biggest crowds of the season.", 2))).toEqual(count(2, "biggest crowds"));
  });
  it("'In Paris, France, the two leaders signed a pact.' → two — leaders: a place and its country are no list (R20)", () => {
    // R20 (a comma before the last name a list's joint) read 'Paris, France' as two names and dropped it.
    expect(exact(at("In Paris, France, the two leaders signed a pact.", 2))).toEqual(count(2, "leaders"));
  });
  it("'Smith and Jones, the two men later charged, appeared in court.' → two — men charged: a deed three words on (R22)", () => {
    // R22 (the deed looked for two words past the count) dropped it: no figure.
    expect(exact(at("Smith and Jones, the two men later charged, appeared in court.", 2))).toEqual(count(2, "men charged"));
  });
  it("'Police named Smith and Jones, the two men killed in the crash.' → two — men killed: a toll is a deed (R23)", () => {
    // R23 (no casualty word a deed) dropped it: no figure.
    expect(exact(at("Police named Smith and Jones, the two men killed in the crash.", 2))).toEqual(count(2, "men killed"));
  });
});

describe("run-to.ts: a run's describing words, past an owner", () => {
  it("'Defeat extended the club's longest winless streak to nine.' → nine — longest winless streak (R27, R28)", () => {
    // R27 (one describing word at most) gave no figure; R28 (no possessive opens the run) read "club's longest winless
    // streak", the owner lower-cased inside the label.
    expect(exact(at("Defeat extended the club's longest winless streak to nine.", 9))).toEqual(count(9, "longest winless streak"));
  });
});

describe("bound-term.ts: which times after 'a minimum of' are a term", () => {
  it("'He faces a maximum of 18 months.' → 18 months — maximum term: months are a term's unit (R31)", () => {
    // R31 (no months) read '18 — months'.
    expect(exact(at("He faces a maximum of 18 months.", 18))).toEqual({ ...duration(18, "months", "maximum term"), qualifier: "up to" });
  });
  it("'Staff received a minimum of six weeks’ notice.' → weeks' notice: a curly owner's apostrophe too (R32)", () => {
    // R32 (only a straight apostrophe) read 'six — minimum term'.
    expect(exact(at("Staff received a minimum of six weeks’ notice.", 6))).toEqual({ ...duration(6, "weeks", "weeks' notice"), qualifier: "at least" });
  });
  it("'She must serve a minimum of 25 years for the murder.' → 25 years — minimum term: 'for' what leaves it a term (R33)", () => {
    // R33 (no 'for') read '25 — years'.
    expect(exact(at("She must serve a minimum of 25 years for the murder.", 25))).toEqual({ ...duration(25, "years", "minimum term"), qualifier: "at least" });
  });
  it("'Smith faces a maximum of 14 years' (no stop, as a headline) → 14 years — maximum term (R35)", () => {
    // R35 (the text's end no end of the term) read '14 — years'.
    expect(exact(at("Smith faces a maximum of 14 years", 14))).toEqual({ ...duration(14, "years", "maximum term"), qualifier: "up to" });
  });
});

describe("larger-whole.ts, dwelling-size.ts, referred-ordinal.ts, priced-with.ts: sites sweep 45 left", () => {
  it("'Tesco runs 3,000 stores over 900 acres. Tesco's 300 will close.' → Tesco's stores: a measure is no whole (R44)", () => {
    // R44 (a measure a whole) read "300 — Tesco's acres".
    expect(exact(at("Tesco runs 3,000 stores over 900 acres. Tesco's 300 will close.", 300))).toEqual(count(300, "Tesco's stores"));
  });
  it("'They bought a six-bedroom house in Surrey.' → no figure: six rooms are still an ordinary home (R46)", () => {
    // R46 (six a big house's news) carded 'six-bedroom — bedroom house'.
    expect(figs("They bought a six-bedroom house in Surrey.")).toEqual([]);
  });
  it("'A fourth player was charged, and the fourth player will appear in court.' → fourth — player charged (R48)", () => {
    // R48 (PERSON's words only, 'player' is PERSON_NOUNS') dropped it as a referred pair: no figure.
    const text = "A fourth player was charged, and the fourth player will appear in court.";
    expect(exact(at(text, 4))).toEqual(want(4, undefined, undefined, "player charged", "ordinal"));
  });
});
