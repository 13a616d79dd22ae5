import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startArchive } from "#local/archive.ts";

describe("npm start's DynamoDB port", () => {
  it("is the one asked for when free, and a free one (said in the log) when it is taken", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const taken = (holder.address() as AddressInfo).port;
    const lines: string[] = [];
    try {
      const archive = await startArchive({ dynamoPort: taken }, (line) => lines.push(line));
      try {
        expect(archive.dynamo.endpoint).not.toBe(`http://127.0.0.1:${taken}`);
        expect(lines.join("\n")).toContain(`DynamoDB port ${taken} is taken`);
        expect(archive.seeded.loaded.length).toBeGreaterThan(0);
      } finally {
        await archive.stop();
      }
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
    // Now free: the same port is used as asked.
    const again = await startArchive({ dynamoPort: taken });
    try {
      expect(again.dynamo.endpoint).toBe(`http://127.0.0.1:${taken}`);
    } finally {
      await again.stop();
    }
  });
});
