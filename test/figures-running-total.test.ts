// "… with two tries …, and then added two more, reaching four at the break": a bare count a verb of reaching governs is
// the running total, not more of what the verb before did (card audit 56, sample AX's made-up shape 2: 'tries added').
import { describe, expect, it } from "vitest";
import { labelOf } from "#test/helpers/figures.ts";

describe("running-total.ts: a bare count reached is the running total", () => {
  it("'Selby struck with three goals and then added two more, reaching five at the interval.' → 5 — goals at the interval", () => {
    expect(labelOf("Selby struck with three goals and then added two more, reaching five at the interval.", 5)).toBe("goals at the interval");
  });
  it("'Ames hit three sixes, then added four more, reaching seven.' → 7 — sixes in total", () => {
    expect(labelOf("Ames hit three sixes, then added four more, reaching seven.", 7)).toBe("sixes in total");
  });
  it("near miss: 'His third goal in two games took his total to 26.' → no running total of games", () => {
    expect(labelOf("His third goal in two games took his total to 26.", 26)).not.toBe("games in total");
  });
  it("the count added keeps its verb: 'Selby struck with three goals and then added two more, reaching five at the interval.' → 2 — goals added", () => {
    expect(labelOf("Selby struck with three goals and then added two more, reaching five at the interval.", 2)).toBe("goals added");
  });
  it("near miss: 'Selby struck with three goals and then added two more, and five at the interval.' → no reaching verb, no total", () => {
    expect(labelOf("Selby struck with three goals and then added two more, and five at the interval.", 5)).not.toBe("goals at the interval");
  });
});
