import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import type { LocalDynamo } from "#store/local-dynamo.ts";
import { ensureTable } from "#store/table.ts";

export type Engine = "dynalite" | "dynamodb-local";

export interface TestTable {
  client: DynamoDBClient;
  tableName: string;
  endpoint: string;
  stop(): Promise<void>;
}

/** One local server that hands out fresh tables: start it once per describe block, call `table()` per test. */
export interface TestServer {
  endpoint: string;
  engine: Engine;
  /** A new, empty, ACTIVE table on this server, with its own client (maxAttempts as given, default 3). */
  table(options?: { maxAttempts?: number; endpoint?: string; requestTimeoutMs?: number }): Promise<TestTable>;
  stop(): Promise<void>;
}

let tableCounter = 0;

export async function startTestServer(engine: Engine = "dynalite"): Promise<TestServer> {
  const server: LocalDynamo = await startLocalDynamo({ engine });
  const clients = new Set<DynamoDBClient>();
  return {
    endpoint: server.endpoint,
    engine,
    async table(options = {}) {
      // pid + counter: unique within this worker, and DynamoDB Local's shared database never sees a clash.
      const tableName = `nutgraf-test-${process.pid}-${++tableCounter}`;
      const admin = createDynamoClient({ endpoint: server.endpoint });
      await ensureTable(admin, tableName);
      admin.destroy();
      const client = createDynamoClient({
        endpoint: options.endpoint ?? server.endpoint,
        // Local servers on a 2-core CI box can stall for seconds under load; timeouts have tests of their own.
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      });
      clients.add(client);
      let stopped = false;
      return {
        client,
        tableName,
        endpoint: options.endpoint ?? server.endpoint,
        async stop() {
          if (stopped) return;
          stopped = true;
          // Drop the table so a long-lived DynamoDB Local does not fill up; the server may already be gone.
          await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
          client.destroy();
          clients.delete(client);
        },
      };
    },
    async stop() {
      for (const client of clients) client.destroy();
      clients.clear();
      await server.stop();
    },
  };
}

/**
 * A fresh table on its own server (dynalite by default: in memory, starts in milliseconds). `stop()` closes both.
 * For DynamoDB Local (1.4 s per start) prefer `startTestServer("dynamodb-local")` once per describe block.
 */
export async function startTestTable(engine: Engine = "dynalite"): Promise<TestTable> {
  const server = await startTestServer(engine);
  try {
    const table = await server.table();
    return {
      ...table,
      async stop() {
        await table.stop();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
