import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { parseJsonArticle, parseWireText, type Article } from "#news/article.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { ensureTable } from "#store/table.ts";

/**
 * What storing an article costs, counted on the wire: a middleware on the SDK client counts every command the store
 * sends and asks DynamoDB for its consumed capacity (`ReturnConsumedCapacity: "INDEXES"`, table and each GSI), so
 * the figures are DynamoDB Local's own accounting, not a formula. Run: `npx tsx scripts/write-cost.ts`.
 */

interface Tally {
  requests: Record<string, number>;
  /** Write capacity units: the base table and every GSI, as DynamoDB reports them. */
  wcu: number;
  /** Of `wcu`, what the GSIs consumed. */
  gsiWcu: number;
  rcu: number;
}

const WRITES = new Set(["PutItemCommand", "BatchWriteItemCommand", "UpdateItemCommand", "DeleteItemCommand"]);

interface Capacity {
  CapacityUnits?: number;
  WriteCapacityUnits?: number;
  ReadCapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

/** Counts every command sent through `client` (not SDK retries: those happen below this step) into `tally`. */
function countRequests(client: DynamoDBClient, tally: () => Tally): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = "INDEXES";
      const result = await next(args);
      const t = tally();
      const name = context.commandName ?? "unknown";
      t.requests[name] = (t.requests[name] ?? 0) + 1;
      const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const units = c.CapacityUnits ?? 0;
        const gsi = Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((sum, g) => sum + (g.CapacityUnits ?? 0), 0);
        if (WRITES.has(name)) {
          t.wcu += units;
          t.gsiWcu += gsi;
        } else {
          t.rcu += units;
        }
      }
      return result;
    },
    { step: "initialize", name: "countRequests" },
  );
}

const fresh = (): Tally => ({ requests: {}, wcu: 0, gsiWcu: 0, rcu: 0 });

function perArticle(t: Tally, n: number) {
  const total = Object.values(t.requests).reduce((a, b) => a + b, 0);
  const round = (x: number) => Number((x / n).toFixed(2));
  return {
    requests: round(total),
    byCommand: Object.fromEntries(Object.entries(t.requests).sort().map(([k, v]) => [k.replace(/Command$/, ""), round(v)])),
    wcu: round(t.wcu),
    gsiWcu: round(t.gsiWcu),
    rcu: round(t.rcu),
  };
}

/** The seeds (real BBC stories), then each one corrected (a changed last paragraph), then each one put again. */
export async function writeCost(engine: "dynalite" | "dynamodb-local" = "dynamodb-local") {
  const dir = fileURLToPath(new URL("../seeds/", import.meta.url));
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseWireText(readFileSync(join(dir, f), "utf8")));
  const corrected = (a: Article): Article =>
    parseJsonArticle({ ...a, paragraphs: [...a.paragraphs.slice(0, -1), `${a.paragraphs.at(-1) ?? ""} (Corrected.)`] });
  const local = await startLocalDynamo({ engine });
  const client = createDynamoClient({ endpoint: local.endpoint });
  let tally = fresh();
  try {
    await ensureTable(client, "nutgraf-write-cost");
    countRequests(client, () => tally);
    const store = new DynamoArticleStore({ client, tableName: "nutgraf-write-cost" });
    const phases: Record<string, ReturnType<typeof perArticle>> = {};
    for (const [phase, batch] of [
      ["new article", articles],
      ["changed article", articles.map(corrected)],
      ["unchanged (re-seed)", articles.map(corrected)],
    ] as const) {
      tally = fresh();
      for (const article of batch) await store.put(article);
      phases[phase] = perArticle(tally, batch.length);
    }
    const bodyBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.paragraphs.join("")), 0) / articles.length;
    return { engine, articles: articles.length, meanBodyKb: Number((bodyBytes / 1024).toFixed(2)), phases };
  } finally {
    client.destroy();
    await local.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const engine = process.argv.includes("--dynalite") ? "dynalite" : "dynamodb-local";
  console.log(JSON.stringify(await writeCost(engine), null, 2));
}
