// Headline-like summaries: the clause that states the event, without its date, asides and openers, cut short.
import { DISCOURSE_OPENERS } from './vocabulary';
import type { Span } from './frames';

export const SUMMARY_LIMIT = 90;

const OPENER = new RegExp(`^(?:${DISCOURSE_OPENERS.join('|')})\\s*,\\s*`, 'i');
// Words that attach a date to the clause and go with it: "late on Friday", "in November last year".
// "on the night of June 3" goes whole.
const DATE_LEAD_IN = /(?:\b(?:earlier|later|late|early)\s+)?(?:\b(?:on|in|at|by|from|as of)\s+)?(?:\bthe\s+(?:night|morning|afternoon|evening|eve|end|start|beginning|middle)\s+of\s+)?$/i;
// A kicker label above the lede ("CHIP WAR: The new restrictions ...") is no part of the happening.
const KICKER = /^\p{Lu}[\p{Lu}\d\s'’&-]{2,30}:\s+/u;
// Asides set off by commas that a headline drops: "Corinne Erhel, 50, was", "the Expo, organized by ..., is".
const ASIDE = /,\s+(?:\d+|who|which|whose|where|\p{Ll}+ed\s+by)\b[^,;:“”"]*,\s*/gu;
/** A clause boundary this far in makes a better cut than a word boundary with an ellipsis... */
const MIN_CLAUSE_CUT = 60;
/** ...and a coordinated clause (", and while ...") from this far in. */
const MIN_COORDINATION_CUT = 30;
const COORDINATION = /,\s+(?:and|but|while|whereas|as)\s|\s—\s|;\s/g;

/** A summary of `clause` (offsets relative to it) with the given date spans left out. */
export function summarize(clause: string, dates: readonly Span[]): string {
  let text = clause;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) {
    const before = text.slice(0, d.start).replace(DATE_LEAD_IN, '');
    const after = text.slice(d.end).replace(/^(?:[’']s\b|-)/, '');
    text = `${before}${before.trim() === '' ? after.replace(/^\s*,/, '') : after}`;
  }
  text = text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(ASIDE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim()
    .replace(KICKER, '')
    .replace(OPENER, '')
    .replace(/^[,;:\s—-]+|[,;:\s—-]+$/g, '')
    .replace(/[.!?]+["”’]?$/, '');
  return capitalize(shorten(text));
}

/** Cut at a clause boundary when one leaves a readable headline, else at a word boundary with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const head = text.slice(0, SUMMARY_LIMIT);
  const coordination = Math.max(-1, ...[...head.matchAll(COORDINATION)].map((m) => m.index).filter((i) => !endsEnumeration(text, i)));
  if (coordination >= MIN_COORDINATION_CUT) return head.slice(0, coordination);
  const comma = head.lastIndexOf(', ');
  const boundary = Math.max(inEnumeration(text, comma) ? -1 : comma, head.lastIndexOf(' — '), head.lastIndexOf('; '));
  if (boundary >= MIN_CLAUSE_CUT) return head.slice(0, boundary);
  const word = head.lastIndexOf(' ', SUMMARY_LIMIT - 1);
  return `${head.slice(0, word > 0 ? word : SUMMARY_LIMIT - 1).replace(/[,;:\s]+$/, '')}…`;
}

/** Two short items before a comma make it part of a list ("apps, books, photos, and more"). */
const endsEnumeration = (text: string, comma: number) =>
  text.slice(0, comma).split(',').slice(-2).every((item, _, items) => items.length === 2 && item.trim().split(/\s+/).length <= 2);
/** A comma in a list ("included Huawei, SMIC and several ...") is no clause boundary. */
const inEnumeration = (text: string, comma: number) =>
  comma >= 0 && (endsEnumeration(text, comma) || /^\s*(?:\S+\s+){1,2}(?:and|or)\s/i.test(text.slice(comma + 1)));

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
