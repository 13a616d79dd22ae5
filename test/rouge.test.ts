import { describe, expect, it } from "vitest";
import { lcsLength, rouge, rougeTokens } from "#eval/rouge.ts";

describe("rouge scorer", () => {
  it("tokenises like rouge-score: lowercase, alphanumerics only, Porter stems on tokens over three letters", () => {
    expect(rougeTokens("The U.S. Army's running-dogs ran 3.5 km!")).toEqual(["the", "u", "s", "armi", "s", "run", "dog", "ran", "3", "5", "km"]);
  });

  it("scores a hand-worked pair", () => {
    // candidate: the cat sat on the mat / reference: the cat is on the mat
    // unigrams: the×2, cat, on, mat overlap = 5 of 6 each; bigrams: "the cat", "on the", "the mat" = 3 of 5 each;
    // LCS: the cat on the mat = 5 of 6 each.
    const s = rouge("the cat sat on the mat", "the cat is on the mat");
    expect(s.rouge1.precision).toBeCloseTo(5 / 6, 10);
    expect(s.rouge1.f1).toBeCloseTo(5 / 6, 10);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5, 10);
    expect(s.rougeL.f1).toBeCloseTo(5 / 6, 10);
  });

  it("counts clipped unigrams and unequal lengths", () => {
    // candidate "police police police" vs reference "police arrested suspects": overlap clipped to 1.
    const s = rouge("police police police", "police arrested suspects today");
    expect(s.rouge1.precision).toBeCloseTo(1 / 3, 10);
    expect(s.rouge1.recall).toBeCloseTo(1 / 4, 10);
    expect(s.rouge1.f1).toBeCloseTo((2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4), 10);
    expect(s.rouge2.f1).toBe(0);
  });

  it("matches stems, not surface forms", () => {
    expect(rouge("running dogs", "runs dogs").rouge1.f1).toBe(1);
  });

  it("computes summary-level LCS over sentences (rougeLsum) by union of per-sentence LCS", () => {
    // reference sentence "a b c d" against candidate sentences "a b" and "c d": the union covers all four tokens.
    const s = rouge("w1 a b\nc d w2", "a b c d");
    expect(s.rougeLsum.recall).toBe(1);
    expect(s.rougeLsum.precision).toBeCloseTo(4 / 6, 10);
    // As one sequence the LCS is still a b c d here, but order across sentences matters for rougeL:
    expect(rouge("c d\na b", "a b c d").rougeL.recall).toBe(0.5);
    expect(rouge("c d\na b", "a b c d").rougeLsum.recall).toBe(1);
  });

  it("stems only tokens over three characters, as rouge-score does ('was' stays 'was'; Porter alone gives 'wa')", () => {
    expect(rougeTokens("was has its does")).toEqual(["was", "has", "its", "doe"]);
  });

  it("gives ROUGE-L precision over the candidate's tokens and recall over the reference's", () => {
    // The LCS of "a b" and "a b c d" is 2 tokens: precision 2 of 2, recall 2 of 4.
    const s = rouge("a b", "a b c d").rougeL;
    expect([s.precision, s.recall]).toEqual([1, 0.5]);
  });

  it("counts a ROUGE-Lsum hit no more often than the candidate holds the token (ROUGE-1.5.5's double-count guard)", () => {
    // Reference sentences "x b" and "x c" each have the LCS "x" with the candidate "a x", which holds one x:
    // one hit, of 4 reference tokens (recall 1/4) and of 2 candidate tokens (precision 1/2).
    const s = rouge("a x", "x b\nx c").rougeLsum;
    expect([s.precision, s.recall]).toEqual([0.5, 0.25]);
  });

  it("reads each LCS as rouge-score and ROUGE-1.5.5 do: on a tie, back up the reference", () => {
    // Reference "a b", candidate sentences "b a" and "a". "a b" against "b a" has two LCS of one token, "a" and "b";
    // both scorers back up the reference on a tie (rouge-score's _backtrack_norec steps back along the candidate
    // only when that cell is strictly larger; ROUGE-1.5.5's lcs_inner marks a tie "up") and so read "a"; "a" against
    // "a" is "a".
    // The union is {a}: one hit, of 2 reference tokens (recall 1/2) and of 3 candidate tokens (precision 1/3).
    // Backing up the candidate instead reads "b" from the first sentence, and the union {a, b} gives recall 1.
    const s = rouge("b a\na", "a b").rougeLsum;
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBeCloseTo(1 / 3, 10);
  });

  it("gives zero, not NaN, for empty input", () => {
    const s = rouge("", "something");
    expect(s.rouge1.f1).toBe(0);
    expect(s.rougeLsum.f1).toBe(0);
    expect(lcsLength([], ["a"])).toBe(0);
  });
});
