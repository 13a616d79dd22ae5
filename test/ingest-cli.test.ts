import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf, type CliRun } from "#test/helpers/nutgraf-cli.ts";
import { MAX_BATCH_BYTES } from "#ingest/batch.ts";
import { storyId } from "#ingest/errors.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// `nutgraf ingest`, `changes`, `deadletters` and `brief` as a newsroom engineer runs them, against a real local
// DynamoDB named by DYNAMODB_ENDPOINT / NUTGRAF_TABLE. Each command is spawned once here as a user runs it
// (`spawned`); the rest run cli/main.ts in this process (`nutgraf`), the same code without a tsx start (~2.5 s) each.

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FERRY = join(ROOT, "test/fixtures/ninjs/text-1x.json");
const ferry = JSON.parse(readFileSync(FERRY, "utf8")) as Record<string, unknown>;

let table: TestTable;
let dir: string;

beforeAll(async () => {
  table = await startTestTable();
  dir = mkdtempSync(join(tmpdir(), "nutgraf-ingest-cli-"));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await table.stop();
});

function env(): NodeJS.ProcessEnv {
  return { DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_TABLE: table.tableName };
}

function nutgraf(...args: string[]): Promise<CliRun> {
  return runNutgrafHere(args, env());
}

function spawned(...args: string[]): Promise<CliRun> {
  return runNutgraf(args, env());
}

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

// A spawn through tsx takes ~2.5 s alone and several times that on two loaded cores: the limit only guards a hang.
describe("nutgraf ingest, changes, deadletters", { timeout: 120_000 }, () => {
  it("ingest a ninjs file, then its rewrite; changes shows what moved; brief reads the ninjs file itself", async () => {
    const first = await spawned("ingest", FERRY);
    expect(first.code).toBe(0);
    const id = storyId(String(ferry.uri));
    expect(first.stdout).toMatch(new RegExp(`stored +${id} v1  Ferry strike halts`));

    const rewrite = write("ferry-v2.json", {
      ...ferry,
      version: "2",
      versioncreated: "2024-03-12T17:45:00Z",
      headline: "Lisbon ferry strike ends after pay deal",
      body_text: String(ferry.body_text).replace("212 sailings", "240 sailings"),
    });
    const second = await nutgraf("ingest", rewrite);
    expect(second.stdout).toMatch(new RegExp(`new-version +${id} v2  Lisbon ferry strike ends`));

    const changes = await spawned("changes", id);
    expect(changes.code).toBe(0);
    expect(changes.stdout).toContain("version 1 (2024-03-12T09:15:00Z) → version 2 (2024-03-12T17:45:00Z)");
    expect(changes.stdout).toMatch(/: 212 → 240\n/);
    expect(changes.stdout).toContain("now: Lisbon ferry strike ends after pay deal");
    const json = JSON.parse((await nutgraf("changes", id, "--json")).stdout) as { figures: { moved: Array<{ from: string; to: string }> } };
    expect(json.figures.moved).toEqual([expect.objectContaining({ from: "212", to: "240" })]);
    expect((await nutgraf("changes", id, "--from", "2")).code).toBe(2);

    const brief = await nutgraf("brief", FERRY);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toMatch(/^Ferry strike halts Lisbon river crossings for second day\nLisbon, Portugal · Example Wire/);
  });

  it("ingest <feed url> takes every entry; feeds --poll records the feed's health", async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Night Desk</title>
<item><title>Tram depot fire contained</title><guid>urn:night:77</guid><pubDate>Wed, 13 Mar 2024 02:10:00 GMT</pubDate>
<description>&lt;p&gt;Firefighters contained a blaze at the tram depot after 3 hours.&lt;/p&gt;</description></item></channel></rss>`;
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml", etag: '"n1"' });
      response.end(rss);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/night.xml`;
      const ingested = await nutgraf("ingest", url);
      expect(ingested.code).toBe(0);
      expect(ingested.stdout).toMatch(new RegExp(`stored +${storyId("urn:night:77")} v1  Tram depot fire contained`));
      // The feed's first poll finds the story `ingest` already stored: unchanged, not stored twice.
      const feeds = await nutgraf("feeds", "--poll", url);
      expect(feeds.stdout).toContain(url);
      expect(feeds.stdout).toMatch(/ok at \S+\n +last: 0 stored, 0 new versions, 1 unchanged, 0 seen before, 0 rejected/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("ingest <url> that cannot be reached, answers non-2xx, or whose body never ends: a one-line error and exit 1, no stack trace", async () => {
    // A port nobody listens on: fetch's own TypeError came out as a stack trace.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    const closed = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/stories.json`;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    // Spawned: a real process's stderr is what must stay one line.
    const refused = await spawned("ingest", closed);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^nutgraf: could not fetch ${closed}: .*ECONNREFUSED.*\n$`));

    // A server that answers, but not with stories: the remote's failure (exit 1), not a usage mistake (it was exit 2).
    const down = createServer((_request, response) => {
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("maintenance");
    });
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/stories.json`;
      const answered = await nutgraf("ingest", url);
      expect(answered.code).toBe(1);
      expect(answered.stderr).toBe(`nutgraf: ${url} answered HTTP 503\n`);
    } finally {
      await new Promise<void>((resolve) => down.close(() => resolve()));
    }

    // A body that never ends: read until it passes what a batch may be, then refused, not held in memory whole.
    const endless = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, " ");
      const more = () => {
        while (response.write(chunk));
      };
      response.on("drain", more);
      response.write("[");
      more();
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/stories.json`;
      const cut = await nutgraf("ingest", url);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toBe(`nutgraf: ${url} is over ${MAX_BATCH_BYTES} bytes (6 MB): send fewer items per request\n`);
    } finally {
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  });

  it("a refused item exits 1 and is kept; deadletters lists and shows it; --retry answers again", async () => {
    const bad = write("no-headline.json", { uri: "urn:test:cli-bad", versioncreated: "2024-03-22T00:00:00Z", body_text: "No headline here." });
    const refused = await nutgraf("ingest", bad);
    expect(refused.code).toBe(1);
    const letter = /dead letter (\S+)\)/.exec(refused.stdout)?.[1];
    expect(refused.stdout).toContain("rejected");
    expect(refused.stdout).toContain("NO_HEADLINE");
    expect(letter).toBeDefined();

    const listed = await spawned("deadletters");
    expect(listed.stdout).toContain(`${letter}  file ${bad}  NO_HEADLINE`);
    const shown = await nutgraf("deadletters", letter!);
    expect(shown.stdout).toContain('"uri":"urn:test:cli-bad"');

    const retried = await nutgraf("ingest", "--retry", letter!);
    expect(retried.code).toBe(1);
    expect(retried.stdout).toContain(`dead letter ${letter}`);
    // Not stored, as an unknown article: exit 1 (cli/usage.ts), not usage.
    expect((await nutgraf("ingest", "--retry", "no-such-letter")).code).toBe(1);
  });
});
