import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // SST's platform types and sources, installed offline (scripts/sst-platform.ts), for the sst.config.ts checks.
    globalSetup: ["test/helpers/sst-platform-setup.ts"],
    // Servers (local DynamoDB, Slack stand-in) start per file; two cores in CI.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    env: {
      // The AWS SDK warns once per process that Node 20 support is ending; Lambda runs 22.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      // Handlers log JSON lines to stdout; tests that check logs pass their own sink and level.
      NUTGRAF_LOG_LEVEL: "error",
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      // The CLI and npm start run through tsx, which keeps a transpile cache in the temp folder; the suite leaves
      // nothing there (measured: no difference in a CLI run's time, ~2.5 s either way).
      TSX_DISABLE_CACHE: "1",
    },
  },
});
