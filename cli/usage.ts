/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `nutgraf — extractive briefs and key-figure cards for news articles

Usage:
  nutgraf brief <file-or-id> [--json] [--bullets N] [--figures N] [--explain]
  nutgraf eval <dataset.jsonl> [--json] [--limit N]
  nutgraf seed [--dir DIR]
  nutgraf start [--port N] [--data DIR]
  nutgraf bench [--json] [--quick]
  nutgraf feedback [--since 7d] [--json]   what editors pressed under briefs (useful, bad bullet, wrong figure)

The archive is the DynamoDB table named by DYNAMODB_ENDPOINT / NUTGRAF_TABLE, or an embedded in-memory one
seeded from seeds/ when neither is set.
`;
