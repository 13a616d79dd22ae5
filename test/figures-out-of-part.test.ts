// A count with no noun of its own whose clause names after it, with "out of", the whole it is a part of is named by
// that whole's noun (out-of-part.ts): "Some 300 will close, out of 3,000 stores" read '300 — close', the verb.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("out-of-part.ts: 'N VERB, out of M NOUNs'", () => {
  it("'Some 300 will close, out of 3,000 stores.' → some 300 — stores", () => {
    expect(exact(at("Some 300 will close, out of 3,000 stores.", 300))).toEqual(want(300, "some", undefined, "stores", "count"));
  });

  it("'Tesco said 300 will close out of its 3,000 stores.' → 300 — stores, not the speaker", () => {
    expect(exact(at("Tesco said 300 will close out of its 3,000 stores.", 300))).toEqual(want(300, undefined, undefined, "stores", "count"));
  });

  it("near miss: 'The firm said 300 will close out of £3,000 budgets.' → no count a whole: the speaker as before", () => {
    expect(labelOf("The firm said 300 will close out of £3,000 budgets.", 300)).not.toBe("budgets");
  });

  it("near miss: 'Some 300 workers will leave, out of 3,000 staff.' → workers: a part with its own noun keeps it", () => {
    expect(labelOf("Some 300 workers will leave, out of 3,000 staff.", 300)).toMatch(/^workers/);
  });

  it("near miss: 'Some 300 will close, and 3,000 stores will open.' → no 'out of', no part", () => {
    expect(labelOf("Some 300 will close, and 3,000 stores will open.", 300)).not.toBe("stores");
  });
});
