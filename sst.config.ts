/// <reference path="./.sst/platform/config.d.ts" />

/**
 * nutgraf on AWS: one DynamoDB table, two secrets, the Slack function behind a Function URL, and the digest cron.
 * Deploy: `npx sst secret set SlackBotToken xoxb-… --stage production`, then `npx sst deploy --stage production`
 * (README: "Deploy to AWS"). Checked offline twice: test/sst-types.test.ts type-checks it against SST's own platform
 * types (installed by scripts/sst-platform.ts), and test/sst-config.test.ts evaluates it with recorders standing in
 * for SST's globals, for what types cannot say (handler files, links, timeouts).
 */
export default $config({
  app(input) {
    const production = input?.stage === "production";
    return {
      name: "nutgraf",
      home: "aws",
      // Production keeps its table (the archive, subscriptions, digest history) even if the app is removed, and
      // `sst remove --stage production` refuses to run; personal and PR stages clean up after themselves.
      removal: production ? "retain" : "remove",
      protect: production,
    };
  },
  async run() {
    // Dynamic import: SST bundles this file and wants no top-level imports. One key design, from lib/store/table.ts,
    // so the table AWS builds is the table the tests and `npm start` run against.
    const { TABLE_KEYS } = await import("#store/table.ts");
    // Handlers, runtime and bundling settings shared with `npm run bench` and the bundle test, which build exactly
    // what SST builds from them. `nodejs.plugins` leaves Bolt's unused receivers out (infra/lambda-plugins.mjs).
    const { LAMBDA_HANDLERS, LAMBDA_NODEJS, LAMBDA_RUNTIME } = await import("#infra/bundle.ts");
    // The digest's schedule, read by the code too: the subscribe reply names the run that takes a dead run's claim over.
    const { scheduleCron } = await import("#digest/run-schedule.ts");
    const nodejs = LAMBDA_NODEJS;
    const production = $app.stage === "production";
    const { partitionKey, sortKey, indexes } = TABLE_KEYS;

    const table = new sst.aws.Dynamo("Articles", {
      fields: {
        [partitionKey.name]: "string",
        [sortKey.name]: "string",
        [indexes.byTime.partitionKey]: "string",
        [indexes.byTime.sortKey]: "string",
      },
      primaryIndex: { hashKey: partitionKey.name, rangeKey: sortKey.name },
      globalIndexes: {
        // Keys only: a listing merges the shards' keys, then reads the items it keeps (lib/store/time-index.ts).
        [indexes.byTime.name]: { hashKey: indexes.byTime.partitionKey, rangeKey: indexes.byTime.sortKey, projection: "keys-only" },
      },
      // Digest claims carry `expiresAt` (epoch seconds, 30 days on), as do unsubscribe markers (a day): DynamoDB
      // deletes them for free. Nothing depends on it (the local server has no TTL); it only keeps the table from
      // growing a row per channel per day.
      ttl: "expiresAt",
      deletionProtection: production,
    });

    const botToken = new sst.Secret("SlackBotToken");
    const signingSecret = new sst.Secret("SlackSigningSecret");
    // Both functions read the table and the secrets through `Resource` (lib/config.ts), falling back to env vars.
    const link = [table, botToken, signingSecret];

    const slack = new sst.aws.Function("Slack", {
      handler: LAMBDA_HANDLERS.slack,
      // A Function URL, not API Gateway: one HTTPS endpoint is all Slack needs, with no per-request cost or 29 s cap
      // (the answer has to be back within Slack's 3 s anyway). Bolt checks every request's signature.
      url: true,
      link,
      nodejs,
      runtime: LAMBDA_RUNTIME,
      // Graviton: ~20% cheaper per GB-second than x86 and as fast for this pure-JS work.
      architecture: "arm64",
      // Lambda gives CPU in proportion to memory; 1 GB keeps a cold start (bundle load + first DynamoDB call)
      // well inside Slack's 3-second deadline. The work itself needs under 100 MB.
      memory: "1024 MB",
      // Slack stops waiting at 3 s; past 10 s something is stuck, and a short timeout caps what a hang costs.
      timeout: "10 seconds",
      logging: { retention: production ? "1 month" : "1 week" },
    });

    new sst.aws.CronV2("Digest", {
      // On the quarter hour, in UTC (lib/digest/run-schedule.ts): lib/digest/digest.ts reads each subscription's own
      // zone and DST, and a run picks the slots in the quarter hour before it (plus a catch-up hour for slots an
      // earlier run could not post).
      schedule: scheduleCron(),
      timezone: "UTC",
      // EventBridge Scheduler's delivery retries: it invokes the function asynchronously, so these re-send the event
      // only when Lambda does not accept it; Scheduler never sees the function's own errors (function.retries below).
      retries: 2,
      function: {
        handler: LAMBDA_HANDLERS.digest,
        link,
        nodejs,
        runtime: LAMBDA_RUNTIME,
        architecture: "arm64",
        // Lambda's own retries of a run that threw (asynchronous invocation: a minute, then two, later); a channel's
        // failure is reported, not thrown. Claims make any repeat safe: posted slots are skipped.
        retries: 2,
        // Briefing a day's stories is CPU work (1,000 articles in the bench): memory buys the CPU.
        memory: "1024 MB",
        // Room for Retry-After waits (at most 20 s per channel) across many channels; lib/digest/run.ts treats
        // a claim as stale after 15 minutes, three times this, so a live run is never taken over.
        timeout: "5 minutes",
        logging: { retention: production ? "1 month" : "1 week" },
      },
    });

    // Stories pushed in by wires and the CMS (README: "Wire your newsroom in"). Its own URL and its own secret, so a
    // wire's signing secret is rotated without touching Slack's, and the function sees no Slack secret at all.
    const ingestSecret = new sst.Secret("IngestSigningSecret");
    const ingest = new sst.aws.Function("Ingest", {
      handler: "functions/ingest.handler",
      url: true,
      link: [table, ingestSecret],
      nodejs,
      runtime: "nodejs22.x",
      architecture: "arm64",
      memory: "1024 MB",
      // A full batch (100 items, lib/ingest/batch.ts) is a few DynamoDB calls an item; senders retry on a timeout.
      timeout: "30 seconds",
      logging: { retention: production ? "1 month" : "1 week" },
    });

    // RSS/Atom feeds, polled every 5 minutes (functions/feeds.ts) with conditional GETs. The list is set at deploy
    // time: `NUTGRAF_FEEDS="https://… https://…" npx sst deploy` (README: "Wire your newsroom in").
    new sst.aws.CronV2("Feeds", {
      schedule: "rate(5 minutes)",
      // A failed run is retried by the next tick; each feed's cursor records its own failures.
      retries: 0,
      function: {
        handler: "functions/feeds.handler",
        link: [table],
        environment: { NUTGRAF_FEEDS: process.env.NUTGRAF_FEEDS ?? "" },
        nodejs,
        runtime: "nodejs22.x",
        architecture: "arm64",
        memory: "1024 MB",
        // Each feed has a 10 s fetch timeout and is read one after another.
        timeout: "2 minutes",
        logging: { retention: production ? "1 month" : "1 week" },
      },
    });

    // Printed after `sst deploy`: the URL goes into the Slack app manifest (README: "Deploy to AWS"); ingestUrl is
    // where wires and the CMS send stories.
    return { slackUrl: slack.url, ingestUrl: ingest.url, table: table.name };
  },
});
