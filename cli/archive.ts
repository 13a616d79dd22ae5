import { fileURLToPath } from "node:url";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_TABLE, linked } from "#lib/config.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { briefer } from "#lib/briefs.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { seedStore, type SeedReport } from "#store/seed.ts";
import type { ArticleStore } from "#store/store.ts";
import { ensureTable } from "#store/table.ts";

export const SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));

export interface Archive {
  store: ArticleStore;
  /** The table's client and name, for the stores beside the articles (feedback, dead letters, feed cursors). */
  client: DynamoDBClient;
  tableName: string;
  /** Where the articles live, for people: "embedded dynalite (in memory)" or the endpoint/table. */
  where: string;
  embedded: boolean;
  /** Present when the embedded archive was seeded on open. */
  seeded?: SeedReport;
  close(): Promise<void>;
}

/**
 * The table named by the environment (`DYNAMODB_ENDPOINT` for any DynamoDB-compatible server, or AWS credentials
 * with `NUTGRAF_TABLE` or SST's linked `Articles`), else an embedded in-memory one seeded from `seeds/` so every command works with no account.
 */
export async function openArchive(env: NodeJS.ProcessEnv = process.env, options: { seed?: boolean } = {}): Promise<Archive> {
  // Inside `npx sst shell` the deployed table arrives as a linked resource, not as NUTGRAF_TABLE.
  const named = env.NUTGRAF_TABLE || (env === process.env ? linked("Articles", "name") : undefined);
  const tableName = named || LOCAL_TABLE;
  if (env.DYNAMODB_ENDPOINT || named) {
    const client = createDynamoClient(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {});
    await ensureTable(client, tableName);
    return {
      store: new DynamoArticleStore({ client, tableName, briefer }),
      client,
      tableName,
      where: `${env.DYNAMODB_ENDPOINT ?? "AWS DynamoDB"} table ${tableName}`,
      embedded: false,
      close: async () => client.destroy(),
    };
  }
  const local = await startLocalDynamo();
  const client = createDynamoClient({ endpoint: local.endpoint });
  await ensureTable(client, tableName);
  const store = new DynamoArticleStore({ client, tableName, briefer });
  const archive: Archive = {
    store,
    client,
    tableName,
    // Not its URL: the server is gone when the command ends, so the address would only mislead.
    where: "the embedded demo archive (seeds/, in memory)",
    embedded: true,
    close: async () => {
      client.destroy();
      await local.stop();
    },
  };
  if (options.seed !== false) archive.seeded = await seedStore(store, SEEDS_DIR);
  return archive;
}
