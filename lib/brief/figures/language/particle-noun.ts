// "600 sit-ups", "300 lay-offs", "a spate of break-ins": a verb and its particle hyphened into a plural is a noun,
// whatever the tagger calls its first part ('over 600 — day' when it took "sit-ups" for a verb and the phrase ended
// before it; "press-ups" and "push-ups" it tags right).

/** A hyphened verb and particle in the plural: "sit-ups", "lay-offs", "walk-outs", "break-ins", "take-overs". */
const PARTICLE_PLURAL = /^[a-z]+-(?:ups|outs|offs|downs|ins|overs|backs|aways|ons)$/;

/** Whether the lowercased word `l` is a hyphened verb-and-particle plural noun ("sit-ups"). */
export function particleNoun(l: string): boolean {
  return PARTICLE_PLURAL.test(l);
}
