import type { IncomingMessage, ServerResponse } from "node:http";
import { handler as ingestHandler } from "#functions/ingest.ts";
import { MAX_BATCH_BYTES } from "#ingest/batch.ts";
import { functionUrlEvent, toHttpAnswer, type HttpAnswer } from "#local/function-url.ts";
import { HttpError, readBody } from "#local/http.ts";

/**
 * The ingest function behind a local Function URL: each HTTP request becomes the event AWS builds and goes to
 * `functions/ingest.ts`'s handler, whose answer goes back as AWS would send it. What `npm start` serves at
 * `/ingest` and what the ingest tests send their signed requests to.
 */
export async function invokeIngest(request: IncomingMessage, response: ServerResponse, log: (line: string) => void = () => undefined): Promise<void> {
  let answer: HttpAnswer;
  try {
    // A Function URL refuses bodies over 6 MB with 413 before the function runs.
    const body = await readBody(request, MAX_BATCH_BYTES);
    answer = toHttpAnswer(await ingestHandler(functionUrlEvent(request, body)));
  } catch (error) {
    if (error instanceof HttpError) {
      answer = { statusCode: error.status, headers: { "content-type": "application/json" }, body: JSON.stringify({ ok: false, error: error.message }) };
    } else {
      // Lambda answers 502 when the function throws.
      log(`ingest handler threw: ${(error as Error).stack ?? String(error)}`);
      answer = { statusCode: 502, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Internal Server Error" }) };
    }
  }
  response.writeHead(answer.statusCode, answer.headers);
  response.end(answer.body);
}
