/** "refund, VIP  shoes" → ["refund", "vip", "shoes"]: lower-cased and de-duplicated, as the API stores tags. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/u).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}
