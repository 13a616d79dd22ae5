import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_BYTES } from "#ingest/batch.ts";
import { nutgrafInProcess as nutgraf } from "#test/helpers/cli-main.ts";

const ROOT = new URL("../", import.meta.url);

// The exit-code rule's "a missing or unreadable file: 1, one line" for the files the CLI reads: `brief` and
// `figures` read a named article file whole (readFileSync), so a file over Node's 2 GB read limit reached the engineer
// as a RangeError's stack trace, and a few hundred MB were read into memory before the article's 350 KB limit said no.
// `ingest` measured its file before reading, but a pipe or device has no size to measure: it read until the writer
// stopped, however much came. Run in this process (main); no table is opened for a file.

let dir: string;
let huge: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nutgraf-bounded-read-"));
  // Sparse: 3 GB on paper, no disk used.
  huge = join(dir, "huge.txt");
  writeFileSync(huge, "");
  truncateSync(huge, 3 * 1024 ** 3);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("story files the CLI reads are read no further than it would take", () => {
  it("brief of a 3 GB file: exit 1 and one line saying it is over 6 MB, not a RangeError's stack", async () => {
    const run = await nutgraf("brief", huge);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`nutgraf: ${huge} is over ${MAX_BATCH_BYTES} bytes (6 MB): not a story file (an article is at most 350 KB)\n`);
  });

  it("figures of a 3 GB file: the same answer, from the same reader", async () => {
    const run = await nutgraf("figures", huge);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`nutgraf: ${huge} is over ${MAX_BATCH_BYTES} bytes (6 MB): not a story file (an article is at most 350 KB)\n`);
  });

  it("brief of a named pipe (a shell's <(…)): the article its writer sends, not 'is a directory'", async () => {
    const fifo = join(dir, "story.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf 'Council approves budget\n05/12/2026 10:00 by Staff\n\nThe council approved a budget of $4 million on Tuesday.\n' >"$1"`, "sh", fifo], { stdio: "ignore" });
    try {
      const run = await nutgraf("brief", fifo);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    } finally {
      writer.kill();
    }
  }, 20_000);

  it("figures of /dev/zero: refused at 6 MB as too large, not called a directory", async () => {
    const run = await nutgraf("figures", "/dev/zero");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`nutgraf: /dev/zero is over ${MAX_BATCH_BYTES} bytes (6 MB): not a story file (an article is at most 350 KB)\n`);
  });

  it("brief of a directory: still one line saying so", async () => {
    const run = await nutgraf("brief", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`nutgraf: ${dir} is a directory, not an article file\n`);
  });

  it("brief - fed past 6 MB on standard input and never closed: refused at 6 MB, not read until the writer stops", async () => {
    const child = spawn(process.execPath, ["bin/nutgraf.mjs", "brief", "-"], { cwd: ROOT, stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Written, never ended: the pipe stays open as long as this test lets it.
    child.stdin.on("error", () => {});
    child.stdin.write(Buffer.alloc(MAX_BATCH_BYTES + 1, "a"));
    try {
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toBe(`nutgraf: standard input is over ${MAX_BATCH_BYTES} bytes (6 MB): not a story file (an article is at most 350 KB)\n`);
    } finally {
      child.kill();
    }
  }, 30_000);

  it("ingest of a pipe fed past 6 MB and never closed: refused at 6 MB, not read until the writer stops", async () => {
    const fifo = join(dir, "feed.json");
    execFileSync("mkfifo", [fifo]);
    // The writer sends 6 MB and one byte more, then holds the pipe open: a reader that waits for the end never returns.
    const writer = spawn("sh", ["-c", `exec 3>"$1"; head -c ${MAX_BATCH_BYTES + 1} /dev/zero >&3; exec sleep 60`, "sh", fifo], { stdio: "ignore" });
    try {
      const run = await nutgraf("ingest", fifo);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`nutgraf: file ${fifo}: the request body is over ${MAX_BATCH_BYTES} bytes (6 MB): send fewer items per request (${MAX_BATCH_BYTES} bytes)\n`);
    } finally {
      writer.kill();
    }
  }, 20_000);
});
