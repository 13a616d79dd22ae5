import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Article } from "#news/article.ts";
import { briefArticle, type Brief } from "#brief/brief.ts";
import { buildDigest } from "#digest/digest.ts";
import { decide, DUPLICATE_THRESHOLDS, fingerprint, groupDuplicates, isDuplicate, leadOverlap, similarity } from "#digest/duplicates.ts";
import { digestMessage } from "#slack/digest-blocks.ts";
import { checkBlockLimits } from "#slack/blocks.ts";
import { confusion, resolve, scorePairs, type PairSet } from "#scripts/duplicate-labels.ts";

const set = JSON.parse(gunzipSync(readFileSync(new URL("./fixtures/duplicate-pairs.json.gz", import.meta.url))).toString("utf8")) as PairSet;
const scored = scorePairs(set);

describe("wire duplicates on the labelled pairs (test/fixtures/duplicate-pairs.json.gz)", () => {
  it("holds both kinds of pair, natural and synthetic, with hard negatives", () => {
    const kinds = new Set(set.pairs.map((p) => p.kind));
    for (const k of ["natural-duplicate", "natural-related", "nearest-topic", "rewrite:version", "rewrite:trim"]) expect(kinds).toContain(k);
    expect(set.pairs.length).toBeGreaterThan(400);
  });

  it("reaches precision ≥ 95% and recall ≥ 90% on the held-out half and on the whole subset", () => {
    for (const rows of [scored.filter((s) => s.pair.half === "test"), scored]) {
      const c = confusion(rows, DUPLICATE_THRESHOLDS);
      expect(c.precision).toBeGreaterThanOrEqual(0.95);
      expect(c.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("keeps follow-ups that share background paragraphs apart (precision on the natural BBC pairs alone)", () => {
    const natural = scored.filter((s) => s.pair.kind.startsWith("natural"));
    const c = confusion(natural, DUPLICATE_THRESHOLDS);
    expect(c.precision).toBeGreaterThanOrEqual(0.95);
    expect(c.recall).toBeGreaterThanOrEqual(0.9);
    // Without the opening check, the body overlap alone merges them: the lead test is what holds precision up.
    const bodyOnly = confusion(natural, { ...DUPLICATE_THRESHOLDS, lead: 0 });
    expect(bodyOnly.precision).toBeLessThan(0.9);
  });
});

const story = (id: string, headline: string, paragraphs: string[], credit?: string): Article => ({
  id,
  headline,
  publishedAt: "2026-11-24T08:00:00Z",
  paragraphs,
  contentHash: id,
  ...(credit ? { credit } : {}),
});

const pair = set.pairs.find((p) => p.kind === "natural-duplicate" && typeof p.b === "string")!;
const related = set.pairs.find((p) => p.kind === "natural-related" && scored.find((s) => s.pair === p)!.body > 0.4)!;

describe("similarity", () => {
  it("is deterministic and symmetric", () => {
    const a = fingerprint(resolve(set, pair.a));
    const b = fingerprint(resolve(set, pair.b));
    expect(fingerprint(resolve(set, pair.a)).signature).toEqual(a.signature);
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(leadOverlap(a, b)).toBe(leadOverlap(b, a));
  });

  it("calls a story and its refiled copy one story, and a follow-up sharing its background two", () => {
    expect(isDuplicate(fingerprint(resolve(set, pair.a)), fingerprint(resolve(set, pair.b)))).toBe(true);
    expect(isDuplicate(fingerprint(resolve(set, related.a)), fingerprint(resolve(set, related.b)))).toBe(false);
  });

  it("decides each clause of the rule: too few shared shingles is never a duplicate, a near-copy needs no opening check", () => {
    // A rule without either clause still met the precision and recall floors on the labelled pairs (long stories,
    // few near-copies with a new opening), so each clause is checked here on its own.
    const { body, lead, sure } = DUPLICATE_THRESHOLDS;
    expect(decide({ body: 0.5, lead: 0.5, shared: 9, smaller: 40 })).toBe(false);
    expect(decide({ body: 0.5, lead: 0.5, shared: 10, smaller: 40 })).toBe(true);
    // A story shorter than the floor must match whole.
    expect(decide({ body: 1, lead: 1, shared: 6, smaller: 6 })).toBe(true);
    expect(decide({ body: 1, lead: 1, shared: 5, smaller: 6 })).toBe(false);
    expect(decide({ body: sure, lead: lead / 2, shared: 200, smaller: 200 })).toBe(true);
    expect(decide({ body: (body + sure) / 2, lead: lead / 2, shared: 200, smaller: 200 })).toBe(false);
  });

  it("gives texts without words no similarity to anything", () => {
    const empty = fingerprint({ headline: "", paragraphs: ["—"] });
    expect(similarity(empty, empty)).toBe(0);
    expect(isDuplicate(empty, fingerprint({ headline: "", paragraphs: [] }))).toBe(false);
  });

  it("groups by the leader only, so a chain of loosely similar stories does not collapse", () => {
    const groups = groupDuplicates(["a", "a2", "b"], (x) => ({ headline: x, paragraphs: [x.startsWith("a") ? resolve(set, pair.a).paragraphs.join(" ") : "unrelated words entirely here"] }));
    expect(groups).toEqual([["a", "a2"], ["b"]]);
  });
});

describe("digests merge wire duplicates", () => {
  const base = resolve(set, pair.a);
  const copy = resolve(set, pair.b);
  const other = resolve(set, related.b);
  const articles = [
    story("ap1", base.headline, base.paragraphs, "AP"),
    story("rt1", copy.headline, copy.paragraphs, "Reuters"),
    story("xx1", other.headline, other.paragraphs, "AFP"),
  ];
  const briefs = new Map<string, Brief>(articles.map((a) => [a.id, briefArticle(a)]));
  const digest = buildDigest(articles, briefs, { since: new Date("2026-11-24T00:00:00Z"), until: new Date("2026-11-25T00:00:00Z") });

  it("lists the story once with every source, and counts it once", () => {
    expect(digest.stories).toHaveLength(2);
    expect(digest.total).toBe(2);
    const merged = digest.stories.find((s) => s.merged)!;
    expect(merged.sources).toHaveLength(2);
    expect(new Set(merged.sources)).toEqual(new Set(["AP", "Reuters"]));
    expect(merged.merged).toEqual([merged.id === "ap1" ? "rt1" : "ap1"]);
    expect(digest.stories.find((s) => !s.merged)!.sources).toBeUndefined();
  });

  it("gives the same digest whatever order the store returns the stories in", () => {
    const reversed = buildDigest([...articles].reverse(), briefs, { since: new Date("2026-11-24T00:00:00Z"), until: new Date("2026-11-25T00:00:00Z") });
    expect(reversed).toEqual(digest);
  });

  it("shows the filings on the Slack card", () => {
    const message = digestMessage(digest);
    expect(checkBlockLimits(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toMatch(/2 filings: (AP, Reuters|Reuters, AP)/);
  });
});
