/** What a digest run reports: per channel, and in all (functions/digest.ts logs and returns it). */

export type ChannelResult =
  | {
      channel: string;
      slot: string;
      outcome: "posted";
      ts: string;
      stories: number;
      recovered: boolean;
      /** Slack's answer was lost; the post was found in the channel's history by its slot key (not posted again). */
      foundInHistory?: boolean;
      textOnly?: boolean;
      claimLost?: boolean;
      /** The claim's answer was lost and the claim found to be this run's own (`recovered` because history was read first). */
      claimAnswerLost?: boolean;
      /** Posted, but the ts could not be recorded: the claim goes stale and a later run may post the slot again. */
      unrecorded?: boolean;
    }
  | {
      channel: string;
      slot: string;
      outcome: "skipped";
      /** `day-already-posted`: the channel's schedule moved after that day's digest went out (one digest a day). */
      reason: "already-posted" | "claimed-by-another-run" | "failed-earlier" | "quiet-empty-day" | "day-already-posted";
      detail?: string;
    }
  /**
   * `permanent`: the slot is marked failed and not retried; otherwise the claim is released for the next run.
   * `claimKept`: the table would do neither: the claim goes stale and a run after that retries the slot.
   */
  | { channel: string; slot: string; outcome: "failed"; reason: string; permanent: boolean; claimKept?: true };

export interface DigestRunReport {
  runId: string;
  now: string;
  due: number;
  posted: number;
  skipped: number;
  failed: number;
  results: ChannelResult[];
}
