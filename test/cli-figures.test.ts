import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf, type CliRun } from "#test/helpers/nutgraf-cli.ts";

const ENV = { DYNAMODB_ENDPOINT: "", NUTGRAF_TABLE: "" };

/** cli/main.ts in this process: the same commands without a tsx start (~2.5 s) each; the first test spawns one. */
function nutgraf(...args: string[]): Promise<CliRun> {
  return runNutgrafHere(args, ENV);
}

/**
 * An article whose headline decides the card: under "Pernod takeover talk lifts Domecq" Pernod's 7.5bn euros is the
 * news; read without the headline, the first sentence stands in for it and the 1.8bn euros of debt comes first.
 */
function pernodFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-cli-figures-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "pernod.json");
  const text = "The bid would add to debt of 1.8bn euros.\n\nPernod is valued at 7.5bn euros.";
  writeFileSync(file, JSON.stringify({ headline: "Pernod takeover talk lifts Domecq", publishedAt: "2005-01-01T00:00:00Z", text }));
  return file;
}

const PERNOD = { value: 7.5e9, display: "7.5bn euros", label: "pernod", kind: "money", sentence: 1, type: "money", unit: "EUR" };
const DEBT = { value: 1.8e9, display: "1.8bn euros", label: "debt", kind: "money", sentence: 0, type: "money", unit: "EUR" };

// A spawn through tsx takes ~2.5 s alone and several times that on two loaded cores: the limit only guards a hang.
describe("nutgraf figures shows the card nutgraf brief shows", { timeout: 120_000 }, () => {
  it("reads the card under the article's headline: Pernod's 7.5bn euros before the debt", async () => {
    const file = pernodFile();
    // `figures` as a user runs it, in a child process.
    const figures = await runNutgraf(["figures", file, "--json"], ENV);
    const brief = await nutgraf("brief", file, "--json");
    expect([figures.code, brief.code]).toEqual([0, 0]);
    expect(JSON.parse(figures.stdout)).toEqual([PERNOD, DEBT]);
    expect(JSON.parse(figures.stdout)).toEqual((JSON.parse(brief.stdout) as { figures: unknown }).figures);
  });

  it("keeps to --figures N as the brief does, in its text form too", async () => {
    const file = pernodFile();
    const figures = await nutgraf("figures", file, "--figures", "1", "--json");
    const brief = await nutgraf("brief", file, "--figures", "1", "--json");
    expect(JSON.parse(figures.stdout)).toEqual([PERNOD]);
    expect((JSON.parse(brief.stdout) as { figures: unknown }).figures).toEqual([PERNOD]);
    const text = await nutgraf("figures", file);
    expect(text.stdout.split("\n").slice(2, 4).map((line) => line.trim().split(/\s+/).at(-1))).toEqual(["pernod", "debt"]);
  });

  it("--all still lists every number in reading order", async () => {
    const { code, stdout } = await nutgraf("figures", pernodFile(), "--all", "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { display: string }[]).map((n) => n.display)).toEqual(["1.8bn euros", "7.5bn euros"]);
  });
});
