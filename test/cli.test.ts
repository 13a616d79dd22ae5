import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf, type CliRun } from "#test/helpers/nutgraf-cli.ts";
import { evaluate, parseEvalJsonl, readEvalSet } from "#eval/evaluate.ts";


/** A temp folder removed when the test ends, pass or fail: the suite leaves nothing in the temp folder. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SEED = join(ROOT, "seeds/000_c74584ab3f8b7ef3.txt");
// The whole CNN/DailyMail dev set, kept in the repository (test/fixtures/eval/README.md).
const DEV = join(ROOT, "test/fixtures/eval/dev.jsonl");

const ENV = { DYNAMODB_ENDPOINT: "", NUTGRAF_TABLE: "" };

/** cli/main.ts in this process: the same commands without a tsx start (~2.5 s) each; `brief` is spawned below. */
function nutgraf(...args: string[]): Promise<CliRun> {
  return runNutgrafHere(args, ENV);
}

// A spawn through tsx takes ~2.5 s alone and several times that on two loaded cores: the limit only guards a hang.
describe("nutgraf CLI", { timeout: 120_000 }, () => {
  it("brief --json prints the documented, stable shape", async () => {
    // As a user runs it, in a child process.
    const { code, stdout } = await runNutgraf(["brief", SEED, "--json"], ENV);
    expect(code).toBe(0);
    const brief = JSON.parse(stdout) as { article: Record<string, unknown>; bullets: Record<string, unknown>[]; figures: Record<string, unknown>[] };
    expect(Object.keys(brief)).toEqual(["article", "bullets", "figures"]);
    expect(brief.article).toMatchObject({ headline: "France seeks EU security aid, launches new airstrikes on IS", publishedAt: "2015-11-17T20:50:00Z" });
    expect(brief.bullets).toHaveLength(3);
    for (const b of brief.bullets) expect(Object.keys(b)).toEqual(expect.arrayContaining(["text", "sentence", "score"]));
    for (const f of brief.figures) expect(Object.keys(f)).toEqual(expect.arrayContaining(["value", "display", "label", "kind", "sentence"]));
    expect(brief.figures.map((f) => f.value)).toContain(129);
  });

  it("brief by stored id or headline words reads the embedded, seeded archive", async () => {
    const { code, stdout } = await nutgraf("brief", "time warner", "--bullets", "2", "--explain");
    expect(code).toBe(0);
    expect(stdout).toContain("Ad sales boost Time Warner profit");
    expect(stdout).toContain("$1.13bn");
    expect(stdout).toMatch(/centrality \d/);
  });

  it("brief --explain says why page furniture was left out of the story", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nutgraf-cli-"));
    const file = join(dir, "story.json");
    const text =
      "Troubled footballer Clarke Carlisle has revealed he has split from his wife as he battles depression. " +
      "The former defender said he had moved out of the marital home in Yorkshire. Scroll down for video. " +
      "Split: Clarke Carlisle says he has moved out of the home he shared with his wife of 14 years. " +
      "He tried to kill himself in December, two days after he was arrested on suspicion of drink-driving.";
    writeFileSync(file, JSON.stringify({ headline: "Carlisle splits from wife", publishedAt: "2015-04-02T12:00:00Z", text }));
    try {
      const { code, stdout } = await nutgraf("brief", file, "--explain");
      expect(code).toBe(0);
      expect(stdout).toContain("Left out of the story before ranking");
      expect(stdout).toMatch(/✗ Scroll down for video\.\n\s+scroll-prompt: /);
      expect(stdout).toMatch(/✗ Split: Clarke Carlisle says[^\n]*\n\s+caption: a photo caption/);
      expect(stdout).not.toMatch(/• (?:Scroll down|Split:)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails clearly on bad input: usage (2), bad article (1)", async () => {
    expect((await nutgraf("brief", SEED, "--bullets", "11")).code).toBe(2);
    expect((await nutgraf("frobnicate")).stderr).toContain('unknown command "frobnicate"');
    const dir = tempDir("nutgraf-cli-");
    const html = join(dir, "junk.txt");
    writeFileSync(html, "<html><body><p>Not a wire story</p></body></html>");
    const bad = await nutgraf("brief", html);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("ArticleError HTML");
  });

  it("a table that cannot be reached is one line naming the cause, exit 1, where opening it threw a stack trace", async () => {
    // A port nobody listens on; the server is closed before the CLI starts.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    // In this process: ingest-cli.test.ts spawns deadletters as a user runs it; a spawn here cost ~10 s of a loaded run.
    const run = await runNutgrafHere(["deadletters"], { DYNAMODB_ENDPOINT: endpoint, NUTGRAF_TABLE: "" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^nutgraf: StoreError UNAVAILABLE: open table nutgraf-local: the article table cannot be reached \(ECONNREFUSED\)\n$/);
  });

  it("eval --json scores nutgraf and Lead-3 side by side", async () => {
    const { code, stdout } = await nutgraf("eval", DEV, "--json", "--limit", "5");
    expect(code).toBe(0);
    type Scores = Record<string, number>;
    const report = JSON.parse(stdout) as {
      n: number;
      systems: Record<string, Scores>;
      peers: Record<string, Scores>;
      difference: Record<string, { mean: number; low: number; high: number }>;
    };
    expect(report.n).toBe(5);
    expect(Object.keys(report.systems)).toEqual(["nutgraf", "lead3"]);
    for (const s of Object.values(report.systems)) for (const k of ["rouge1", "rouge2", "rougeL"]) expect(s[k]).toBeGreaterThan(0);
    // Added fields: ts-textrank and the oracle beside, and the paired bootstrap interval of nutgraf − Lead-3.
    expect(Object.keys(report.peers)).toEqual(["textrank", "oracle"]);
    for (const k of ["rouge1", "rouge2", "rougeL"]) {
      expect(report.peers.oracle![k]).toBeGreaterThanOrEqual(report.systems.nutgraf![k]!);
      const d = report.difference[k]!;
      expect(d.low).toBeLessThanOrEqual(d.mean);
      expect(d.mean).toBeLessThanOrEqual(d.high);
    }
  });
});

describe("eval input", () => {
  it("skips and reports unusable lines instead of losing the whole run, and takes highlights as one string too", async () => {
    const dir = tempDir("nutgraf-eval-");
    const file = join(dir, "mixed.jsonl");
    const good = { id: "a", text: "Police arrested 12 people on Monday. The raids followed a long inquiry. Officials praised the operation.", highlights: ["Police arrested 12 people."] };
    const asString = { id: "b", title: "Floods", text: "Floods hit the valley. Hundreds fled their homes. Rescuers worked all night.", highlights: "Floods hit the valley.\nHundreds fled." };
    writeFileSync(file, [JSON.stringify(good), "{not json", JSON.stringify({ id: "c", text: 42 }), JSON.stringify(asString), ""].join("\n"));
    const { code, stdout, stderr } = await nutgraf("eval", file, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { n: number; skipped: number };
    expect(report).toMatchObject({ n: 2, skipped: 2 });
    expect(stderr).toContain("skipped line 2: not valid JSON");
    expect(stderr).toContain('skipped line 3: needs "text"');
  });
});

describe("eval rows", () => {
  it("says which field made a line unusable, and keeps rows whose id or title is merely odd", () => {
    const rows = [
      { text: "A story.", highlights: ["A."] },
      { id: 7, title: 8, text: "A story.", highlights: "One.\n\nTwo.\n" },
      { text: "A story." },
      { text: 42, highlights: [] },
      { text: "A story.", highlights: ["One.", 2] },
      ["not", "an", "object"],
      "{not json",
    ].map((row) => (typeof row === "string" ? row : JSON.stringify(row)));
    const { examples, skipped } = readEvalSet(rows.join("\n"));
    expect(examples).toStrictEqual([
      { id: "line-1", text: "A story.", highlights: ["A."] },
      { id: "line-2", text: "A story.", highlights: ["One.", "Two."] },
    ]);
    const needs = 'needs "text" (string) and "highlights" (array of strings)';
    expect(skipped).toEqual([
      { line: 3, reason: `${needs}: field "highlights" is missing` },
      { line: 4, reason: `${needs}: field "text" must be a string` },
      { line: 5, reason: `${needs}: field "highlights" must be an array of strings or one string (a highlight per line)` },
      { line: 6, reason: "not a JSON object" },
      { line: 7, reason: "not valid JSON" },
    ]);
  });
});

describe("eval's reference", () => {
  it("is the highlights as separate sentences, so ROUGE-Lsum reads each one's LCS apart", () => {
    // Three sentences, so Lead-3 is all of them: S1 market rallied in tokyo on monday (6 tokens), S2 bond yields fell
    // across europe (5), S3 oil prices held steady overnight (5). Highlights "Fell." and "Markets rallied, bonds.": the
    // first's LCS with S2 is "fell"; the second's with S1 is "markets rallied", with S2 "bonds": 4 hits of 4 reference
    // tokens and 16 candidate ones, F1 = 2·1·0.25 / 1.25 = 40%. One reference line "fell markets rallied bonds" would
    // give S2 only one of "fell" and "bonds" (they come in the other order): 3 hits, F1 30%.
    const example = { id: "x", text: "Markets rallied in Tokyo on Monday. Bond yields fell across Europe. Oil prices held steady overnight.", highlights: ["Fell.", "Markets rallied, bonds."] };
    expect(evaluate([example]).systems.lead3.rougeLsum).toBe(40);
  });
});

describe("summary quality on the CNN/DailyMail dev set", () => {
  it("stays above Lead-3 on ROUGE-1, ROUGE-2 and ROUGE-L (a regression guard for ranking changes)", () => {
    const report = evaluate(parseEvalJsonl(readFileSync(DEV, "utf8")));
    const { nutgraf: ours, lead3 } = report.systems;
    expect(ours.rouge1).toBeGreaterThan(lead3.rouge1);
    expect(ours.rouge2).toBeGreaterThan(lead3.rouge2);
    expect(ours.rougeL).toBeGreaterThan(lead3.rougeL);
    // The difference is nutgraf − Lead-3: its mean is the gap between the two systems' means (each rounded to 0.01).
    for (const k of ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const) expect(Math.abs(report.difference[k].mean - (ours[k] - lead3[k]))).toBeLessThanOrEqual(0.02);
  });
});
