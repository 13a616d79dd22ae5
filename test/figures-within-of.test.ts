// "closed to within three goals of the 40-goal target": the count after "within" is the shortfall to a mark, not the
// tally (card audit 56, sample AX's made-up shape 9: read 'three — goals').
import { describe, expect, it } from "vitest";
import { labelOf } from "#test/helpers/figures.ts";

describe("within-of.ts: 'within N NOUNs of MARK' is the shortfall to the mark", () => {
  it("'Quill edged to within four tries of the 30-try target this season.' → 4 — tries short of 30-try target", () => {
    expect(labelOf("Quill edged to within four tries of the 30-try target this season.", 4)).toBe("tries short of 30-try target");
  });
  it("'The coalition now sits within 9 seats of a majority.' → 9 — seats short of majority", () => {
    expect(labelOf("The coalition now sits within 9 seats of a majority.", 9)).toBe("seats short of majority");
  });
  it("near miss: 'The storm passed within three miles of the harbour.' → no shortfall", () => {
    expect(labelOf("The storm passed within three miles of the harbour.", 3)).not.toContain("short of");
  });
  it("near miss: 'Quill scored four tries of the 30-try target this season.' → no 'within', no shortfall", () => {
    expect(labelOf("Quill scored four tries of the 30-try target this season.", 4)).not.toContain("short of");
  });
});
