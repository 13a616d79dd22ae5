import { describe, expect, it } from "vitest";
import { threadCpuMs } from "#cli/thread-cpu.ts";

/** The bench's main-thread figure (cli/bench-brief.ts) reads this thread's CPU time apart from the process's. */
describe("threadCpuMs", () => {
  it("counts the CPU time of the calling thread where /proc tells it, never more than the process's", () => {
    if (process.platform !== "linux") {
      expect(threadCpuMs()).toBeUndefined();
      return;
    }
    const process0 = process.cpuUsage();
    const before = threadCpuMs();
    // Work that takes some tens of milliseconds of CPU on this thread, so the count moves by several 10 ms ticks.
    let x = 0;
    for (let i = 0; i < 50_000_000; i++) x = (x + i) % 1_000_003;
    const after = threadCpuMs();
    const used = process.cpuUsage(process0);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(before).toBeTypeOf("number");
    expect(after).toBeTypeOf("number");
    expect(after! - before!).toBeGreaterThan(0);
    // One tick of slack: /proc counts in 10 ms ticks, cpuUsage in microseconds.
    expect(after! - before!).toBeLessThanOrEqual((used.user + used.system) / 1000 + 10);
  });
});
