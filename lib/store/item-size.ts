/**
 * DynamoDB's item size, over-estimated: attribute names and string values count their UTF-8 bytes, numbers their
 * worst case (21 bytes), lists and maps 3 bytes plus 1 per element (AWS: "Item sizes and formats"). Used to keep a
 * stored brief from pushing an article near the 350 KB limit over the table's 400 KB.
 */
export const MAX_ITEM_BYTES = 400 * 1024;

function valueBytes(value: unknown): number {
  if (typeof value === "string") return Buffer.byteLength(value, "utf8");
  if (typeof value === "number" || typeof value === "bigint") return 21;
  if (typeof value === "boolean" || value === null) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueBytes(v), 0);
  if (typeof value === "object") return 3 + attributesBytes(value as Record<string, unknown>, 1);
  return 0;
}

function attributesBytes(item: Record<string, unknown>, perElement = 0): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    total += Buffer.byteLength(name, "utf8") + valueBytes(value) + perElement;
  }
  return total;
}

export function itemBytes(item: Record<string, unknown>): number {
  return attributesBytes(item);
}
