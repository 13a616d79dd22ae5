import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startTestServer, type Engine, type TestServer, type TestTable } from "#test/helpers/dynamo.ts";
import type { FaultProxy } from "#test/helpers/fault-proxy.ts";

export interface EngineSuite {
  /** The engine's server, started once for the describe block. */
  readonly server: TestServer;
  /** Tables, proxies and clients a test opened: closed after each test, newest first. */
  readonly open: Array<TestTable | FaultProxy | DynamoDBClient>;
  /** A fresh table on the server, closed after the test. */
  table(): Promise<TestTable>;
}

/** Registers the hooks a describe block on one engine needs: a server for the block, and per-test cleanup. */
export function useEngineSuite(engine: Engine): EngineSuite {
  let server: TestServer | undefined;
  const open: EngineSuite["open"] = [];
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) {
      if ("tableName" in thing) await thing.stop();
      else if ("endpoint" in thing && "close" in thing) await thing.close();
      else thing.destroy();
    }
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error(`the ${engine} server has not started (use it inside a test)`);
      return server;
    },
    open,
    async table(): Promise<TestTable> {
      const table = await this.server.table();
      open.push(table);
      return table;
    },
  };
}
