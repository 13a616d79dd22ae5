import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseWireText, toWireText } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { seedStore } from "#store/seed.ts";
import { startTestServer } from "#test/helpers/dynamo.ts";
import type { TestServer, TestTable } from "#test/helpers/dynamo.ts";

const seedsDir = new URL("../seeds/", import.meta.url).pathname;
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();

describe("the seeds directory", () => {
  it("holds the original seed and at least 20 BBC stories, each named NNN_<id>.txt after its own id", () => {
    expect(seedFiles[0]).toBe("000_c74584ab3f8b7ef3.txt");
    const bbc = seedFiles.slice(1);
    expect(bbc.length).toBeGreaterThanOrEqual(20);
    bbc.forEach((file, i) => {
      const article = parseWireText(readFileSync(join(seedsDir, file), "utf8"));
      expect(file).toBe(`${String(i + 1).padStart(3, "0")}_${article.id}.txt`);
      expect(article.credit).toBe("BBC");
    });
  });

  it("are written exactly as toWireText writes them, so they parse back to the same article", () => {
    for (const file of seedFiles.slice(1)) {
      const text = readFileSync(join(seedsDir, file), "utf8");
      expect(toWireText(parseWireText(text))).toBe(text);
    }
  });

  it("spread the BBC stories over three consecutive days at distinct times, Time Warner included", () => {
    const articles = seedFiles.slice(1).map((f) => parseWireText(readFileSync(join(seedsDir, f), "utf8")));
    const times = articles.map((a) => a.publishedAt);
    expect(new Set(times).size).toBe(times.length);
    const perDay = new Map<string, number>();
    for (const t of times) perDay.set(t.slice(0, 10), (perDay.get(t.slice(0, 10)) ?? 0) + 1);
    expect([...perDay.keys()].sort()).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    for (const count of perDay.values()) expect(count).toBeGreaterThanOrEqual(5);
    expect(articles.map((a) => a.headline)).toContain("Ad sales boost Time Warner profit");
  });
});

describe("seedStore", () => {
  let server: TestServer;
  const tables: TestTable[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const table of tables.splice(0)) await table.stop();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function freshStore() {
    const table = await server.table();
    tables.push(table);
    return new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  }

  function tempDir(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), "nutgraf-seed-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }

  it("loads every seed once; a second run finds them all unchanged", async () => {
    const store = await freshStore();
    const first = await seedStore(store, seedsDir);
    expect(first).toEqual({ loaded: seedFiles, unchanged: [], rejected: [] });
    const second = await seedStore(store, seedsDir);
    expect(second).toEqual({ loaded: [], unchanged: seedFiles, rejected: [] });
    const days = await store.publishedBetween("2026-11-23T00:00:00Z", "2026-11-26T00:00:00Z");
    expect(days).toHaveLength(seedFiles.length - 1);
    expect((await store.get("7214a19cdd39"))?.dateline).toBe("Paris");
  });

  it("reports each bad file with its error and still loads the good ones", async () => {
    const seed = readFileSync(join(seedsDir, "000_c74584ab3f8b7ef3.txt"), "utf8");
    const dir = tempDir({
      "01_good.txt": seed,
      "02_empty.txt": "",
      "03_page.txt": "<html><body><p>Not a story</p></body></html>",
      "04_broken.json": "{\"headline\": ",
      "05_junk.txt": Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 97 + 3) % 256)),
      "06_undated.json": JSON.stringify({ headline: "No date", text: "Body." }),
      "07_huge.txt": `Headline\n\n17/11/2015 20:50\n\n${"x".repeat(1_100_000)}`,
      // Under the old 1 MB limit, over what one DynamoDB item holds: refused by the parser, not by the table.
      "07_large.txt": `Big story\n\n17/11/2015 20:50\n\n${"A sentence of the long story. ".repeat(18_000)}`,
      "README.md": "not an article file, not even looked at",
      // After the bad ones in file-name order: the run goes on past them.
      "09_good.txt": seed.replace("France seeks EU security aid", "France asks EU for security aid"),
    });
    mkdirSync(join(dir, "08_folder.txt"));
    const report = await seedStore(await freshStore(), dir);
    expect(report.loaded).toEqual(["01_good.txt", "09_good.txt"]);
    expect(report.unchanged).toEqual([]);
    expect(report.rejected.map((r) => [r.file, r.error.split(":")[0]])).toEqual([
      ["02_empty.txt", "EMPTY"],
      ["03_page.txt", "HTML"],
      ["04_broken.json", "BAD_JSON"],
      ["05_junk.txt", "BINARY"],
      ["06_undated.json", "BAD_DATE"],
      ["07_huge.txt", "TOO_LARGE"],
      ["07_large.txt", "TOO_LARGE"],
      ["08_folder.txt", "not a regular file (a directory or device named like an article)"],
    ]);
    for (const { error } of report.rejected) expect(error.length).toBeGreaterThan(20);
  });

  it("loads a changed file as a new version on the next run", async () => {
    const store = await freshStore();
    const seed = readFileSync(join(seedsDir, "000_c74584ab3f8b7ef3.txt"), "utf8");
    const dir = tempDir({ "story.txt": seed });
    expect((await seedStore(store, dir)).loaded).toEqual(["story.txt"]);
    writeFileSync(join(dir, "story.txt"), seed.replace("killed at least 129 people", "killed at least 130 people"));
    expect(await seedStore(store, dir)).toEqual({ loaded: ["story.txt"], unchanged: [], rejected: [] });
    expect((await store.versions("7214a19cdd39")).map((v) => v.version)).toEqual([1, 2]);
  });
});
