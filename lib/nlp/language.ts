// Article language tags (BCP 47), checked and written one way everywhere, so "EN-gb" and "en-GB" are one language
// and the temporal tagger's locale table (NUMERIC_DATE_ORDER) finds it.

/** Longer than any tag naming a language and region (RFC 5646 asks for 35 at least): private-use noise, refused. */
export const MAX_LANGUAGE_TAG_LENGTH = 64;

/** The canonical form of a well-formed BCP 47 tag ("EN-gb" -> "en-GB"), or null when `value` is not one. */
export function canonicalLanguageTag(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_LANGUAGE_TAG_LENGTH) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}
