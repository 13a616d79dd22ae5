import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf, type CliRun } from "#test/helpers/nutgraf-cli.ts";
import { BRIEF_ALGORITHM } from "#brief/algorithm.ts";
import { rebriefCommand } from "#cli/rebrief.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { seedStore } from "#store/seed.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// `nutgraf rebrief` as an operator runs it after a deploy: the real CLI against a table named by the environment,
// spawned once; the other runs are cli/main.ts in this process (the same code without a tsx start each).

const ROOT = fileURLToPath(new URL("../", import.meta.url));
let table: TestTable;

function env(): NodeJS.ProcessEnv {
  return { DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_TABLE: table.tableName, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };
}

function nutgraf(...args: string[]): Promise<CliRun> {
  return runNutgrafHere(args, env());
}

beforeAll(async () => {
  table = await startTestTable();
  // Stories stored before briefs were kept: none has one.
  await seedStore(new DynamoArticleStore({ client: table.client, tableName: table.tableName }), join(ROOT, "seeds"));
});

afterAll(async () => {
  await table?.stop();
});

describe("nutgraf rebrief", () => {
  it("stores every story's brief once, then finds them all current", async () => {
    const stories = (await new DynamoArticleStore({ client: table.client, tableName: table.tableName }).latest(100)).length;
    const first = await runNutgraf(["rebrief"], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`brief algorithm ${BRIEF_ALGORITHM.id}`);
    expect(first.stdout).toMatch(new RegExp(`rebriefed\\s+${stories}\\b`));
    const again = await nutgraf("rebrief", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ algorithm: BRIEF_ALGORITHM.id, stories, current: stories, rebriefed: 0, kept: 0 });
    const stored = await new DynamoArticleStore({ client: table.client, tableName: table.tableName }).latest(100);
    expect(stored.every((a) => a.brief && "algorithm" in a.brief && a.brief.algorithm === BRIEF_ALGORITHM.id)).toBe(true);
    // A CLI process loading the sources and briefing the seeds: seconds alone, but past the suite's 30 s on a two-core
    // box running three suites at once (a mid-round run timed out here at load 14).
  }, 90_000);

  it("refuses an unknown flag (exit 2), and a build whose algorithm is not recorded writes nothing", async () => {
    expect((await nutgraf("rebrief", "--all")).code).toBe(2);
    await expect(rebriefCommand({ json: false, force: false, algorithm: { id: "1.unrecorded", generation: 1, recorded: false } })).rejects.toThrow(/not recorded/);
  });
});
