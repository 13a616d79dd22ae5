import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { openArchive, type Archive } from "#cli/archive.ts";
import { readFileWithin } from "#cli/read-file.ts";
import { InputError, UsageError } from "#cli/usage.ts";
import { BatchError, MAX_BATCH_BYTES, splitBatch, tooLargeBatch } from "#ingest/batch.ts";
import { FeedError, parseFeed } from "#ingest/feed.ts";
import { ingestItems, retryDeadLetter, tally, type IngestDeps, type IngestInput, type ItemResult } from "#ingest/ingest.ts";
import type { RawItem } from "#ingest/batch.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { fetchWithinUsing } from "#lib/http/fetch-within.ts";
import { BodyTooLargeError } from "#lib/http/read-bounded.ts";

const STORY_FILE = /\.(txt|json)$/i;

export interface IngestCommandOptions {
  json: boolean;
  retry?: string;
}

/** What a command prints and the exit code it ends with (1 when any item was refused, so scripts notice). */
export interface CommandResult {
  output: string;
  exitCode: number;
}

function deps(archive: Archive): IngestDeps {
  return { store: archive.store, deadLetters: new DynamoDeadLetterStore({ client: archive.client, tableName: archive.tableName }), now: () => new Date() };
}

/** How long `nutgraf ingest <url>` waits for the whole answer: a server that never finishes must not hold the command. */
const URL_TIMEOUT_MS = 30_000;

/**
 * A URL's answer, read within URL_TIMEOUT_MS and refused past MAX_BATCH_BYTES as it streams (what a batch may be; a
 * feed's limit is smaller): an endless body was read until memory ran out. A fetch that fails is an InputError naming
 * the URL and why, where fetch's own TypeError reached the engineer as a stack trace.
 */
async function fetchStories(url: string): Promise<Response> {
  try {
    return await fetchWithinUsing(fetch, { ms: URL_TIMEOUT_MS, maxBytes: MAX_BATCH_BYTES })(url, { headers: { accept: "application/json, text/plain;q=0.9, */*;q=0.1" } });
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new InputError(`${url} is over ${MAX_BATCH_BYTES} bytes (6 MB): send fewer items per request`);
    // fetch says only "fetch failed"; what happened (ECONNREFUSED, a bad certificate) is its cause.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new InputError(`could not fetch ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** A story file's text; one over MAX_BATCH_BYTES is refused as splitBatch refuses a request body read whole. */
async function readStory(path: string): Promise<string> {
  const text = await readFileWithin(path, MAX_BATCH_BYTES);
  if (text === undefined) throw tooLargeBatch();
  return text;
}

/** The sources a target names: one file, every story file of a directory (in code-point order), or a URL. */
async function sources(target: string): Promise<Array<{ origin: string; read: () => Promise<string> }>> {
  if (/^https?:\/\//i.test(target)) {
    return [
      {
        origin: `url ${target}`,
        read: async () => {
          const response = await fetchStories(target);
          // The remote's failure, not how the command was called: exit 1 like an unreachable URL, not 2 (usage).
          if (!response.ok) throw new InputError(`${target} answered HTTP ${response.status}`);
          return response.text();
        },
      },
    ];
  }
  const info = await stat(target).catch(() => undefined);
  // What the command line names but cannot be used: exit 1 (cli/usage.ts), as for a URL that cannot be fetched.
  if (!info) throw new InputError(`no file, directory or URL "${target}"`);
  const file = (path: string) => ({ origin: `file ${path}`, read: () => readStory(path) });
  if (!info.isDirectory()) return [file(target)];
  const names = (await readdir(target)).filter((n) => STORY_FILE.test(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => file(join(target, name)));
}

/** An RSS or Atom document's entries (a feed URL given to `nutgraf ingest`), or undefined for anything else. */
function feedEntries(text: string, origin: string): IngestInput[] | undefined {
  if (!/^\s*</.test(text)) return undefined;
  try {
    return parseFeed(text, origin.replace(/^(url|file) /, "")).entries;
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

function line(r: ItemResult, origin: string): string {
  const where = `${origin}${r.index > 0 ? ` #${r.index}` : ""}`;
  if (r.status === "rejected") return `  rejected     ${where}: ${r.code}: ${r.reason}${r.deadLetter ? ` (dead letter ${r.deadLetter})` : ""}`;
  return `  ${r.status.padEnd(12)} ${r.id} v${r.version}  ${r.headline ?? ""}  (${where})`;
}

/** `nutgraf ingest <file|dir|url>` and `nutgraf ingest --retry <dead-letter-id>`. */
export async function ingestCommand(target: string | undefined, options: IngestCommandOptions): Promise<CommandResult> {
  if (!target && !options.retry) throw new UsageError("ingest needs a file, a directory or a URL (or --retry <dead-letter-id>)");
  const archive = await openArchive(process.env, { seed: false });
  try {
    const d = deps(archive);
    const done: Array<{ origin: string; result: ItemResult }> = [];
    if (options.retry) {
      const result = await retryDeadLetter(options.retry, d);
      if (!result) throw new InputError(`no dead letter "${options.retry}" in ${archive.where} (see nutgraf deadletters)`);
      done.push({ origin: `dead letter ${options.retry}`, result });
    } else {
      for (const source of await sources(target!)) {
        let items: Array<RawItem | IngestInput>;
        try {
          const text = await source.read();
          items = feedEntries(text, source.origin) ?? splitBatch(text);
        } catch (error) {
          if (!(error instanceof BatchError)) throw error;
          // Refused input (too large, empty, too many items), not a wrong command line: exit 1.
          throw new InputError(`${source.origin}: ${error.message}${error.code === "TOO_LARGE" ? ` (${MAX_BATCH_BYTES} bytes)` : ""}`);
        }
        for (const result of await ingestItems(items, d, { origin: source.origin })) done.push({ origin: source.origin, result });
      }
    }
    const results = done.map((d) => d.result);
    const rejected = results.some((r) => r.status === "rejected");
    if (options.json) return { output: `${JSON.stringify({ summary: tally(results), items: done }, null, 2)}\n`, exitCode: rejected ? 1 : 0 };
    const t = tally(results);
    const lines = [
      `Ingested into ${archive.where}: ${t.stored} stored, ${t["new-version"]} new versions, ${t.unchanged} unchanged, ${t.rejected} rejected`,
      ...done.map(({ origin, result }) => line(result, origin)),
    ];
    if (archive.embedded) lines.push("", "(The embedded archive lives in memory and is gone when this command ends: set DYNAMODB_ENDPOINT, or use `npm start`.)");
    return { output: `${lines.join("\n")}\n`, exitCode: rejected ? 1 : 0 };
  } finally {
    await archive.close();
  }
}

/** `nutgraf deadletters [id]`: the refused items kept, newest first, or one of them in full. */
export async function deadLettersCommand(id: string | undefined, options: { json: boolean; limit?: number }): Promise<string> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const letters = new DynamoDeadLetterStore({ client: archive.client, tableName: archive.tableName });
    if (id) {
      const letter = await letters.get(id);
      if (!letter) throw new InputError(`no dead letter "${id}" in ${archive.where}`);
      if (options.json) return `${JSON.stringify(letter, null, 2)}\n`;
      const head = [`${letter.id}  received ${letter.receivedAt} from ${letter.origin}`, `${letter.code}: ${letter.reason}`];
      if (letter.truncated) head.push("(only the first part of the item was kept)");
      return `${head.join("\n")}\n\n${letter.raw}\n`;
    }
    const list = await letters.list(options.limit ?? 50);
    if (options.json) return `${JSON.stringify(list, null, 2)}\n`;
    if (list.length === 0) return `No dead letters in ${archive.where}.\n`;
    const lines = [`${list.length} dead letter${list.length === 1 ? "" : "s"} in ${archive.where}, newest first (nutgraf ingest --retry <id> sends one again):`];
    for (const l of list) lines.push(`  ${l.id}  ${l.origin}  ${l.code}: ${l.reason.slice(0, 100)}`);
    return `${lines.join("\n")}\n`;
  } finally {
    await archive.close();
  }
}
