import { describe, expect, it } from "vitest";
import { auc, withinAuc } from "#scripts/tune-auc.ts";

// The AUC every ranking measurement in docs/ranking.md reads: a rank-sum form, checked against counting all pairs.
const byPairs = (kept: number[], dropped: number[]) => {
  let wins = 0;
  for (const k of kept) for (const d of dropped) wins += k > d ? 1 : k === d ? 0.5 : 0;
  return wins / (kept.length * dropped.length);
};

describe("auc", () => {
  it("is 1 when every kept value is above every dropped one, 0 when below, 0.5 when all tie", () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 2], [3, 4])).toBe(0);
    expect(auc([2, 2], [2, 2, 2])).toBe(0.5);
  });

  it("counts a tie as half a win", () => {
    expect(auc([1, 2, 3], [2])).toBe(0.5);
    expect(auc([2], [1, 2])).toBe(0.75);
  });

  it("equals the share of pairs won on lists with many ties", () => {
    // A fixed sequence (no Math.random): values 0..6 in an order that repeats, so ties fall on both sides.
    const kept = Array.from({ length: 40 }, (_, i) => (i * 5) % 7);
    const dropped = Array.from({ length: 55 }, (_, i) => (i * 3 + 1) % 7);
    expect(auc(kept, dropped)).toBeCloseTo(byPairs(kept, dropped), 12);
  });

  it("is NaN with nothing on one side", () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
  });
});

describe("withinAuc", () => {
  it("averages over articles, leaving out those with one class only", () => {
    const articles = [
      { values: [3, 2, 1], labels: [true, false, false] }, // 1
      { values: [1, 2], labels: [true, false] }, // 0
      { values: [5, 6], labels: [true, true] }, // no dropped sentence: left out
    ];
    expect(withinAuc(articles)).toBe(0.5);
  });
});
