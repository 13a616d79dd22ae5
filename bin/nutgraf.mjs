#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so `npx nutgraf` works right after `npm install`
// with no build step.
import { register } from "tsx/esm/api";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
register();
const { main } = await import("#cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
