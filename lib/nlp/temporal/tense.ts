// The tense of the clause around a temporal expression: the tense cue nearest to it within its sentence
// decides ("WikiLeaks on Friday posted" -> past; "is to run from July 18" -> future).
import { TENSE_CUES, WEEKDAYS } from '../resources/temporal/lexicon';

export type Tense = 'past' | 'future' | null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const CUE = new RegExp(
  // A participle after "be"/"been" ("would be presented") is passive, not past.
  `\\b(?:(?<none>${TENSE_CUES.none.map(escape).join('|')})|(?<pastFuture>${TENSE_CUES.pastFuture.map(escape).join('|')})|(?<future>${TENSE_CUES.future.map(escape).join('|')})|(?<!\\b(?:be|been|being)\\s+)(?<past>${TENSE_CUES.past.map(escape).join('|')}|[a-z]{2,}ed))\\b`,
  'gi',
);

/**
 * Tense of `sentence` as seen from the expression at [start, end) (offsets relative to the sentence): the
 * nearest cue in the expression's own clause, else the nearest in the sentence.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  // A scheduled date ("payable Dec. 15", "effective Feb. 1") lies ahead whatever the verb ("declared", "said").
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (SCHEDULED.test(before)) return 'future';
  // A deadline by a month or date lies ahead ("out of the EU by October 31st"); by a weekday it is often a day
  // gone by ("32 members had filed reports by Wednesday"), left to the verb.
  if (/\bby\s+$/i.test(before) && !WEEKDAY_START.test(sentence.slice(start, end))) return 'future';
  // A parenthesis ("at 4 in the morning (4 a.m. EDT Thursday)") takes the tense of the clause around it.
  const open = sentence.lastIndexOf('(', start - 1);
  if (open >= 0 && open > sentence.lastIndexOf(')', start - 1)) {
    const close = sentence.indexOf(')', end);
    if (close >= 0) [start, end] = [open, close + 1];
  }
  const clauseStart = Math.max(...[',', ';', ':', '“', '"', '(', '—'].map((c) => sentence.lastIndexOf(c, start - 1))) + 1;
  const stops = [',', ';', ':', '”', '"', ')', '—'].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0);
  const clauseEnd = stops.length ? Math.min(...stops) : sentence.length;
  const tense = nearestCue(sentence.slice(clauseStart, clauseEnd), start - clauseStart, end - clauseStart) ?? nearestCue(sentence, start, end);
  // Without a verb cue, a deadline ("has given them until Tuesday") lies ahead.
  return tense ?? (DEADLINE.test(sentence.slice(Math.max(0, start - 12), start)) ? 'future' : null);
}

const WEEKDAY_START = new RegExp(`^(?:${Object.keys(WEEKDAYS).join('|')})`, 'i');
const SCHEDULED = new RegExp(`\\b(?:${TENSE_CUES.scheduled.map(escape).join('|')})\\s+$`, 'i');
const DEADLINE = new RegExp(`\\b(?:${TENSE_CUES.deadline.map(escape).join('|')})\\s+$`, 'i');

const NOT_PAST_ED = new Set(TENSE_CUES.notPastEd);
const PAST_WORDS = new Set(TENSE_CUES.past);

/** A word read as past only for its -ed ending that is a name ("United States") or no verb ("a hundred", "unchanged"). */
function notPast(m: RegExpExecArray): boolean {
  const cue = m.groups?.past;
  if (!cue || PAST_WORDS.has(cue.toLowerCase())) return false;
  // "un-" words in -ed are adjectives ("markets untouched by the crisis", "a still unspecified date").
  return /^[A-Z]/.test(cue) || NOT_PAST_ED.has(cue.toLowerCase()) || /^un[a-z]{4,}ed$/.test(cue);
}

function nearestCue(sentence: string, start: number, end: number): Tense {
  let best: Tense = null;
  let bestDistance = Infinity;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
    const cueEnd = m.index + m[0].length;
    if (m.groups?.none || (m.index >= start && cueEnd <= end) || notPast(m)) continue;
    const distance = cueEnd <= start ? start - cueEnd : m.index - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = m.groups?.future ? 'future' : 'past';
    }
  }
  return best;
}
