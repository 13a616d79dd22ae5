import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// README "Add your own stories" must work as written (issue 14): this runs its shell block against a running
// `npm start`. Two substitutions only: the database address the banner printed (the test cannot hold port 8000),
// and `npx nutgraf` spelled as the script it runs, because the block runs in a temp folder, not the repository.
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin/nutgraf.mjs");

function readmeBlock(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Add your own stories"));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README has no ```sh block under "## Add your own stories"');
  return block;
}

const env = { ...process.env, DYNAMODB_ENDPOINT: "", NUTGRAF_TABLE: "", PORT: "" };

describe('README "Add your own stories", run as written', () => {
  let child: ReturnType<typeof spawn>;
  let exited: Promise<number | null>;
  let banner = "";
  let base = "";

  beforeAll(async () => {
    child = spawn(process.execPath, [BIN, "start", "--port", "0", "--dynamo-port", "0"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        banner += chunk.toString();
        const match = /running locally: (http:\/\/localhost:\d+)\/[\s\S]*Ctrl-C stops everything/.exec(banner);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`npm start exited ${code} before its banner:\n${banner}\n${stderr}`)));
    });
    base = url.replace("localhost", "127.0.0.1");
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
  });

  async function command(text: string): Promise<string> {
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const state = async () => (await (await fetch(`${base}/api/state?after=-1`)).json()) as { messages: Array<{ id: string; kind: string; blocks?: unknown }> };
    const seen = new Set((await state()).messages.map((m) => m.id));
    expect(await (await post("/api/command", { text })).json()).toMatchObject({ ok: true, status: 200 });
    const answers = (await state()).messages.filter((m) => !seen.has(m.id) && m.kind === "ephemeral");
    expect(answers, text).toHaveLength(1);
    return JSON.stringify(answers[0]!.blocks);
  }

  it("the banner prints the README's seed line, with this run's database address", () => {
    const endpoint = /DynamoDB: (http:\/\/127\.0\.0\.1:\d+) {2}table nutgraf-local/.exec(banner)?.[1];
    expect(endpoint).toBeDefined();
    const printed = /^\s+(DYNAMODB_ENDPOINT=\S+ NUTGRAF_TABLE=\S+ npx nutgraf seed --dir my-stories)$/m.exec(banner)?.[1];
    const inReadme = /^DYNAMODB_ENDPOINT=.*$/m.exec(readmeBlock())?.[0];
    expect(printed).toBe(`DYNAMODB_ENDPOINT=${endpoint} NUTGRAF_TABLE=nutgraf-local npx nutgraf seed --dir my-stories`);
    expect(inReadme?.replace("http://127.0.0.1:8000", endpoint!).startsWith(printed!)).toBe(true);
  });

  it("loads both stories, which /brief, /brief figures and /brief latest then show", async () => {
    const endpoint = /DynamoDB: (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!;
    const script = readmeBlock().replaceAll("http://127.0.0.1:8000", endpoint).replaceAll("npx nutgraf", `node ${JSON.stringify(BIN)}`);
    const cwd = mkdtempSync(join(tmpdir(), "nutgraf-readme-"));
    let out: { code: number; stdout: string; stderr: string };
    try {
      out = await new Promise((resolve) =>
        // --norc: bash reads /etc/bash.bashrc for a `-c` command whose stdin is a socket (node's pipes are socketpairs) when
        // SHLVL is unset, and that file fails under -u ("PS1: unbound variable"): the README's commands run as typed.
        execFile("bash", ["--norc", "-euo", "pipefail", "-c", script], { cwd, env }, (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/loaded\s+2\s+\(budget\.json, harbour\.txt\)/);
    expect(out.stdout).toMatch(/rejected\s+0/);

    const harbour = await command("/brief harbour");
    expect(harbour).toContain("Harbour reopens after storm damage");
    expect(harbour).toContain("14");
    expect(await command("/brief figures flood")).toContain("£40m");
    // --now put them among the newest stories, whatever today's date.
    const latest = await command("/brief latest 5");
    expect(latest).toContain("Harbour reopens after storm damage");
    expect(latest).toContain("Council approves £40m flood defence budget");
  });
});
