import { afterAll, beforeAll } from "vitest";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";

/** The Slack Web API stand-in for a whole test file, accepting `token`: started before its tests, stopped after. */
export function useSlackStandIn(token: string): { readonly api: SlackApi } {
  let api: SlackApi | undefined;
  beforeAll(async () => {
    api = await startSlackApi({ token });
  });
  afterAll(async () => {
    await api?.stop();
  });
  return {
    get api(): SlackApi {
      if (!api) throw new Error("the Slack stand-in has not started (use it inside a test)");
      return api;
    },
  };
}
