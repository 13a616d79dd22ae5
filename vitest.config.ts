import { defineConfig } from "vitest/config";

// The figures tests: pure functions of one sentence (no servers, env, mocks or hooks). Each file in a fresh module
// registry loaded the figure code and the wink model again (~1–2 s a file, 169 files); sharing a worker's registry
// loads them once per worker. Their modules keep only scratch buffers, and results never depend on what was read
// before (determinism.test.ts), so the shuffled order still holds (npm run test:shuffle).
const SHARED = ["test/figures-*.test.ts"];

export default defineConfig({
  test: {
    // SST's platform types and sources, installed offline (scripts/sst-platform.ts), for the sst.config.ts checks.
    globalSetup: ["test/helpers/sst-platform-setup.ts"],
    // One fixed seed for every property test that names none (test/helpers/fast-check-seed.ts says why).
    setupFiles: ["test/helpers/fast-check-seed.ts"],
    // Slack stand-ins start per file, local DynamoDB once per run (the "rest" project's globalSetup); two cores in CI.
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
    projects: [
      { extends: true, test: { name: "figures", include: SHARED, isolate: false } },
      // One dynalite and one DynamoDB Local for every file (test/helpers/dynamo-servers.ts); the figures files use none.
      {
        extends: true,
        test: { name: "rest", include: ["test/**/*.test.ts"], exclude: SHARED, globalSetup: ["test/helpers/dynamo-servers.ts"] },
      },
    ],
  },
});
