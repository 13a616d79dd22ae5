// A capitalised name right before a verb of place is its subject, where the tagger took the name for a verb
// ("Spurs") or a participle ("Unfriended") (name-subject.ts).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("a name the tagger took for a verb", () => {
  it("'Spurs climbed to fifth place' → place of Spurs", () => {
    expect(exact(at("Spurs climbed to fifth place.", 5))).toEqual(want(5, undefined, undefined, "place of Spurs", "rank"));
  });

  it("after a clause: 'The win means Spurs climbed to fifth place' → place of Spurs", () => {
    expect(labelOf("The win means Spurs climbed to fifth place.", 5)).toBe("place of Spurs");
  });

  it("a day before the name is no part of it: 'On Saturday Spurs climbed to fifth place' → place of Spurs", () => {
    expect(labelOf("On Saturday Spurs climbed to fifth place.", 5)).toBe("place of Spurs");
  });

  it("a title in '-ed': 'the thriller Unfriended took third place' → place of Unfriended", () => {
    expect(labelOf("Meanwhile, the thriller Unfriended took third place with $16 million.", 3)).toBe("place of Unfriended");
  });

  it("'Spurs finished fifth' (came-place.ts) → place of Spurs", () => {
    expect(labelOf("Spurs finished fifth.", 5)).toBe("place of Spurs");
  });

  it("near miss: a pronoun opening the sentence: 'They climbed to fifth place' keeps the place alone", () => {
    expect(labelOf("They climbed to fifth place.", 5)).toBe("place");
  });

  it("near miss: a lowercase word before the verb: 'the win means it climbed to fifth place' keeps the place alone", () => {
    expect(labelOf("The win means it climbed to fifth place.", 5)).toBe("place");
  });

  it("near miss: two names joined by 'and' each hold their own place ('Butler and Yelling finished fourth and fifth')", () => {
    expect(labelOf("Butler and Yelling finished fourth and fifth.", 4)).toBe("position");
  });

  it("'and' joining two clauses is no second name: 'The side are fourth, and Spurs climbed to fifth place' → place of Spurs", () => {
    expect(labelOf("The side are fourth, and Spurs climbed to fifth place.", 5)).toBe("place of Spurs");
  });

  it("a day is no part of the name: 'Yesterday Spurs climbed to fifth place' → place of Spurs", () => {
    expect(labelOf("Yesterday Spurs climbed to fifth place.", 5)).toBe("place of Spurs");
  });

  it("a sentence's first word that is no name stays out: 'Struggling Spurs climbed to fifth place' → place of Spurs", () => {
    expect(labelOf("Struggling Spurs climbed to fifth place.", 5)).toBe("place of Spurs");
  });
});
