// Command-line options on top of node:util parseArgs, with errors the user can act on.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parsePublished } from '../ingest/published';
import { canonicalLanguageTag } from '../nlp/language';

/** A mistake in how the command was called: reported with the usage line, exit code 2. */
export class UsageError extends Error {}

export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The --published option: absent, or a real YYYY-MM-DD date. */
export function publishedOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = parsePublished(value);
  if (date === null || date !== value) throw new UsageError(`--published: "${value}" is not a date (expected YYYY-MM-DD)`);
  return date;
}

/** The --language option: absent, or a BCP 47 tag, in canonical form. */
export function languageOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const tag = canonicalLanguageTag(value);
  if (tag === null) throw new UsageError(`--language: "${value}" is not a BCP 47 language tag (expected e.g. en-GB)`);
  return tag;
}
