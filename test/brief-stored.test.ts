import { describe, expect, it } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { briefFromPrepared, decodePrepared, encodePrepared, FIGURES_KEPT, prepareBrief, type PreparedBrief } from "#brief/stored.ts";
import { parseJsonArticle } from "#news/article.ts";
import { corpusArticles } from "#scripts/brief-algorithm.ts";

// The brief stored with a version (lib/brief/stored.ts) must be the brief computed fresh, byte for byte, whatever a
// reader asks of it: every bullet count, and figure limits including the odd ones the CLI lets through.

const corpus = corpusArticles();
const seeds = corpus.filter((a) => !a.id.includes(".jsonl-"));
const FIGURE_LIMITS = [undefined, 0, 1, 3, 5, 10, FIGURES_KEPT, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY];

describe("the prepared brief", () => {
  it("serves every count and figure limit byte-identical to briefArticle, on every seed", () => {
    expect(seeds.length).toBeGreaterThan(20);
    for (const article of seeds) {
      const body = encodePrepared(prepareBrief(article), article);
      expect(body, article.id).toBeDefined();
      const decoded = decodePrepared(body!, article);
      if (!decoded.ok) throw new Error(`${article.id}: ${decoded.problem}`);
      // Every bullet count with the default card, every figure limit with the default bullets (the two are independent).
      const asks = [
        ...Array.from({ length: 10 }, (_, i) => ({ bullets: i + 1 })),
        ...FIGURE_LIMITS.map((figures) => (figures === undefined ? {} : { figures })),
      ];
      for (const options of asks) {
        expect(JSON.stringify(briefFromPrepared(article, decoded.prepared, options)), `${article.id} ${JSON.stringify(options)}`).toBe(
          JSON.stringify(briefArticle(article, options)),
        );
      }
    }
  });

  it("is storable for every corpus article, and small beside the 350 KB article limit", () => {
    const sizes = corpus.map((article) => Buffer.byteLength(encodePrepared(prepareBrief(article), article) ?? "", "utf8"));
    expect(sizes.filter((s) => s === 0)).toEqual([]);
    expect(Math.max(...sizes)).toBeLessThan(16 * 1024);
  });

  it("answers undefined (compute fresh) when more figures are asked for than were kept", () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Officials said ${100 + i * 7} people were evacuated from district ${i + 1} on Monday.`);
    const article = parseJsonArticle({ headline: "Evacuations across the region", paragraphs, publishedAt: "2026-11-24T08:00:00Z" });
    const prepared = prepareBrief(article);
    expect(prepared.allFigures).toBe(false);
    expect(prepared.figures).toHaveLength(FIGURES_KEPT);
    expect(briefFromPrepared(article, prepared, { figures: FIGURES_KEPT + 1 })).toBeUndefined();
    expect(JSON.stringify(briefFromPrepared(article, prepared, { figures: FIGURES_KEPT }))).toBe(JSON.stringify(briefArticle(article, { figures: FIGURES_KEPT })));
    // A story with few figures holds them all: any limit is served.
    const small = seeds[0]!;
    expect(briefFromPrepared(small, prepareBrief(small), { figures: 500 })).toBeDefined();
  });
});

describe("decodePrepared", () => {
  const article = seeds[0]!;
  const good = (): PreparedBrief => JSON.parse(encodePrepared(prepareBrief(article), article)!) as PreparedBrief;
  const problem = (body: string) => {
    const decoded = decodePrepared(body, article);
    return decoded.ok ? undefined : decoded.problem;
  };

  it("accepts what encodePrepared wrote", () => {
    expect(problem(JSON.stringify(good()))).toBeUndefined();
  });

  it.each<[string, (p: PreparedBrief) => unknown, RegExp]>([
    ["another format", (p) => ({ ...p, f: 2 }), /format 1 at f/],
    ["another version's text", (p) => ({ ...p, hash: "0".repeat(64) }), /other text/],
    ["a bullet past its paragraph", (p) => ({ ...p, bullets: p.bullets.map((b, i) => (i === 0 ? { ...b, at: 1e6 } : b)) }), /outside the body/],
    ["a pick naming a sentence it does not hold", (p) => ({ ...p, picks: p.picks.map((pick, i) => (i === 0 ? [9999] : pick)) }), /does not hold/],
    ["a pick out of reading order", (p) => ({ ...p, picks: p.picks.map((pick, i) => (i === 2 ? [...pick].reverse() : pick)) }), /reading order/],
    ["a pick too long for its count", (p) => ({ ...p, picks: p.picks.map((pick, i) => (i === 0 ? p.picks[2]! : pick)) }), /1-bullet pick has 3 sentences/],
    ["nine picks", (p) => ({ ...p, picks: p.picks.slice(1) }), /at picks/],
    ["a figure without a value", (p) => ({ ...p, figures: [{ ...p.figures[0]!, value: "many" }] }), /figures/],
    ["a score that is not a number", (p) => ({ ...p, bullets: p.bullets.map((b) => ({ ...b, score: null })) }), /score/],
    ["a bullet missing a score part", (p) => ({ ...p, bullets: p.bullets.map(({ parts: { lead: _lead, ...parts }, ...b }) => ({ ...b, parts })) }), /score part "lead"/],
    ["an extra field", (p) => ({ ...p, extra: 1 }), /extra/],
  ])("refuses %s, saying why", (_name, damage, why) => {
    expect(problem(JSON.stringify(damage(good())))).toMatch(why);
  });

  it("refuses text that is not JSON, and never throws", () => {
    expect(problem("{not json")).toMatch(/not JSON/);
    expect(problem("")).toMatch(/not JSON/);
    expect(problem("null")).toMatch(/format 1/);
    expect(problem("[]")).toMatch(/format 1/);
  });
});
