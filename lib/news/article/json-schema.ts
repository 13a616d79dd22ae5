import * as v from "valibot";

// The schema pieces every boundary that reads untrusted JSON shares (files, eval sets, DynamoDB items).

/**
 * One wording for a schema problem at every boundary that reads untrusted data (JSON files, eval sets, DynamoDB
 * items): `field "paragraphs.2" must be a string`, naming the path so the sender can find the bad value.
 */
export function fieldProblem(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `field "${path}" ${issue.message}` : issue.message;
}

/** JSON `null` means "not given", like a missing key; anything else must be text. */
export const optionalText = v.pipe(
  v.nullish(v.string("must be a string")),
  v.transform((value) => value ?? undefined),
);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The message for `v.object`'s own issues: with a path it is a required key that is absent (valibot's default,
 * `Invalid key: Expected "x" but received undefined`, would read badly after `field "x"`); without, not an object.
 */
export function objectProblem(notObject: string): (issue: v.ObjectIssue) => string {
  return (issue) => (issue.path ? "is missing" : notObject);
}

/** valibot's `object` lets arrays through (they are objects to `typeof`); a JSON document must be a real object. */
export function jsonObject<const T extends v.ObjectEntries>(entries: T, message: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, message), v.object(entries, objectProblem(message)));
}
