import type { FigureKind, Raw } from "#brief/figures/card/figure.ts";
import { outOfWhole } from "#brief/figures/label/ellipsis/larger-whole.ts";

// "Some 300 will close, out of 3,000 stores", "Tesco said 300 will close out of its 3,000 stores": a count with no noun
// of its own whose clause names after it the whole it is out of is a part of that whole, named by the whole's noun
// ('300 — stores'); it was named by the verb or the subject before it ('close', 'tesco'), which say what happened to it
// or who spoke, not what it counts. A name's possessive part keeps its owner ("Tesco's stores", possessed-part.ts).

/** The whole's noun and kind for a bare count `r` of `raws` (its sentence's figures) out of a whole said after it. */
export function outOfPart(text: string, r: Raw, raws: readonly Raw[]): { label: string; kind: FigureKind } | undefined {
  if (r.noun !== undefined || r.label === "" || r.ordinal || r.currency !== undefined || r.percent) return undefined;
  if (r.kind === "measure" || r.kind === "rank" || r.type !== "count") return undefined;
  const whole = outOfWhole(text, r, raws);
  return whole?.noun === undefined ? undefined : { label: whole.noun, kind: whole.kind };
}
