import type { Raw } from "#brief/figures/figure.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// A speed is of what moves: "winds of more than 100 km / hr", "a 100mph crash", "a top speed of 145mph". The nearest
// noun phrase before a spaced or glued speed is often no such thing ("gave up on their umbrellas in winds of more
// than 100 km / hr", "power outages after wind gusts reached 70 mph", "swerves in their direction at 60 mph"): the
// wind the sentence names then labels it, or else the dimension, as a glued speed with no noun already is ("speed").

/** Units of speed, spaced or glued ("70 mph", "100km/h", "100 km / hr"). */
const SPEED_UNITS = /^(?:mph|kph|km\/h|km\/hr|kmh)$/;

/** Label words that say what goes at a speed, or the speed itself ("speed limit", "20mph zone", "95mph first serves"). */
const MOVES = /^(?:speeds?|winds?|gusts?|zones?|limits?|fastballs?|balls?|serves?|deliveries|delivery|bowling|crash|crashes|collision|impact|cars?|vehicles?|trains?|vans?|lorry|lorries|trucks?|bikes?|motorbikes?|planes?|jets?|aircraft|boats?|storms?|hurricanes?|typhoons?|cyclones?|tornadoes?|tornados?|snowstorm|pitch|pitches|chase|drive|driving|travelling|traveling)$/;

/** The wind the sentence names, nearest the speed ("wind gusts reached 70 mph" → "wind gusts"), or undefined. */
function windNamed(toks: readonly Tok[], at: number): string | undefined {
  let best: number | undefined;
  toks.forEach((t, i) => {
    if (isWord(t) && /^(?:winds|gusts)$/.test(t.l) && (best === undefined || Math.abs(i - at) < Math.abs(best - at))) best = i;
  });
  if (best === undefined) return undefined;
  // "damaging winds", "strong winds", "wind gusts": the word that describes the wind stays with it.
  const before = toks[best - 1];
  const described = isWord(before) && (before.pos === "ADJ" || before.l === "wind" || /^[a-z]+ing$/.test(before.l));
  return described ? `${before.l} ${toks[best]!.l}` : toks[best]!.l;
}

/** Relabels a speed whose label names nothing that moves: by the wind the sentence names, else "speed". */
export function speedLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.glued === undefined || !SPEED_UNITS.test(r.glued)) return;
  const words = r.label.toLowerCase().split(" ");
  if (words.some((w) => MOVES.test(w))) return;
  r.label = windNamed(toks, r.s) ?? "speed";
}
