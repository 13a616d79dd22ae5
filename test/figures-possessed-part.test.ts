// A count right after a name's possessive with no noun of its own is a part of what the name owns, named by the larger
// count before it (possessed-part.ts): "Tesco has 3,000 stores in Britain. Tesco's 300 will close by June" read
// '300 — tesco's', the possessive alone.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

const STORES = "Tesco has 3,000 stores in Britain. Tesco's 300 will close by June.";

describe("possessed-part.ts: 'NAME's N' after a larger count of a noun", () => {
  it(`'${STORES}' → 300 — Tesco's stores`, () => {
    expect(exact(at(STORES, 300))).toEqual(want(300, undefined, undefined, "Tesco's stores", "count"));
  });

  it("the same in the list of every number (figures --all)", () => {
    expect(labelOf(STORES, 300)).toBe("Tesco's stores");
  });

  it("'Marks and Spencer has 900 shops. Marks and Spencer's 300 will close.' → 300 — Marks and Spencer's shops", () => {
    expect(exact(at("Marks and Spencer has 900 shops. Marks and Spencer's 300 will close.", 300))).toEqual(want(300, undefined, undefined, "Marks and Spencer's shops", "count"));
  });

  it("near miss: 'Smith hit 12 fours. Smith's 142 came off 200 balls.' → no fours: 142 is no part of 12", () => {
    expect(labelOf("Smith hit 12 fours. Smith's 142 came off 200 balls.", 142)).not.toMatch(/fours/);
  });

  it("near miss: 'Tesco's 300 will close by June.' → no count before: the possessive, as before", () => {
    expect(labelOf("Tesco's 300 will close by June.", 300)?.toLowerCase()).toBe("tesco's");
  });

  it("near miss: 'Tesco has 3,000 stores. Aldi's 300 will open.' → Aldi's stores: the name need not be the first's", () => {
    expect(labelOf("Tesco has 3,000 stores. Aldi's 300 will open.", 300)).toBe("Aldi's stores");
  });
});

// "Tesco's 300 will close, out of 3,000 stores" read '300 — tesco's': the whole said after the part with "out of" is
// the one it is of (larger-whole.ts' outOfWhole).
describe("possessed-part.ts: 'NAME's N …, out of M NOUNs' after it", () => {
  it("'Tesco's 300 will close, out of 3,000 stores.' → 300 — Tesco's stores", () => {
    expect(exact(at("Tesco's 300 will close, out of 3,000 stores.", 300))).toEqual(want(300, undefined, undefined, "Tesco's stores", "count"));
  });

  it("'Aldi's 450 will shut out of its 6,000 shops in Germany.' → 450 — Aldi's shops, over the determiner", () => {
    expect(exact(at("Aldi's 450 will shut out of its 6,000 shops in Germany.", 450))).toEqual(want(450, undefined, undefined, "Aldi's shops", "count"));
  });

  it("'Tesco has 900 vans. Tesco's 300 will close, out of a total of 3,000 stores.' → Tesco's stores: the clause's own whole before an earlier one", () => {
    expect(labelOf("Tesco has 900 vans. Tesco's 300 will close, out of a total of 3,000 stores.", 300)).toBe("Tesco's stores");
  });

  it("near miss: 'Tesco's 300 will close; out of 3,000 stores, most are small.' → no whole past a semicolon", () => {
    expect(labelOf("Tesco's 300 will close; out of 3,000 stores, most are small.", 300)?.toLowerCase()).toBe("tesco's");
  });

  it("near miss: 'Tesco's 3,000 will close, out of 300 stores.' → no part of a smaller whole", () => {
    expect(labelOf("Tesco's 3,000 will close, out of 300 stores.", 3000)?.toLowerCase()).toBe("tesco's");
  });
});
