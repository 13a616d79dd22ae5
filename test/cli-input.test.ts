import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createLogger } from "#lib/log.ts";
import { parseJsonArticle } from "#news/article.ts";
import { runCommand } from "#slack/commands.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { startTestTable } from "#test/helpers/dynamo.ts";

// What a newcomer typed in their first hour (issue 14), each answered in one line with the right exit code.
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SEED = join(ROOT, "seeds/000_c74584ab3f8b7ef3.txt");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const ENV = { DYNAMODB_ENDPOINT: "", NUTGRAF_TABLE: "", NUTGRAF_EVAL_DIR: "" };

/**
 * As a user runs it, in a child process: for what only a process shows (standard input, and eval and bench, which no
 * other file spawns). A spawn through tsx costs ~2.5 s of CPU; the other answers run in this process (`here`).
 */
function nutgraf(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, "bin/nutgraf.mjs"), ...args],
      { cwd: ROOT, env: { ...process.env, ...ENV } },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

/** cli/main.ts in this process, with the child's environment: the same answer without a tsx start. */
function here(...args: string[]): Promise<Run> {
  return runNutgrafHere(args, ENV);
}

/** One line on stderr, no stack trace, nothing on stdout. */
function oneLine(run: Run): string {
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr;
}

describe("the CLI on a newcomer's mistakes", () => {
  it("an id that is not stored: exit 1, and no throwaway database URL", async () => {
    const run = await here("brief", "deadbeef0000");
    expect(run.code).toBe(1);
    const line = oneLine(run);
    expect(line).toContain('"deadbeef0000"');
    expect(line).not.toMatch(/https?:\/\/|127\.0\.0\.1/);
  });

  it("a file path that names no file: reported as a missing file, not a search miss", async () => {
    const relative = await here("brief", "mine/story.txt");
    const absolute = await here("brief", join(ROOT, "nope.json"));
    expect(relative.code).toBe(1);
    expect(oneLine(relative)).toBe("nutgraf: no such file: mine/story.txt\n");
    expect(absolute.code).toBe(1);
    expect(oneLine(absolute)).toContain("no such file");
  });

  it("`-` reads the story from stdin, and an empty stdin is EMPTY", async () => {
    const [piped, empty] = await Promise.all([nutgraf(["brief", "-", "--json"], readFileSync(SEED, "utf8")), nutgraf(["brief", "-"], "")]);
    const file = await here("brief", SEED, "--json");
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
    expect(JSON.parse(piped.stdout).article.headline).toBe("France seeks EU security aid, launches new airstrikes on IS");
    expect(empty.code).toBe(1);
    expect(oneLine(empty)).toContain("ArticleError EMPTY");
  });

  it("eval and bench name a missing data file in one line, exit 1", async () => {
    const [evalRun, benchRun] = await Promise.all([nutgraf(["eval", "missing/dev.jsonl"]), nutgraf(["bench", "--quick", "--data", "no-such-dir"])]);
    expect(evalRun.code).toBe(1);
    expect(oneLine(evalRun)).toContain("no such file: missing/dev.jsonl");
    expect(benchRun.code).toBe(1);
    expect(oneLine(benchRun)).toMatch(/missing eval data no-such-dir\/dev\.jsonl.*test\/fixtures\/eval/);
  });
});

describe("/brief latest with a number that is not a count", () => {
  it("answers with the accepted form, not a headline search", async () => {
    const table = await startTestTable();
    try {
      const deps = { store: new DynamoArticleStore({ client: table.client, tableName: table.tableName }), log: createLogger({ sink: () => undefined }), now: () => new Date() };
      const invocation = { userId: "U1", channelId: "C1", correlationId: "abcd1234" };
      for (const text of ["latest -3", "latest 0", "latest 2.5", "latest +0"]) {
        const shown = JSON.stringify(await runCommand(text, invocation, deps));
        expect(shown, text).toContain("/brief latest 5");
        expect(shown, text).not.toContain("No story matches");
      }
      // Words after "latest" are still a headline search.
      expect(JSON.stringify(await runCommand("latest news from paris", invocation, deps))).toContain("No story matches");
    } finally {
      await table.stop();
    }
  });

  it("lists at most 20 stories, however many are asked for and stored, and says so", async () => {
    const table = await startTestTable();
    try {
      const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
      for (let i = 0; i < 23; i++) {
        const hour = String(i).padStart(2, "0");
        await store.put(parseJsonArticle({ id: `s${hour}`, headline: `Council story number ${i}`, publishedAt: `2026-11-24T${hour}:00:00Z`, paragraphs: [`The council met for the ${i + 1}th time this year and approved a plan.`] }));
      }
      const deps = { store, log: createLogger({ sink: () => undefined }), now: () => new Date() };
      const answer = (await runCommand("latest 30", { userId: "U1", channelId: "C1", correlationId: "abcd1234" }, deps)) as { blocks: Array<{ type: string; text?: { text: string } }> };
      const sections = answer.blocks.filter((b) => b.type === "section");
      // The newest 20 (hours 22 down to 3), in order.
      expect(sections.map((b) => /`(s\d\d)`/.exec(b.text!.text)?.[1])).toEqual(Array.from({ length: 20 }, (_, i) => `s${String(22 - i).padStart(2, "0")}`));
      expect(JSON.stringify(answer)).toContain("Latest 20 stories");
      expect(JSON.stringify(answer)).toContain("(at most 20)");
    } finally {
      await table.stop();
    }
  });
});

describe("/brief by headline words: how many others matched", () => {
  it("says '1 other story' for one, '20+ other stories' past the search limit, and nothing for none", async () => {
    const table = await startTestTable();
    try {
      const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
      for (let i = 0; i < 23; i++) {
        const hour = String(i).padStart(2, "0");
        await store.put(parseJsonArticle({ id: `c${hour}`, headline: `Council story number ${i}`, publishedAt: `2026-11-24T${hour}:00:00Z`, paragraphs: [`The council met and approved plan ${i}.`] }));
      }
      for (const [id, hour] of [["h1", "05"], ["h2", "06"]] as const) {
        await store.put(parseJsonArticle({ id, headline: `Harbour fire ${id}`, publishedAt: `2026-11-25T${hour}:00:00Z`, paragraphs: ["A fire broke out at the harbour."] }));
      }
      const deps = { store, log: createLogger({ sink: () => undefined }), now: () => new Date() };
      const invocation = { userId: "U1", channelId: "C1", correlationId: "abcd1234" };
      const shown = async (text: string) => JSON.stringify(await runCommand(text, invocation, deps));
      // The search reads 21 (the newest and 20 others); 22 others exist, so the count is a lower bound.
      expect(await shown("council")).toContain("20+ other stories matched; this is the newest.");
      expect(await shown("harbour")).toContain("1 other story matched; this is the newest.");
      expect(await shown("h1")).not.toContain("matched");
      expect(await shown("latest 3 4")).toContain("Give one number of stories, not \\\"3 4\\\".");
    } finally {
      await table.stop();
    }
  });
});
