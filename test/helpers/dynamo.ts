import { randomUUID } from "node:crypto";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import type { DynamoEndpoints } from "#test/helpers/dynamo-servers.ts";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { ensureTable } from "#store/table.ts";

export type Engine = "dynalite" | "dynamodb-local";

export interface TestTable {
  client: DynamoDBClient;
  tableName: string;
  endpoint: string;
  stop(): Promise<void>;
}

/** A local server that hands out fresh tables: take it once per describe block, call `table()` per test. */
export interface TestServer {
  endpoint: string;
  engine: Engine;
  /** A new, empty, ACTIVE table on this server, with its own client (maxAttempts as given, default 3). */
  table(options?: { maxAttempts?: number; endpoint?: string; requestTimeoutMs?: number }): Promise<TestTable>;
  stop(): Promise<void>;
}

let tableCounter = 0;
// Files share the run's servers (test/helpers/dynamo-servers.ts), and pids come round again (pid_max is 32,768 here):
// a name this process alone can make.
const processTag = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** The run's shared server for `engine`, started once by the "rest" project's globalSetup. */
function sharedEndpoint(engine: Engine): string {
  const endpoints: DynamoEndpoints | undefined = inject("dynamoEndpoints");
  if (!endpoints) throw new Error('no shared local DynamoDB: test/helpers/dynamo-servers.ts is the "rest" project\'s globalSetup (vitest.config.ts)');
  return endpoints[engine];
}

/**
 * The run's server for `engine` (a real dynalite or DynamoDB Local over HTTP, shared by every file), as a handle whose
 * `stop()` drops the tables it made and closes their clients; the server itself lives until the run ends.
 */
export async function startTestServer(engine: Engine = "dynalite"): Promise<TestServer> {
  const endpoint = sharedEndpoint(engine);
  const tables = new Set<TestTable>();
  return {
    endpoint,
    engine,
    async table(options = {}) {
      const tableName = `nutgraf-test-${processTag}-${++tableCounter}`;
      const admin = createDynamoClient({ endpoint });
      await ensureTable(admin, tableName);
      admin.destroy();
      const client = createDynamoClient({
        endpoint: options.endpoint ?? endpoint,
        // Local servers on a 2-core CI box can stall for seconds under load; timeouts have tests of their own.
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      });
      let stopped = false;
      const table: TestTable = {
        client,
        tableName,
        endpoint: options.endpoint ?? endpoint,
        async stop() {
          if (stopped) return;
          stopped = true;
          tables.delete(table);
          // Drop the table so the run's server does not fill up: a direct client, as the table's own may point at a
          // proxy that is already closed.
          const admin = createDynamoClient({ endpoint, maxAttempts: 1 });
          await admin.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
          admin.destroy();
          client.destroy();
        },
      };
      tables.add(table);
      return table;
    },
    async stop() {
      for (const table of [...tables]) await table.stop();
    },
  };
}

/** A fresh table on the run's `engine` server (dynalite by default); `stop()` drops it. */
export async function startTestTable(engine: Engine = "dynalite"): Promise<TestTable> {
  return (await startTestServer(engine)).table();
}
