import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startLocalDynamo, type LocalDynamo } from "#store/local-dynamo.ts";
import { seedStore, type SeedReport } from "#store/seed.ts";
import { ensureTable } from "#store/table.ts";
import type { LocalOptions } from "#local/server.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

export interface Archive {
  dynamo: LocalDynamo;
  client: DynamoDBClient;
  tableName: string;
  seeded: SeedReport;
  stop(): Promise<void>;
}

/** The embedded DynamoDB with the table created and the seeds loaded: what both the page and Socket Mode run on. */
export async function startArchive(
  options: Pick<LocalOptions, "dataDir" | "engine" | "seedsDir" | "tableName">,
  log: (line: string) => void = () => undefined,
): Promise<Archive> {
  const tableName = options.tableName ?? "nutgraf-local";
  const dynamo = await startLocalDynamo({
    engine: options.engine ?? "dynalite",
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  const stop = async () => {
    client.destroy();
    await dynamo.stop();
  };
  try {
    log(`DynamoDB (${dynamo.engine}) on ${dynamo.endpoint}${options.dataDir ? `, data in ${options.dataDir}` : ", in memory"}`);
    await ensureTable(client, tableName);
    const seeded = await seedStore(new DynamoArticleStore({ client, tableName }), options.seedsDir ?? join(root, "seeds"));
    log(`Seeds: ${seeded.loaded.length} loaded, ${seeded.unchanged.length} unchanged, ${seeded.rejected.length} rejected`);
    for (const { file, error } of seeded.rejected) log(`  rejected ${file}: ${error}`);
    return { dynamo, client, tableName, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
