// lib/store/local-dynamo.ts hands DynamoDB Local a port it found free and then let go. Round 43's CI saw another
// server take that port first: our JVM failed to bind, yet the readiness probe heard the other server answer, and the
// store tests ran against a stranger until it stopped (ECONNREFUSED). These tests hold the port themselves.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import type { LocalDynamo } from "#store/local-dynamo.ts";
import { listenerOwnedBy, listeningInodes } from "#store/port-owner.ts";

/** A plain HTTP server that answers every request 200, as dynalite or a Slack stand-in would answer a probe. */
async function squatter(): Promise<{ server: Server; port: number; hits: () => number }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, hits: () => hits };
}

/** A port the kernel picked and this process let go again, as the library's own picker does. */
async function portLetGo(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await close(probe)();
  return port;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function close(server: Server): () => Promise<void> {
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

describe("DynamoDB Local on a port someone else took", () => {
  it("picks another port when the picked one is answered by another server, and serves from its own JVM", async () => {
    const held = await squatter();
    cleanups.push(close(held.server));
    let picks = 0;
    const local: LocalDynamo = await startLocalDynamo({
      engine: "dynamodb-local",
      // The race, made certain: the first pick is a port another server already answers on.
      pickPort: async () => (++picks === 1 ? held.port : await portLetGo()),
    });
    cleanups.push(() => local.stop());
    expect(picks).toBe(2);
    expect(local.endpoint).not.toBe(`http://127.0.0.1:${held.port}`);
    const client = createDynamoClient({ endpoint: local.endpoint });
    cleanups.push(async () => client.destroy());
    expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
  }, 60_000);

  it("refuses a port the caller chose when another server holds it, naming the port", async () => {
    const held = await squatter();
    cleanups.push(close(held.server));
    await expect(startLocalDynamo({ engine: "dynamodb-local", port: held.port })).rejects.toThrow(
      `DynamoDB Local did not start: port ${held.port} is taken by another process`,
    );
    // The probe did reach the other server: that answer is what used to pass for "ready".
    expect(held.hits()).toBeGreaterThan(0);
  }, 60_000);

  it("gives up on a JVM that has not answered within readyWithinMs, saying so", async () => {
    // No JVM answers within a millisecond of its start: the deadline, not a port clash, is what ends the wait.
    await expect(startLocalDynamo({ engine: "dynamodb-local", readyWithinMs: 1 })).rejects.toThrow(/^DynamoDB Local did not start: /);
  }, 60_000);
});

describe("listenerOwnedBy", () => {
  it("says this process holds its own listening socket", async () => {
    const held = await squatter();
    cleanups.push(close(held.server));
    expect(listeningInodes(held.port)?.size).toBe(1);
    expect(listenerOwnedBy(process.pid, held.port)).toBe(true);
  });

  it("says a child process does not hold a socket its parent listens on, and a child's listener is found from the parent", async () => {
    const held = await squatter();
    cleanups.push(close(held.server));
    const child = spawn(process.execPath, [
      "-e",
      "const s=require('http').createServer().listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ]);
    cleanups.push(async () => {
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    });
    const childPort = await new Promise<number>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    expect(listenerOwnedBy(child.pid as number, held.port)).toBe(false);
    expect(listenerOwnedBy(child.pid as number, childPort)).toBe(true);
    // The parent owns what its descendants listen on (a `java` shim runs the JVM as its child).
    expect(listenerOwnedBy(process.pid, childPort)).toBe(true);
  });

  it("says no one holds a port nothing listens on", async () => {
    const held = await squatter();
    const { port } = held;
    await close(held.server)();
    expect(listeningInodes(port)?.size).toBe(0);
    expect(listenerOwnedBy(process.pid, port)).toBe(false);
  });

  it("reads /proc/net/tcp's hex ports in LISTEN state only", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const root = mkdtempSync(join(tmpdir(), "nutgraf-proc-"));
    mkdirSync(join(root, "net"));
    const header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    writeFileSync(
      join(root, "net", "tcp"),
      header +
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 111 1 0 100 0 0 10 0\n" +
        "   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 222 1 0 20 4 30 10 -1\n" +
        "   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 333 1 0 100 0 0 10 0\n",
    );
    // Port 8080 is 0x1F90: the listening socket counts, the established connection on the same port does not.
    expect([...(listeningInodes(8080, root) ?? [])]).toEqual(["111"]);
    expect(listeningInodes(8080, join(root, "absent"))).toBeUndefined();
  });
});
