// A reading: a level the weather moves through the day and from place to place (a temperature, a fall of rain or snow,
// a wind speed), which a story gives many of ("46C in Cordoba", "at 3pm it was 31C in Seville", "77F"), where a
// length, a weight or an area is mostly said once of one thing. Readings are what crowd a weather story's card.

/** Each unit a reading is given in, by what it measures: °C and °F are one measure, as mm and inches of rain are. */
const DIMENSIONS: ReadonlyMap<string, string> = new Map([
  ...["c", "f", "°c", "°f"].map((u): [string, string] => [u, "temperature"]),
  ...["mm", "cm", "inches", "millimetres", "millimeters", "centimetres", "centimeters"].map((u): [string, string] => [u, "depth"]),
  ...["mph", "miles per hour", "km/h", "kph", "kmh", "knots"].map((u): [string, string] => [u, "speed"]),
]);

/** What a measure's unit reads ("temperature" for "c" and "f"), or undefined when the unit is not a reading's. */
export const readingDimension = (unit: string | undefined): string | undefined => (unit === undefined ? undefined : DIMENSIONS.get(unit));
