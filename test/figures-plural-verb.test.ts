// A verb's plain form right after a plural noun is that plural's verb, though the tagger reads the two as one compound
// noun (plural-verb.ts): "The firm employs 700 and 400 contractors work on site" read both '— contractors work', the
// first taking the second's noun across a run-on.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("plural-verb.ts: 'N PLURALs VERB' ends the noun at the plural", () => {
  it("'The firm employs 700 and 400 contractors work on site.' → 700 is no count of contractors (a run-on)", () => {
    expect(labelOf("The firm employs 700 and 400 contractors work on site.", 700)).not.toMatch(/contractors/);
  });

  it("'The firm employs 700 and 400 contractors work on site.' → 400 — contractors", () => {
    expect(exact(at("The firm employs 700 and 400 contractors work on site.", 400))).toEqual(want(400, undefined, undefined, "contractors", "count"));
  });

  it("'About 1,100 people work in the mountain bunker.' → about 1,100 — people, not 'people work'", () => {
    expect(exact(at("About 1,100 people work in the mountain bunker.", 1100))).toEqual(want(1100, "about", undefined, "people", "count"));
  });

  it("near miss: 'The firm employs 700 and 400 contractors.' → both contractors, a pair", () => {
    expect(labelOf("The firm employs 700 and 400 contractors.", 700)).toBe("contractors");
  });

  it("near miss: 'The council hired 30 and 40 staff work in the libraries.' → no plural before 'work': read as before", () => {
    expect(labelOf("The council hired 30 and 40 staff work in the libraries.", 30)).toBe("staff work hired");
  });

  it("near miss: 'The plant has 400 safety workers.' → safety workers: a noun before the plural is no verb", () => {
    expect(labelOf("The plant has 400 safety workers.", 400)).toBe("safety workers");
  });

  it("near miss: 'The council approved 400 previous work orders.' → work orders: a describing word ending in 's' is no plural", () => {
    expect(labelOf("The council approved 400 previous work orders.", 400)).toMatch(/work orders/);
  });
});
