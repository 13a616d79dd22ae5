// "a two-bedroom flat", "a three-bed semi", "their four-room house": a home's ordinary size is how an article tells one
// home from another, no figure of the story; labelled as a compound it reached the card ('2 — bedroom flat') beside
// the price or the toll that was the news. A home of many rooms is news of its own ("a 22-bedroom mansion", "a
// 57-room hotel"), and a count of beds elsewhere is a capacity ("a 100-bed hospital"), so both stay figures.

/** Compound words that count a home's rooms. */
const ROOMS = new Set(["bedroom", "bedroomed", "bed", "bedded", "room", "roomed"]);

/** The most rooms of an ordinary home: "a six-bedroom house" still describes; seven and up is a big house's news. */
const ORDINARY = 6;

/** Heads a count of beds describes as a home's size, not a ward's or a hotel's capacity. */
const HOMES = new Set("flat flats home homes house houses apartment apartments condo condos terrace semi bungalow cottage property properties villa maisonette detached townhouse".split(" "));

/** Whether a count in compound `cw` before the noun phrase `words` is a home's ordinary size. */
export function dwellingSize(cw: string, value: number, words: readonly string[]): boolean {
  if (!ROOMS.has(cw) || value > ORDINARY) return false;
  // "a two-bed ward", "a four-bed dormitory": beds elsewhere are places; a home's "bed" is its bedrooms ("a two-bed flat
  // costs": the tagger's phrase may run past the home).
  return cw.startsWith("bedroom") || cw === "room" || cw === "roomed" || words.some((w) => HOMES.has(w));
}
