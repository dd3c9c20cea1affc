// The language a web page or feed declares in its markup (<html lang>, meta tags, RSS <language>, xml:lang).
// Markup is read leniently: og:locale writes "en_GB", Content-Language may list several ("en, fr": the first
// counts), and a value that still names no language is passed over, as browsers do; a page is not refused for
// it. Fields a JSON or CSV record gives are checked strictly instead (fields.ts).
import { canonicalLanguageTag } from '../nlp/language';

/**
 * The language the declarations name, most authoritative first: the first that is a BCP 47 tag, made more
 * precise by a later one of the same language that adds the region ("en" then og:locale "en_GB" -> en-GB, which
 * decides how numeric dates read). Null when none names a language.
 */
export function declaredLanguage(declarations: ReadonlyArray<string | null | undefined>): string | null {
  let chosen: Intl.Locale | null = null;
  for (const declaration of declarations) {
    const tag = canonicalLanguageTag(declaration?.split(',')[0].trim().replace(/_/g, '-'));
    if (tag === null) continue;
    const locale = new Intl.Locale(tag);
    if (chosen === null || (locale.language === chosen.language && !chosen.region && locale.region)) chosen = locale;
  }
  return chosen?.toString() ?? null;
}
