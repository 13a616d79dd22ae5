import { BRIEF_ALGORITHM, type BriefAlgorithm } from "#brief/algorithm.ts";
import { briefArticle, type Brief, type BriefOptions } from "#brief/brief.ts";
import { ALL_FIGURES, compareVersions, type StoryChanges } from "#brief/changes.ts";
import { briefFromPrepared, decodePrepared, encodePrepared, prepareBrief, type PreparedBrief } from "#brief/stored.ts";
import type { Article } from "#news/article.ts";
import type { Logger } from "#lib/log.ts";
import type { ArticleStore, BriefRecord, BriefReplace, Briefer, CallOptions, StoredArticle } from "#store/store.ts";

/**
 * The brief stored with each version (README: "The brief stored with each version"), between the store, which keeps
 * it opaque, and lib/brief, which makes and reads it: the briefer every write path stores with, the read that uses
 * a stored brief or computes and writes one back, and the bulk `nutgraf rebrief`.
 */

/**
 * What the store keeps with each version it writes. A build whose weights are not recorded (algorithm.ts) stores
 * nothing: its briefs could never be ordered against the recorded ones.
 */
export function brieferFor(algorithm: BriefAlgorithm = BRIEF_ALGORITHM): Briefer {
  return {
    generation: algorithm.generation,
    algorithm: algorithm.id,
    brief(article: Article): BriefRecord | undefined {
      if (!algorithm.recorded) return undefined;
      const body = encodePrepared(prepareBrief(article), article);
      return body === undefined ? undefined : { algorithm: algorithm.id, generation: algorithm.generation, body };
    },
  };
}

export const briefer: Briefer = brieferFor();

/** Where a brief came from; for a computed one, why the stored one was not used and what may be written back. */
export type BriefSource =
  | { from: "stored" }
  | { from: "computed"; reason: string; damaged: boolean; writeBack?: BriefReplace };

/** A write-back over `replace`, or none from an unrecorded build, which computes every brief and writes none (see brieferFor). */
const writeBackIf = (algorithm: BriefAlgorithm, replace: BriefReplace): { writeBack?: BriefReplace } => (algorithm.recorded ? { writeBack: replace } : {});

/** Why `stored` cannot be served as it is, and whether (and over what) a fresh one may be written back. */
function staleness(article: StoredArticle, algorithm: BriefAlgorithm): Extract<BriefSource, { from: "computed" }> | undefined {
  const stored = article.brief;
  const may = (replace: BriefReplace) => writeBackIf(algorithm, replace);
  if (!stored) return { from: "computed", reason: "no brief stored", damaged: false, ...may("older") };
  if ("unreadable" in stored) return { from: "computed", reason: `stored brief unreadable: ${stored.unreadable}`, damaged: true, ...may("same-or-older") };
  if (stored.algorithm === algorithm.id) return undefined;
  if (stored.generation < algorithm.generation) {
    return { from: "computed", reason: `stored by algorithm ${stored.algorithm}, older than ${algorithm.id}`, damaged: false, ...may("older") };
  }
  // Newer (a rollout in progress, or a rollback) or unordered (same generation): computed here, left as it is.
  const relation = stored.generation > algorithm.generation ? "newer than" : "of the same generation as";
  return { from: "computed", reason: `stored by algorithm ${stored.algorithm}, ${relation} ${algorithm.id}: left as it is`, damaged: false };
}

/** The stored brief, ready to slice, or why it cannot be used (and whether a fresh one may replace it). */
export function checkStored(
  article: StoredArticle,
  algorithm: BriefAlgorithm = BRIEF_ALGORITHM,
): { from: "stored"; prepared: PreparedBrief } | Extract<BriefSource, { from: "computed" }> {
  const stale = staleness(article, algorithm);
  if (stale || !article.brief || "unreadable" in article.brief) return stale ?? { from: "computed", reason: "no brief stored", damaged: false };
  const decoded = decodePrepared(article.brief.body, article);
  if (decoded.ok) return { from: "stored", prepared: decoded.prepared };
  return { from: "computed", reason: `stored brief damaged: ${decoded.problem}`, damaged: true, ...writeBackIf(algorithm, "same-or-older") };
}

export interface ResolvedBrief {
  brief: Brief;
  source: BriefSource;
  /** The brief to store back, when `source.writeBack` says one may be. */
  record?: BriefRecord;
}

/**
 * The brief of a stored version: sliced from its stored brief when that is of the running algorithm and intact,
 * else computed (and, when allowed, returned for writing back). Pure; byte-identical either way.
 */
export function resolveBrief(article: StoredArticle, options: BriefOptions = {}, algorithm: BriefAlgorithm = BRIEF_ALGORITHM): ResolvedBrief {
  const checked = checkStored(article, algorithm);
  let source: Extract<BriefSource, { from: "computed" }>;
  if (checked.from === "stored") {
    const brief = briefFromPrepared(article, checked.prepared, options);
    if (brief) return { brief, source: { from: "stored" } };
    source = { from: "computed", reason: "more figures asked for than are stored", damaged: false };
  } else {
    source = checked;
  }
  // Only a brief that will be written back is prepared whole; otherwise the one asked for is all that is computed.
  if (!source.writeBack) return { brief: briefArticle(article, options), source };
  const prepared = prepareBrief(article);
  const brief = briefFromPrepared(article, prepared, options) ?? briefArticle(article, options);
  const body = encodePrepared(prepared, article);
  return { brief, source, ...(body !== undefined ? { record: { algorithm: algorithm.id, generation: algorithm.generation, body } } : {}) };
}

/**
 * `changes` between two stored versions, from their stored briefs where those are of the running algorithm. An
 * earlier version stored by an older algorithm is briefed afresh, so both sides always come from one algorithm and
 * a figure never "moves" because the ranking changed. Only the newer (current) version's brief is written back:
 * earlier versions are history, kept as stored.
 */
export function changesBetween(older: StoredArticle, newer: StoredArticle, briefs?: BriefReader): StoryChanges {
  const options = { figures: ALL_FIGURES };
  const read = (article: StoredArticle, writeBack: boolean) => (briefs ? briefs.brief(article, options, { writeBack }) : resolveBrief(article, options).brief);
  return compareVersions(older, newer, { briefs: { older: read(older, false), newer: read(newer, true) } });
}

/** Write-backs in flight at once: a digest right after a deploy writes back every story it briefs. */
const WRITE_BACKS_IN_FLIGHT = 8;

/**
 * Briefs for one request or digest run: read from the store where it can, computed where not, the computed ones
 * written back. Reading is synchronous; `flush()` waits for the write-backs (and never throws: a brief that could
 * not be stored is logged and computed again next time).
 */
export class BriefReader {
  readonly counts = { stored: 0, computed: 0, written: 0 };
  private readonly queue: Array<() => Promise<void>> = [];
  private running = 0;
  private readonly idle: Array<() => void> = [];

  constructor(
    private readonly store: ArticleStore,
    private readonly log: Logger,
    private readonly algorithm: BriefAlgorithm = BRIEF_ALGORITHM,
    /** For the write-backs: a request's deadline, so waiting for them never holds its response past it. */
    private readonly call: CallOptions = {},
  ) {}

  /** `writeBack: false` for versions that are not the current one (`changes` reading an earlier version). */
  brief(article: StoredArticle, options: BriefOptions = {}, how: { writeBack?: boolean } = {}): Brief {
    const { brief, source, record } = resolveBrief(article, options, this.algorithm);
    if (source.from === "stored") {
      this.counts.stored++;
      return brief;
    }
    this.counts.computed++;
    const fields = { articleId: article.id, version: article.version, reason: source.reason };
    if (source.damaged) this.log.warn("stored brief not used: recomputed", fields);
    else this.log.debug("brief computed", fields);
    if (record && source.writeBack && how.writeBack !== false) this.enqueue(() => this.save(article, record, source.writeBack!));
    return brief;
  }

  /** Waits for every write-back started so far. */
  async flush(): Promise<void> {
    while (this.running > 0 || this.queue.length > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue.push(task);
    this.next();
  }

  private next(): void {
    while (this.running < WRITE_BACKS_IN_FLIGHT && this.queue.length > 0) {
      const task = this.queue.shift()!;
      this.running++;
      void task().finally(() => {
        this.running--;
        this.next();
        if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idle.splice(0)) resolve();
      });
    }
  }

  private async save(article: StoredArticle, record: BriefRecord, replace: BriefReplace): Promise<void> {
    try {
      const outcome = await this.store.saveBrief(article, record, replace, this.call);
      if (outcome === "saved") this.counts.written++;
      else if (outcome === "too-large") this.log.warn("brief not stored: the item would pass DynamoDB's 400 KB", { articleId: article.id, version: article.version });
    } catch (error) {
      this.log.warn("could not store the brief back; it is computed again next time", { articleId: article.id, version: article.version, error });
    }
  }
}

export interface RebriefReport {
  algorithm: string;
  stories: number;
  /** Already stored by the running algorithm, intact. */
  current: number;
  rebriefed: number;
  /** Left as they are: a newer (or unordered) algorithm's brief without --force, or the story moved on meanwhile. */
  kept: number;
  tooLarge: number;
  /** No brief can be stored for these (lib/brief/stored.ts `encodePrepared`). */
  unstorable: number;
}

/**
 * `nutgraf rebrief`: every story's current version briefed by the running algorithm, after a deploy changed it.
 * Stories already current are read, not written. `force` also replaces briefs of a newer or same-generation
 * algorithm (after a rollback). A store failure stops the run: running it again carries on where it matters.
 */
export async function rebriefAll(
  store: ArticleStore,
  options: { force?: boolean; algorithm?: BriefAlgorithm; onPage?: (report: RebriefReport) => void } & CallOptions = {},
): Promise<RebriefReport> {
  const algorithm = options.algorithm ?? BRIEF_ALGORITHM;
  const make = brieferFor(algorithm);
  const report: RebriefReport = { algorithm: algorithm.id, stories: 0, current: 0, rebriefed: 0, kept: 0, tooLarge: 0, unstorable: 0 };
  const call: CallOptions = options.signal ? { signal: options.signal } : {};
  for await (const page of store.latestPages(call)) {
    for (const article of page) {
      report.stories++;
      const source = checkStored(article, algorithm);
      if (source.from === "stored") {
        report.current++;
        continue;
      }
      // Without --force, the write-back checkStored allows; none over a newer or same-generation algorithm's brief,
      // which the store would refuse anyway, so it is not even computed.
      const replace: BriefReplace | undefined = options.force ? "any" : source.writeBack;
      if (!replace) {
        report.kept++;
        continue;
      }
      const record = make.brief(article);
      if (!record) {
        report.unstorable++;
        continue;
      }
      const outcome = await store.saveBrief(article, record, replace, call);
      if (outcome === "saved") report.rebriefed++;
      else if (outcome === "kept") report.kept++;
      else report.tooLarge++;
    }
    options.onPage?.(report);
  }
  return report;
}
