// The forty-fourth round's mutation sweep (docs/mutation-sweep-44.md): sentences that kill a mutant of a key-figure
// rule of rounds 43–44 (scripts/mutants-44.ts) which the rule's own test files let live. Each pins the exact figure the
// code gives and names the mutant it kills and what that mutant showed instead.
import { describe, expect, it } from "vitest";
import { at, briefFigures, duration, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");
const money = (value: number, currency: string, label: string) => want(value, undefined, currency, label, "money");
const shares = (...paragraphs: string[]) => briefFigures(...paragraphs).filter((f) => f.type === "other").map((f) => [f.value, f.qualifier, f.label]);

describe("shared-scale.ts: the second's scale only for a first of the same money, and 'm' a million only of money", () => {
  it("'Tickets cost $30 and 40 million people watched.': a sum before a bare count keeps its size (P11)", () => {
    // P11 (a sum may take a bare second's scale) read '$30 million — tickets'.
    expect(exact(at("Tickets cost $30 and 40 million people watched.", 30))).toEqual(money(30, "USD", "tickets"));
  });
  it("'The bridges span 120 and 400m.': metres, no million (P12)", () => {
    // P12 ('m' a million with no money) read 120,000,000 m.
    expect(exactOnly("The bridges span 120 and 400m.")).toEqual(want(120, undefined, "m", "distance", "measure"));
  });
});

describe("depth-below.ts: 'level' a surface only after a word of water or ground", () => {
  it("'The river peaked 30 centimetres below the warning level.': a gap to a mark, no depth (P21)", () => {
    // P21 (any 'level' a surface) read '30 — depth below the warning level'.
    const text = "The river peaked 30 centimetres below the warning level.";
    expect(exactOnly(text)).toEqual(want(30, undefined, "centimetres", "centimetres", "measure"));
  });
});

describe("time-within.ts: 'within the coming N days' a deadline ahead", () => {
  it("'The council will reply to the complaint within the coming ten days.' → days to reply to the complaint (P29)", () => {
    // P29 ('coming' dropped) read 'ten — days ahead', the doing lost.
    const text = "The council will reply to the complaint within the coming ten days.";
    expect(exactOnly(text)).toEqual(duration(10, "days", "days to reply to the complaint"));
  });
  it("'Within the next 24 hours, the storm had destroyed most of the crops.' → hours destroying most of the crops (P30)", () => {
    // P30 (a fronted window ahead read as a past's) read 'hours before destroying most', the object cut at 'of'; mixed:
    // 'Within the next two years, he had lost his job' reads better so (docs/mutation-sweep-44.md).
    const text = "Within the next 24 hours, the storm had destroyed most of the crops.";
    expect(exactOnly(text)).toEqual(duration(24, "hours", "hours destroying most of the crops"));
  });
});

describe("share-predicate.ts: a share with nothing after it, or whose own words recur, tells no predicate", () => {
  it("'The report counted one in four renters.' / 'Nearly one in four renters will live on …' → one fact (P37)", () => {
    // P37 (an empty predicate differs from any) carded 'one in four — renters' twice.
    const found = shares("The report counted one in four renters.", "Nearly one in four renters will live on nest eggs of less than £5,000.");
    expect(found).toEqual([[0.25, undefined, "renters"]]);
  });
  it("'One in four renters are behind on rent, unlike older renters.' / 'Nearly one in four renters will retire as renters.' → two facts (P38)", () => {
    // P38 (the share's own words kept) met on 'renters' and dropped the second.
    const found = shares("One in four renters are behind on rent, unlike older renters.", "Nearly one in four renters will retire as renters.");
    expect(found).toEqual([[0.25, undefined, "renters"], [0.25, "nearly", "renters will retire as renters"]]);
  });
});

describe("rival-count.ts: a label that already holds the rival's name is left alone", () => {
  it("'The shop came second, behind Tesco with 30 Tesco Express stores.' → Tesco Express stores (P43)", () => {
    // P43 (the name added again) read "Tesco's Tesco Express stores".
    const text = "The shop came second, behind Tesco with 30 Tesco Express stores.";
    expect(exact(at(text, 30))).toEqual(count(30, "Tesco Express stores"));
  });
});

describe("pair-together.ts: 'together' only in the pair's own clause", () => {
  it("'The two men were arrested, and they had worked together for years.' → men arrested (P49)", () => {
    // P49 (a 'together' past the comma) read the arrest as the pair already named and dropped it.
    const text = "The two men were arrested, and they had worked together for years.";
    expect(exactOnly(text)).toEqual(want(2, undefined, undefined, "men arrested", "count"));
  });
});

describe("two-takers.ts: a second taker must be another name", () => {
  it("'Dune has taken $58m so far, and it has taken more abroad.' → takings (P54)", () => {
    // P54 (an unnamed subject a second taker) read "$58m — dune's takings so far".
    expect(exactOnly("Dune has taken $58m so far, and it has taken more abroad.")).toEqual(money(58_000_000, "USD", "takings"));
  });
});

describe("of-its-kind.ts: 'of its kind' a rarity only before a participle", () => {
  it("'It is the third of its kind in Europe.': no participle, no figure, as before (P55)", () => {
    // P55 (no participle asked) carded 'third — of its kind'.
    expect(figs("It is the third of its kind in Europe.")).toEqual([]);
  });
});
