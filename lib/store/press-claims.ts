/**
 * A "Post to channel" press, claimed before anything is posted. Slack never redelivers a button press; the
 * duplicates are a second press (the same button, pressed again while the first is in flight) and a replayed
 * request (the same signed body sent again within the five-minute window). Both carry the same key, so one
 * conditional write lets exactly one of them post.
 */
export type PressClaimOutcome =
  /**
   * This request holds the press and must post, then recordPosted or release. `takeover`: a holder died mid-post
   * (or its post went unconfirmed) at `previousClaimAt`, so its post may already be in the channel. When holders were
   * taken over in turn, it is the first one's time: any of their posts is newer.
   */
  | { status: "claimed"; takeover: false }
  | { status: "claimed"; takeover: true; previousClaimAt: Date }
  /** Already posted by an earlier press. */
  | { status: "posted"; ts: string }
  /** Another request is posting it right now. */
  | { status: "held" };

export interface PressClaimOptions {
  /** Who holds the claim (one request). */
  owner: string;
  now: Date;
  /** A claim older than this and never settled belongs to a request that died: it may be taken over. */
  staleAfterMs: number;
  /** The request's deadline: the table calls stop with it. */
  signal?: AbortSignal;
}

export interface PressClaimStore {
  claim(key: string, options: PressClaimOptions): Promise<PressClaimOutcome>;
  /** False if this owner no longer holds the claim. */
  recordPosted(key: string, owner: string, ts: string, now: Date): Promise<boolean>;
  /** Gives the press back after a failure that posted nothing, so pressing again can post. */
  release(key: string, owner: string): Promise<boolean>;
}
