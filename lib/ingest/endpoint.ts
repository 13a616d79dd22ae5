import { StoreError } from "#store/store.ts";
import type { Logger } from "#lib/log.ts";
import { BatchError, splitBatch } from "#ingest/batch.ts";
import { ingestItems, tally, type IngestDeps, type ItemResult } from "#ingest/ingest.ts";
import { verifyIngestSignature } from "#ingest/signature.ts";

/** An HTTP request as the ingest endpoint needs it: header names lower case, the body's bytes as sent. */
export interface IngestRequest {
  method: string;
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer;
}

export interface IngestAnswer {
  status: number;
  headers: Record<string, string>;
  body: IngestAnswerBody;
}

export type IngestAnswerBody =
  | { ok: true; summary: ReturnType<typeof tally>; items: ItemResult[] }
  | { ok: false; error: string; retryable?: boolean; items?: ItemResult[] };

export interface EndpointDeps extends IngestDeps {
  signingSecret: string;
  log: Logger;
}

const json = { "content-type": "application/json; charset=utf-8" };

function refuse(status: number, error: string, extra: Record<string, string> = {}): IngestAnswer {
  return { status, headers: { ...json, ...extra }, body: { ok: false, error } };
}

/**
 * One ingest request, start to finish. The signature is checked on the raw bytes before anything else is read
 * (401, never a 5xx, for unsigned, stale, future or malformed signatures). Then every item gets an answer: 200 with
 * per-item `stored` / `new-version` / `unchanged` / `rejected` (refused items are dead-lettered). 413 refuses a
 * request too large to be a batch; 503 (Retry-After) means the archive is down: resend, stored items come back
 * `unchanged`.
 */
export async function handleIngest(request: IngestRequest, deps: EndpointDeps): Promise<IngestAnswer> {
  if (request.method !== "POST") return refuse(405, "send stories with POST", { allow: "POST" });
  const check = verifyIngestSignature(deps.signingSecret, request.headers, request.body, deps.now().getTime());
  if (!check.ok) {
    deps.log.warn("ingest: refused request", { reason: check.reason });
    return refuse(401, check.reason);
  }
  let items;
  try {
    items = splitBatch(request.body.toString("utf8"));
  } catch (error) {
    if (!(error instanceof BatchError)) throw error;
    return refuse(error.code === "EMPTY" ? 400 : 413, error.message);
  }
  try {
    const results = await ingestItems(items, deps, { origin: "endpoint" });
    const summary = tally(results);
    deps.log.info("ingest: batch done", { ...summary });
    return { status: 200, headers: json, body: { ok: true, summary, items: results } };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    deps.log.error("ingest: archive unavailable", { error });
    return {
      status: 503,
      headers: { ...json, "retry-after": "30" },
      body: { ok: false, error: "the archive is unavailable; send the batch again (stories already stored will answer unchanged)", retryable: true },
    };
  }
}
