import { describe, expect, it } from "vitest";
import { algorithmOf, BRIEF_ALGORITHM, briefFingerprint } from "#brief/algorithm.ts";
import { BRIEF_HISTORY } from "#brief/algorithm-history.ts";
import { parseJsonArticle } from "#news/article.ts";
import { corpusArticles, corpusBriefsHash, currentAlgorithm, recordAlgorithm } from "#scripts/brief-algorithm.ts";

/**
 * Why this is not a snapshot people blindly update: the algorithm id a deploy stamps on stored briefs is *derived
 * from* the recorded entry (generation = its place in the history, hash over its fingerprint and briefs hash). The
 * only way to make this test pass after the briefs change is to append an entry, and appending is what gives the
 * new briefs a new id and a higher generation, so the deploy recomputes every brief stored before it. There is no
 * way to "accept" new output under the old id: updating the record *is* bumping the version. What it cannot see:
 * a code change whose effect shows on no corpus article (some 200 stories: seeds and the eval fixtures); BRIEF_RULES in
 * lib/brief/algorithm.ts is for that, and weights are hashed directly, whatever the corpus shows.
 */

describe("the brief's algorithm version", () => {
  it("is recorded: the weights and the corpus's briefs are those of the last history entry", () => {
    const current = currentAlgorithm();
    const last = BRIEF_HISTORY.at(-1);
    // On failure: the brief's output or weights changed. Run `npx tsx scripts/brief-algorithm.ts` (it appends a new
    // generation; lib/brief/algorithm.ts says why) and commit lib/brief/algorithm-history.ts with the change.
    expect(current, "brief changed but its algorithm was not recorded: run npx tsx scripts/brief-algorithm.ts").toEqual(last);
    expect(BRIEF_ALGORITHM).toMatchObject({ generation: BRIEF_HISTORY.length, recorded: true });
    expect(BRIEF_ALGORITHM.id).toMatch(new RegExp(`^${BRIEF_HISTORY.length}\\.[0-9a-f]{12}$`));
  });

  it("the history only grows, one entry per change, and every entry is well formed", () => {
    expect(BRIEF_HISTORY.length).toBeGreaterThan(0);
    for (const [i, entry] of BRIEF_HISTORY.entries()) {
      expect(entry.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(entry.briefs).toMatch(/^[0-9a-f]{16}$/);
      if (i > 0) expect(entry).not.toEqual(BRIEF_HISTORY[i - 1]);
    }
  });

  it("recording new briefs under unchanged weights appends a generation and changes the id", () => {
    const current = BRIEF_HISTORY.at(-1)!;
    expect(recordAlgorithm(BRIEF_HISTORY, current)).toEqual([...BRIEF_HISTORY]);
    const changed = { ...current, briefs: "f".repeat(16) };
    const next = recordAlgorithm(BRIEF_HISTORY, changed);
    expect(next).toHaveLength(BRIEF_HISTORY.length + 1);
    const before = algorithmOf(BRIEF_HISTORY, current.fingerprint);
    const after = algorithmOf(next, current.fingerprint);
    expect(after.generation).toBe(before.generation + 1);
    expect(after.id).not.toBe(before.id);
    // Going back to an earlier algorithm is still a new generation: briefs of the one in between must be replaced.
    const back = recordAlgorithm(next, current);
    expect(back).toHaveLength(next.length + 1);
  });

  it("unrecorded weights get an id of their own at the last recorded generation (never replacing recorded briefs)", () => {
    const other = algorithmOf(BRIEF_HISTORY, "0123456789abcdef");
    expect(other.recorded).toBe(false);
    expect(other.generation).toBe(BRIEF_HISTORY.length);
    expect(other.id).not.toBe(BRIEF_ALGORITHM.id);
    expect(briefFingerprint()).toBe(BRIEF_HISTORY.at(-1)!.fingerprint);
  });

  it("the corpus hash moves when one story's brief does", () => {
    const corpus = corpusArticles();
    expect(corpus.length).toBeGreaterThan(200);
    // A few stories are enough to see one brief move the hash; the first test already briefs the whole corpus, and
    // briefing it twice more here cost ~6 s of a loaded run.
    const sample = corpus.slice(0, 4);
    const base = corpusBriefsHash(sample);
    const [first, ...rest] = sample;
    const edited = parseJsonArticle({ ...first!, headline: first!.headline, paragraphs: first!.paragraphs.slice(0, -1) });
    expect(corpusBriefsHash([{ ...edited, id: first!.id }, ...rest])).not.toBe(base);
  });
});
