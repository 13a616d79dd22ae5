import { placeTaken } from "#brief/figures/label/ranks/came-place.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Ortiz will begin the race 22nd and last", "His team-mate will start ninth": a bare ordinal after a verb of starting
// is the place its subject starts from on the grid. No reading took it (came-place.ts reads only verbs of finishing),
// so it was listed as a bare 'position', no candidate, and a story whose news is that the driver starts last showed
// other numbers instead (blind sample AZ's miss M2, made up). Labelled as came-place.ts labels a place taken, as a
// starting one; a noun after the ordinal ("start second season") gives none, as there.

/** Verbs after which a bare ordinal is the place started from. */
const STARTING = new Set(["start", "starts", "started", "starting", "begin", "begins", "began", "beginning"]);

/** The label of a starting place, the bare ordinal from `i` to `e`, or undefined ("start first" is read as no number). */
export function startPlace(toks: readonly Tok[], i: number, e: number): string | undefined {
  // "begin the race 22nd": over the race the place is in.
  const v = isWord(toks[i - 1], "race") && isWord(toks[i - 2], "the") ? i - 3 : i - 1;
  if (!STARTING.has(toks[v]?.l ?? "")) return undefined;
  const taken = placeTaken(toks, v, e);
  return taken === undefined ? undefined : `starting ${taken}`;
}
