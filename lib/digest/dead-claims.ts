import type { DigestClaim } from "#digest/subscriptions.ts";
import type { FindFn } from "#slack/digest-poster.ts";

/** What the day's claims left by dead runs came to, by the channel's history. */
export type DeadRunsPost =
  /** One of them posted before its run died: the day has its digest. `key` is that claim's name. */
  | { status: "posted"; claim: DigestClaim; key: string; ts: string }
  /** None of them is in history: each run died before Slack had its post. */
  | { status: "none" }
  /** History could not say (unreadable, or more of it than a search reads), or there is no way to read it. */
  | { status: "unknown"; claim: DigestClaim; error: string };

/**
 * Looks in the channel's history for the posts of other slots of the day whose runs died holding their claims (each
 * carried its claim's name as its key, `<channel>/<name>`). Only a run between claim and record can have posted, so
 * each search runs from its claim's time to when it went stale. Without `find`, nothing can be looked for: unknown,
 * never taken as "not posted".
 */
export async function deadRunsPost(find: FindFn | undefined, channel: string, claims: readonly DigestClaim[], staleAfterMs: number): Promise<DeadRunsPost> {
  let unknown: DeadRunsPost | undefined;
  for (const claim of claims) {
    const key = claim.key ?? claim.slot;
    if (find === undefined) return { status: "unknown", claim, error: "no history search to look for it with" };
    const claimedAt = Date.parse(claim.claimedAt);
    if (Number.isNaN(claimedAt)) {
      unknown ??= { status: "unknown", claim, error: `claim time unreadable: ${claim.claimedAt}` };
      continue;
    }
    const found = await find(channel, `${channel}/${key}`, { notBefore: new Date(claimedAt), until: new Date(claimedAt + staleAfterMs) });
    if (found.status === "posted") return { status: "posted", claim, key, ts: found.ts };
    if (found.status === "unknown") unknown ??= { status: "unknown", claim, error: found.error };
  }
  return unknown ?? { status: "none" };
}
