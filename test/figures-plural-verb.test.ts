// A verb's plain form right after a plural noun is that plural's verb, though the tagger reads the two as one compound
// noun (plural-verb.ts): "The firm employs 700 and 400 contractors work on site" read the pair as one noun's, the first
// '700 — contractors work' across a run-on of two clauses (run-on-pair.ts).
import { describe, expect, it } from "vitest";
import { labelOf } from "#test/helpers/figures.ts";

describe("plural-verb.ts: 'VERB N and M PLURALs VERB' is a run-on", () => {
  it("'The firm employs 700 and 400 contractors work on site.' → 700 is no count of contractors", () => {
    expect(labelOf("The firm employs 700 and 400 contractors work on site.", 700)).not.toMatch(/contractors/);
  });

  it("'The plant hired 300 and 200 engineers live nearby.' → 300 is no count of engineers", () => {
    expect(labelOf("The plant hired 300 and 200 engineers live nearby.", 300)).not.toMatch(/engineers/);
  });

  it("near miss: 'The firm employs 700 and 400 contractors.' → both contractors, a pair", () => {
    expect(labelOf("The firm employs 700 and 400 contractors.", 700)).toBe("contractors");
  });

  it("near miss: 'The council approved 700 and 400 previous work orders.' → work orders: a describing word ending in 's' is no plural", () => {
    expect(labelOf("The council approved 700 and 400 previous work orders.", 700)).toMatch(/work orders/);
  });

  it("near miss: 'The council approved 700 and 400 repair work orders.' → repair work orders: after a singular, a compound", () => {
    expect(labelOf("The council approved 700 and 400 repair work orders.", 700)).toBe("repair work orders");
  });
});
