import { readFileSync } from "node:fs";

/**
 * The CPU time (user + system, ms) the calling thread has used, or undefined where the system does not say (no
 * /proc: only Linux, which Lambda runs, has it). process.cpuUsage counts every thread of the process: V8's optimizing
 * compiler and its collector run on helper threads beside the one that briefs, so the bench prints both (bench.ts).
 */
export function threadCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync("/proc/thread-self/stat", "utf8");
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces, so cut at its closing bracket): utime and stime are the 14th
  // and 15th of the line, in clock ticks of 1/100 s (USER_HZ, 100 on every Linux this runs on).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}
