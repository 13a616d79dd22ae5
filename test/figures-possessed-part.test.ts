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
