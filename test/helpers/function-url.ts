import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { functionUrlEvent, toHttpAnswer } from "#local/function-url.ts";
import type { FunctionUrlHandler } from "#test/helpers/slack-request.ts";

/**
 * A Lambda Function URL on 127.0.0.1 in front of a handler: each HTTP request becomes the event AWS would build
 * (form posts base64-encoded), and a handler that throws becomes the 502 Lambda would answer. Tests send raw HTTP
 * to `url`, so what they see is what Slack would see.
 */
export interface FunctionUrl {
  url: string;
  close(): Promise<void>;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFunctionUrl(handler: FunctionUrlHandler): Promise<FunctionUrl> {
  const server = createServer((request, response) => {
    void (async () => {
      const event = functionUrlEvent(request, await readAll(request));
      let status: number;
      let body: string;
      try {
        const answer = toHttpAnswer(await handler(event));
        status = answer.statusCode;
        body = answer.body;
      } catch {
        status = 502;
        body = JSON.stringify({ message: "Internal Server Error" });
      }
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
