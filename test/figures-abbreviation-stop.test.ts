// A capitalised number word after an abbreviation that ends a name opens the sentence the splitter left joined, no
// name's word (abbreviation-stop.ts): "… Sons Co. Twenty-six boats …" was '· Twenty-six [identifier]' (card-audit-45's
// made-up shape 8).
import { describe, expect, it } from "vitest";
import { at, exact, typedList } from "#test/helpers/figures.ts";

describe("abbreviation-stop.ts: a number word after a name's abbreviation and full stop starts a sentence", () => {
  it("'… run by Marsh and Sons Co. Twenty-six boats were damaged …' → 26 — boats (not: an identifier)", () => {
    const text = "The yard is run by Marsh and Sons Co. Twenty-six boats were damaged in the storm, the owner said.";
    expect(exact(at(text, 26))).toEqual({ value: 26, qualifier: undefined, unit: undefined, label: "boats", type: "count" });
  });

  it("'The band, Smith Bros. Eleven concerts were cancelled …' → 11 — concerts", () => {
    const text = "The band, Smith Bros. Eleven concerts were cancelled, the promoter said.";
    expect(exact(at(text, 11))).toEqual({ value: 11, qualifier: undefined, unit: undefined, label: "concerts", type: "count" });
  });

  it("'… founded in Dallas, Tex. Forty workers joined …' and after 'U.S.': a place's abbreviation ends it too", () => {
    const text = "The firm was founded in Dallas, Tex. Forty workers joined in its first year.";
    expect(exact(at(text, 40))).toEqual({ value: 40, qualifier: undefined, unit: undefined, label: "workers", type: "count" });
    expect(typedList("Exports to the U.S. Nine firms stopped them last year.")).toEqual([["Nine", "count", true]]);
  });

  it("'Capt. Seven-Fingers', 'Mt. Three Peaks', 'the U.S. Three Lions rivals': an abbreviation that opens a name", () => {
    expect(typedList("He served under Capt. Seven-Fingers for years.")).toEqual([["Seven-Fingers", "identifier", false]]);
    expect(typedList("Visitors come to Mt. Three Peaks each year.")).toEqual([["Three", "identifier", false]]);
    expect(typedList("Fans of the U.S. Three Lions rivals sang.")).toEqual([["Three", "identifier", false]]);
  });
});
