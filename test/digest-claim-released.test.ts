import { describe, expect, it } from "vitest";
import { DEFAULT_STALE_AFTER_MS } from "#digest/run.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { SLOT, SLOT_AT } from "#test/helpers/digest-fixtures.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

/**
 * A digest claim given back (released) by the run that held it just as another run's conditional write failed on it:
 * the read that was to say who holds it finds nothing, and the claim is tried again and taken. Stopping at the first
 * try, the second run reported a table that "kept changing" and the slot waited for a later run. Real local
 * DynamoDB (both engines); the release is made from a client middleware, between the failed write and the read.
 */
describe.each<Engine>(["dynalite", "dynamodb-local"])("a claim released while another run claims it (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  it("is tried again and taken", async () => {
    const table = await suite.table();
    const store = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    const options = (runId: string) => ({ runId, now: SLOT_AT, staleAfterMs: DEFAULT_STALE_AFTER_MS, slotAt: SLOT_AT });
    expect(await store.claim("CPARIS", SLOT, options("first"))).toMatchObject({ status: "claimed" });
    let released = false;
    table.client.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          if (!released && error instanceof Error && error.name === "ConditionalCheckFailedException") {
            released = true;
            expect(await store.release("CPARIS", SLOT, "first")).toBe(true);
          }
          throw error;
        }
      },
      { step: "initialize", name: "releaseAfterFailedClaim" },
    );
    expect(await store.claim("CPARIS", SLOT, options("second"))).toEqual({ status: "claimed", retried: false });
    expect(released).toBe(true);
    expect(await store.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed", runId: "second" });
  });
});
