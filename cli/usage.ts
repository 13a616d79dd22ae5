/**
 * A mistake in the command line itself: an unknown command or option, a missing or extra argument, a flag value out
 * of its range (\`--bullets 11\`, \`--from\` past the story's versions). Printed without a stack trace, exit code 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Input that cannot be used although the command was called right: a file that is not there or cannot be read, a
 * story or dead letter that is not stored, input refused as too large or empty. One line, no stack trace, exit code 1.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const USAGE = `nutgraf — extractive briefs and key-figure cards for news articles

Usage:
  nutgraf brief <file|-|id|headline words> [--json] [--bullets N] [--figures N] [--explain]   (- reads stdin)
  nutgraf figures <file|-|id> [--all] [--json] [--figures N]
  nutgraf eval <dataset.jsonl> [--json] [--limit N] [--no-peers]
  nutgraf eval --figures <gold.jsonl> <articles.jsonl…> [--json] [--no-pos]
  nutgraf seed [--dir DIR] [--now]
  nutgraf rebrief [--force] [--json]            stored briefs recomputed after a deploy changed the brief
  nutgraf reindex [--json]                      search words of stories stored before today's index laid out again
  nutgraf ingest <file|dir|url> [--json]        stories in any format: ninjs, nutgraf JSON, wire text, RSS/Atom
  nutgraf ingest --retry <dead-letter-id>
  nutgraf deadletters [id] [--json] [--limit N]
  nutgraf changes <id-or-words> [--from N] [--json]
  nutgraf feeds [--poll [url…]] [--json]        each RSS/Atom feed's health (NUTGRAF_FEEDS)
  nutgraf start [--port N] [--data DIR] [--dynamo-port N]   (npm start)
  nutgraf bench [--json] [--quick] [--search] [--data DIR]
  nutgraf feedback [--since 7d] [--json]   what editors pressed under briefs (useful, bad bullet, wrong figure)

The archive is the DynamoDB table named by DYNAMODB_ENDPOINT / NUTGRAF_TABLE (default table nutgraf-local, the one
npm start serves), or an embedded in-memory one seeded from seeds/ when neither is set.
Exit codes: 0 ok; 1 called right but what it names cannot be used (a missing or unreadable file, a story or dead
letter not stored, a refused article, input over 6 MB), a feed poll not recorded or a damaged feed cursor; 2 usage:
the command line is wrong (an unknown command or option, a missing or extra argument, a flag value out of its range).
`;
