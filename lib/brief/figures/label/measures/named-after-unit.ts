// A glued measure followed by a name ("At 6-foot-5 and 289lb JJ Watt is…", "20st Smith"): the name is whose measure
// it is, not what it measures nor a model's name, so the unit's dimension labels it ("weight"), as with no noun at all.

/** Whether the noun phrase after a glued unit is a name only (every word capitalised). */
export function namedAfterUnit(np: string, glued: string | undefined): boolean {
  return glued !== undefined && np !== "" && np.split(" ").every((w) => /^\p{Lu}/u.test(w));
}
