import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { startArchive } from "#local/archive.ts";

const SEED = fileURLToPath(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url));

/**
 * A seeds folder of one story: the port is what is tested here, and briefing all 26 seeds twice cost ~20 s of a loaded
 * run (local-server.test.ts starts the archive on the whole folder).
 */
function oneSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-archive-port-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(SEED, join(dir, "000_c74584ab3f8b7ef3.txt"));
  return dir;
}

describe("npm start's DynamoDB port", () => {
  it("is the one asked for when free, and a free one (said in the log) when it is taken", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const taken = (holder.address() as AddressInfo).port;
    const lines: string[] = [];
    const seedsDir = oneSeed();
    try {
      const archive = await startArchive({ dynamoPort: taken, seedsDir }, (line) => lines.push(line));
      try {
        expect(archive.dynamo.endpoint).not.toBe(`http://127.0.0.1:${taken}`);
        expect(lines.join("\n")).toContain(`DynamoDB port ${taken} is taken`);
        expect(archive.seeded.loaded).toHaveLength(1);
      } finally {
        await archive.stop();
      }
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
    // Now free: the same port is used as asked.
    const again = await startArchive({ dynamoPort: taken, seedsDir });
    try {
      expect(again.dynamo.endpoint).toBe(`http://127.0.0.1:${taken}`);
    } finally {
      await again.stop();
    }
  });
});
