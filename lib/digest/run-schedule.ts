/**
 * When the digest runs: the one definition that sst.config.ts's `Digest` cron is built from (`scheduleCron`) and that
 * the code reads for the run a slot or a takeover waits for (`runAtOrAfter`). The cron was written out in
 * sst.config.ts apart from the code's "every 15 minutes", and the subscribe reply's takeover held only while the two
 * agreed.
 */

const MINUTE = 60_000;

export interface RunSchedule {
  /** Minutes between runs. It divides 60, so cron's minute field `offset/every` fires evenly, hour after hour. */
  everyMinutes: number;
  /** The first run's minute past the hour (less than `everyMinutes`). */
  offsetMinutes: number;
}

/** On the quarter hour, in UTC. */
export const DIGEST_SCHEDULE: RunSchedule = { everyMinutes: 15, offsetMinutes: 0 };

/** EventBridge Scheduler's cron expression (read in UTC) for `schedule`, typed as SST's `schedule` takes one. */
export function scheduleCron(schedule: RunSchedule = DIGEST_SCHEDULE): `cron(${string})` {
  return `cron(${schedule.offsetMinutes}/${schedule.everyMinutes} * * * ? *)`;
}

/**
 * The first run at or after `ms`. A run starts at its instant or seconds after, never before, so a claim that goes
 * stale exactly at a run's instant is taken over by that run.
 */
export function runAtOrAfter(ms: number, schedule: RunSchedule = DIGEST_SCHEDULE): Date {
  const every = schedule.everyMinutes * MINUTE;
  const offset = schedule.offsetMinutes * MINUTE;
  return new Date(Math.ceil((ms - offset) / every) * every + offset);
}
