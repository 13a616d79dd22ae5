import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USAGE } from "#cli/usage.ts";
import { MAX_BATCH_BYTES } from "#ingest/batch.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { nutgrafInProcess as nutgraf } from "#test/helpers/cli-main.ts";

// The CLI's one exit-code rule, as its usage text states it: 2 when the command line itself is wrong (an unknown
// command or option, a missing or extra argument, a flag value out of its range), 1 when it was called right but
// what it names cannot be used (a missing file, a story or dead letter not stored, input refused as too large).
// Run in this process (main), against a real local DynamoDB named as an engineer names it.

let table: TestTable;
let dir: string;
const saved = { DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, NUTGRAF_TABLE: process.env.NUTGRAF_TABLE };

beforeAll(async () => {
  table = await startTestTable();
  dir = mkdtempSync(join(tmpdir(), "nutgraf-exit-codes-"));
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.NUTGRAF_TABLE = table.tableName;
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
  await table.stop();
});

/** One line on stderr naming the problem, never a stack trace. */
function oneLine(stderr: string): string {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^nutgraf: /);
  return stderr;
}

describe("nutgraf exit codes: 1 for input that cannot be used, 2 for a wrong command line", () => {
  it("the usage text states the rule the code follows", () => {
    expect(USAGE).toMatch(/Exit codes: 0 ok; 1 .*missing or unreadable file.*not stored.*over 6 MB.*; 2 usage:\s.*unknown command or option.*missing or extra argument.*out of its range/s);
  });

  it("ingest of a file that is not there, or a story file that is a directory: 1", async () => {
    const missing = await nutgraf("ingest", join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toContain("nope.json");
    // A directory whose name looks like a story file is read as one: EISDIR reached the engineer as a stack trace.
    mkdirSync(join(dir, "folder"));
    mkdirSync(join(dir, "folder", "not-a-story.json"));
    const folder = await nutgraf("ingest", join(dir, "folder"));
    expect(folder.code).toBe(1);
    expect(oneLine(folder.stderr)).toContain("not-a-story.json");
  });

  it("ingest of a file over 6 MB: 1, as for a URL over 6 MB", async () => {
    const big = join(dir, "big.json");
    writeFileSync(big, JSON.stringify([{ headline: "x", body: "y".repeat(MAX_BATCH_BYTES) }]));
    const run = await nutgraf("ingest", big);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain("6 MB");
  });

  it("ingest of a file over 6 MB is refused from its size, unread: a 3 GB file gets the 6 MB answer, not 'cannot read'", async () => {
    // Sparse: 3 GB on paper, no disk used. Read whole before the 6 MB check, it was refused by Node's own 2 GB limit
    // (ERR_FS_FILE_TOO_LARGE) with another message; a few hundred MB would have been read into memory first.
    const small = join(dir, "over.json");
    writeFileSync(small, "x".repeat(MAX_BATCH_BYTES + 1));
    const huge = join(dir, "huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    const [over, run] = [await nutgraf("ingest", small), await nutgraf("ingest", huge)];
    expect(over.code).toBe(1);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(over.stderr.replace("over.json", "huge.json"));
    expect(over.stderr).toBe(`nutgraf: file ${small}: the request body is over ${MAX_BATCH_BYTES} bytes (6 MB): send fewer items per request (${MAX_BATCH_BYTES} bytes)\n`);
  });

  it("changes, deadletters and ingest --retry of something not stored: 1; an unknown option or no argument: 2", async () => {
    expect((await nutgraf("changes", "no such story words")).code).toBe(1);
    expect((await nutgraf("deadletters", "no-such-letter")).code).toBe(1);
    expect((await nutgraf("ingest", "--retry", "no-such-letter")).code).toBe(1);
    expect((await nutgraf("changes", "some story", "--frm", "2")).code).toBe(2);
    expect((await nutgraf("changes")).code).toBe(2);
    expect((await nutgraf("ingest", "a.json", "b.json")).code).toBe(2);
  });

  it("a count flag out of its range: 2, where --limit 0 said 'No dead letters' and --figures=-1 printed an empty card", async () => {
    const seed = "seeds/000_c74584ab3f8b7ef3.txt";
    for (const args of [["deadletters", "--limit=0"], ["deadletters", "--limit=-4"], ["eval", "test/fixtures/eval/dev.jsonl", "--limit=0"], ["figures", seed, "--figures=-1"], ["brief", seed, "--figures=-2"], ["changes", "x", "--from=0"]]) {
      const run = await nutgraf(...args);
      expect([args.join(" "), run.code]).toEqual([args.join(" "), 2]);
      expect(oneLine(run.stderr)).toMatch(/--(limit|figures|from) needs a whole number of at least [01], not "-?\d+"/);
    }
  });

  it("brief --bullets=0: 2, not a brief with no bullets (the least count is 1, unlike --figures, where 0 is no card)", async () => {
    // Mutation sweep 47 (T02): the loop above checks --figures' least value, not --bullets'.
    const run = await nutgraf("brief", "seeds/000_c74584ab3f8b7ef3.txt", "--bullets=0");
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain('--bullets needs a whole number of at least 1, not "0"');
  });

  it("eval --figures of a gold file that is not there: 1", async () => {
    const run = await nutgraf("eval", "--figures", join(dir, "gold.jsonl"), join(dir, "articles.jsonl"));
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain("gold.jsonl");
  });
});
