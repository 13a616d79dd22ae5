import type { TestProject } from "vitest/node";
import { startLocalDynamo } from "#store/local-dynamo.ts";

/** Where the run's shared local DynamoDB servers listen, by engine (test/helpers/dynamo.ts's `Engine`). */
export interface DynamoEndpoints {
  dynalite: string;
  "dynamodb-local": string;
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoints: DynamoEndpoints;
  }
}

/**
 * vitest globalSetup of the "rest" project: one dynalite and one DynamoDB Local for the whole run, handed to the test
 * files by `provide`. Started per file, DynamoDB Local's JVM cost 24 files ~3 s of CPU each (and its JIT warm-up again
 * each time); every test file works on tables of its own names (test/helpers/dynamo.ts), so sharing a server shares
 * nothing a test can see. Both are still real engines answering over HTTP on loopback.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The one JVM start now carries every storage file: on two cores shared with other work it took past the default
  // 30 s (05:20 today, load ~22), which per file failed one file and here would fail the run. The hook timeout's 60 s
  // does not bound a globalSetup; two minutes still ends a JVM that never answers.
  const started = await Promise.allSettled([
    startLocalDynamo({ engine: "dynalite" }),
    startLocalDynamo({ engine: "dynamodb-local", readyWithinMs: 120_000 }),
  ]);
  const [dynalite, local] = started.map((s) => (s.status === "fulfilled" ? s.value : undefined));
  if (!dynalite || !local) {
    // No teardown runs for a setup that threw: stop the one that did start, and say why the other did not.
    await Promise.all([dynalite?.stop(), local?.stop()]);
    throw started.find((s) => s.status === "rejected")?.reason;
  }
  project.provide("dynamoEndpoints", { dynalite: dynalite.endpoint, "dynamodb-local": local.endpoint });
  return async () => {
    await Promise.all([dynalite.stop(), local.stop()]);
  };
}
