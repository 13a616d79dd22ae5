import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { forward, readBody, type Upstream as Answer } from "#test/helpers/fault-proxy.ts";

/**
 * A real HTTP proxy on 127.0.0.1 in front of the Slack stand-in that loses, delays and refuses answers the way a
 * network and an overloaded Slack do. The client under test sees genuine sockets: a 500 after the stand-in stored
 * the message, an answer held for 11 s, a 429 with Retry-After, a connection reset before or after forwarding.
 */
export type SlackFault =
  /** Forward (the message is stored), then answer this status instead of Slack's answer. */
  | { kind: "status-after-accept"; status: number }
  /** Forward, then hold the answer this long (clients with shorter timeouts give up first). */
  | { kind: "slow-after-accept"; ms: number }
  /** Answer 429 with Retry-After without forwarding: nothing happens upstream. */
  | { kind: "rate-limit"; retryAfter: number }
  /** Destroy the connection, before forwarding (nothing happens) or after (the message is stored). */
  | { kind: "reset"; afterAccept: boolean }
  /**
   * Forward (the message is stored), send Slack's own status and headers (or `status` instead) and the first half of
   * its body, then drop the connection: a 200 whose `ok`, for a Web API call, never arrives.
   */
  | { kind: "cut-body-after-accept"; status?: number }
  /** Forward, send Slack's status, headers and the first half of its body, and the rest `ms` later: a body that stalls. */
  | { kind: "slow-body-after-accept"; ms: number };

export interface SlackFaultProxy {
  /** Base URL ending in `/api/`, for `slackApiUrl`. */
  url: string;
  /** The next `times` calls of `method` (`chat.postMessage`, `conversations.history`, …) meet `fault`. */
  fail(method: string, fault: SlackFault, times?: number): void;
  heal(): void;
  /** Faults applied so far, by method. */
  readonly applied: Record<string, number>;
  close(): Promise<void>;
}

function send(res: ServerResponse, answer: Answer): void {
  const headers = { ...answer.headers };
  delete headers["content-length"];
  delete headers["transfer-encoding"];
  res.writeHead(answer.status, { ...headers, "content-length": String(answer.body.length) });
  res.end(answer.body);
}

export async function startSlackFaultProxy(upstreamApiUrl: string): Promise<SlackFaultProxy> {
  const upstream = new URL(upstreamApiUrl);
  const faults = new Map<string, { fault: SlackFault; times: number }>();
  const applied: Record<string, number> = {};
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const take = (method: string): SlackFault | undefined => {
    const entry = faults.get(method);
    if (!entry || entry.times <= 0) return undefined;
    entry.times -= 1;
    applied[method] = (applied[method] ?? 0) + 1;
    return entry.fault;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const method = new URL(req.url ?? "/", "http://x").pathname.split("/").pop() ?? "";
      const fault = take(method);
      if (fault?.kind === "rate-limit") {
        return send(res, { status: 429, headers: { "content-type": "application/json", "retry-after": String(fault.retryAfter) }, body: Buffer.from('{"ok":false,"error":"ratelimited"}') });
      }
      if (fault?.kind === "reset" && !fault.afterAccept) return req.socket.destroy();
      const answer = await forward(upstream, req, body);
      if (!fault) return send(res, answer);
      switch (fault.kind) {
        case "status-after-accept":
          return send(res, { status: fault.status, headers: { "content-type": "text/html" }, body: Buffer.from("<html>upstream error</html>") });
        case "slow-after-accept": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) send(res, answer);
          }, fault.ms);
          timers.add(timer);
          return;
        }
        case "reset":
          return req.socket.destroy();
        case "cut-body-after-accept":
        case "slow-body-after-accept": {
          const headers = { ...answer.headers };
          delete headers["transfer-encoding"];
          res.writeHead(fault.kind === "cut-body-after-accept" ? (fault.status ?? answer.status) : answer.status, { ...headers, "content-length": String(answer.body.length) });
          const half = Math.floor(answer.body.length / 2);
          // Flushed before the drop or the wait, so the client has the status in hand when its body read stops.
          if (fault.kind === "cut-body-after-accept") return void res.write(answer.body.subarray(0, half), () => req.socket.destroy());
          res.write(answer.body.subarray(0, half));
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) res.end(answer.body.subarray(half));
          }, fault.ms);
          timers.add(timer);
          return;
        }
      }
    })().catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    fail(method, fault, times = 1) {
      faults.set(method, { fault, times });
    },
    heal() {
      faults.clear();
    },
    applied,
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
