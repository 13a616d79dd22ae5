import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_TABLE } from "#lib/config.ts";
import { offsetToNow, shiftArticle } from "#news/retime.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { briefer } from "#lib/briefs.ts";
import { startLocalDynamo, type LocalDynamo } from "#store/local-dynamo.ts";
import { newestPublished, seedStore, type SeedReport } from "#store/seed.ts";
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

export interface ArchiveOptions extends Pick<LocalOptions, "dataDir" | "engine" | "seedsDir" | "tableName" | "dynamoPort"> {
  /**
   * Move the seeds in time, gaps kept, so the newest was filed just before this instant: the demo's "latest" and
   * digests then have stories on any day. Absent: the files' own dates.
   */
  seedsBefore?: Date;
}

/** A fixed port that is taken falls back to any free one: a second `npm start` still starts. */
async function startDynamo(options: ArchiveOptions, log: (line: string) => void): Promise<LocalDynamo> {
  const engine = options.engine ?? "dynalite";
  const base = { engine, ...(options.dataDir ? { dataDir: options.dataDir } : {}) };
  if (!options.dynamoPort) return startLocalDynamo(base);
  try {
    return await startLocalDynamo({ ...base, port: options.dynamoPort });
  } catch (error) {
    log(`DynamoDB port ${options.dynamoPort} is taken (${(error as Error).message.split("\n")[0]}); using a free port`);
    return startLocalDynamo(base);
  }
}

/** The embedded DynamoDB with the table created and the seeds loaded: what both the page and Socket Mode run on. */
export async function startArchive(options: ArchiveOptions, log: (line: string) => void = () => undefined): Promise<Archive> {
  const tableName = options.tableName ?? LOCAL_TABLE;
  const dynamo = await startDynamo(options, log);
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  const stop = async () => {
    client.destroy();
    await dynamo.stop();
  };
  try {
    log(`DynamoDB (${dynamo.engine}) on ${dynamo.endpoint}${options.dataDir ? `, data in ${options.dataDir}` : ", in memory"}`);
    await ensureTable(client, tableName);
    const seedsDir = options.seedsDir ?? join(root, "seeds");
    const newest = options.seedsBefore ? await newestPublished(seedsDir) : undefined;
    const offset = options.seedsBefore && newest !== undefined ? offsetToNow(newest, options.seedsBefore) : 0;
    const seeded = await seedStore(
      new DynamoArticleStore({ client, tableName, briefer }),
      seedsDir,
      offset ? { retime: (article) => shiftArticle(article, offset) } : {},
    );
    // The counts are the banner's to print; only what went wrong is said here.
    for (const { file, error } of seeded.rejected) log(`  rejected ${file}: ${error}`);
    return { dynamo, client, tableName, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
