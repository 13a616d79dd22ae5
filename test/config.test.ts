import { describe, expect, it } from "vitest";
import { dynamoClientFromConfig } from "#lib/config.ts";

describe("dynamoClientFromConfig", () => {
  it("hands every store in a container the same client for an endpoint, and another endpoint its own", () => {
    const a = dynamoClientFromConfig({ dynamoEndpoint: "http://127.0.0.1:1" });
    expect(dynamoClientFromConfig({ dynamoEndpoint: "http://127.0.0.1:1" })).toBe(a);
    expect(dynamoClientFromConfig({ dynamoEndpoint: "http://127.0.0.1:2" })).not.toBe(a);
  });
});
