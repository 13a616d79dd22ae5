import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "his ankle appeared to have twisted 180 degrees", "turn your oven on to a warm temperature - around 150 degrees", "had
// to settle for a measly 12 degrees" (of sunshine): degrees measure a temperature or an angle, and a sentence that
// names neither by a noun before the number left the card with the unit alone ('180 — degrees', card audit 25, sample
// S; 12 of cnndm-dev's card rows). The sentence's words tell which: weather, heat or an oven make it a temperature; a
// verb of turning, tilting or bending, or an angle, make it an angle. Neither said, the unit stays.

/** Words that make degrees a temperature: "temperatures of up to 21C", "a warm temperature", "min 14 to max 20". */
const HEAT = new Set([
  "temperature", "temperatures", "warm", "warmer", "warmest", "hot", "hotter", "hottest", "heat", "heatwave", "cold", "colder", "coldest",
  "freezing", "chilly", "mild", "oven", "celsius", "fahrenheit", "weather", "sunshine", "sunny", "basks", "forecast", "min", "max",
  // "Overnight lows dropped into the mid-40s", "highs in the low 60s" (temperature-decade.ts).
  "lows", "highs",
]);

/** Words that make degrees an angle: "twisted 180 degrees", "it turns 90 degrees", "tilting the tower 45 degrees". */
const TURN = new Set([
  "twist", "twists", "twisted", "twisting", "turn", "turns", "turned", "turning", "rotate", "rotates", "rotated", "rotating", "rotation",
  "tilt", "tilts", "tilted", "tilting", "angle", "angles", "bend", "bends", "bending", "bent", "lean", "leans", "leaning", "spun", "spin", "spins",
]);

/** Units that are degrees. */
const DEGREES = new Set(["degrees", "degree"]);

/** "temperature" or "angle" for a measure in degrees by the words of its sentence, heat first; "" for other units or neither. */
export function degreesDimension(toks: readonly Tok[], unit: string): string {
  if (!DEGREES.has(unit.toLowerCase())) return "";
  // "turn your oven on to a warm temperature": heat outweighs a turn said of something else.
  if (toks.some((t) => isWord(t) && HEAT.has(t.l))) return "temperature";
  return toks.some((t) => isWord(t) && TURN.has(t.l)) ? "angle" : "";
}
