import { boundList, boundReason } from "#ingest/errors.ts";
import { emptyCounts, pollFeed, type PollDeps, type PollReport } from "#ingest/poll.ts";

/** One feed's outcome in a run of all of them, without the per-item results. */
export interface FeedRunReport extends Omit<PollReport, "items"> {
  /** The poll threw before its outcome reached the feed's cursor: only this report (and the log) knows of it. */
  unrecorded?: true;
}

/**
 * Every feed in turn. pollFeed records a feed's own failures (HTTP errors, a bad document, an unavailable archive)
 * in its cursor; what it cannot record (a damaged cursor item, a cursor write the table refuses) it throws, and that
 * feed becomes an unrecorded error here while the run goes on: one feed's fault must not cost the others their poll.
 */
export async function pollFeeds(urls: readonly string[], deps: PollDeps): Promise<FeedRunReport[]> {
  const reports: FeedRunReport[] = [];
  for (const url of urls) {
    try {
      const { items: _items, ...report } = await pollFeed(url, deps);
      reports.push(report);
    } catch (error) {
      // Whatever was thrown is named: a non-Error (a rejected string) must not leave the report's error undefined.
      reports.push({ url, status: "error", counts: emptyCounts(), error: error instanceof Error ? error.message : String(error), unrecorded: true });
    }
  }
  return reports;
}

/**
 * A run in which some feeds failed with nothing in their cursors: thrown after every feed was polled. `failed` has
 * every one; the message (a Lambda error, the CLI's stderr line) names the first few, each reason cut, and counts the
 * rest: a damaged cursor's reason quotes the damaged value, and a run over many feeds made one line of tens of KB.
 */
export class FeedRunError extends Error {
  constructor(
    readonly failed: readonly FeedRunReport[],
    total: number,
  ) {
    super(`${failed.length} of ${total} feeds failed with nothing recorded in their cursors: ${boundList(failed.map((r) => `${r.url}: ${boundReason(r.error ?? "unknown")}`))}`);
    this.name = "FeedRunError";
  }
}
