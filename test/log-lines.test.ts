import { describe, expect, it } from "vitest";
import { createLogger } from "#lib/log.ts";

/**
 * What a log line keeps when a field cannot be written as JSON: the line still goes out (its level, message and the
 * logger's correlation id), naming the fields it could not write. Since a log write was made never to throw, such a
 * line had been dropped whole, an error report included, with nothing to show it ever was.
 */
describe("a log line with a field JSON cannot carry", () => {
  it("keeps its message, level and correlation id, and says its fields were not written", () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (line) => lines.push(line) }).child({ correlationId: "c-42" });
    log.error("digest post failed", { channel: "CPARIS", bytes: 10n });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "error",
      msg: "digest post failed",
      correlationId: "c-42",
      unloggable: expect.stringContaining("fields not written"),
    });
  });

  it("still never throws at the caller when the sink itself fails", () => {
    const log = createLogger({ sink: () => {
      throw new Error("EPIPE");
    } });
    expect(() => log.error("answered anyway", { channel: "CPARIS" })).not.toThrow();
  });
});
