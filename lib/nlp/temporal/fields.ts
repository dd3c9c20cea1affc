// Reads a rule match's named groups into known TIMEX3 fields, a shift and a fixed value (durations, sets).
import {
  DIRECTIONS, HOLIDAYS, MODIFIERS, MONTHS, NUMBER_WORDS, OFFSET_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SET_WORDS,
  SUB_UNITS, UNITS, UNIT_SCALE, VAGUE_QUANTITIES, WEEKDAYS, type TimeUnit,
} from '../resources/temporal/lexicon';
import type { TemporalRule } from '../resources/temporal/rules';
import type { KnownFields, Pick, Shift } from './partial';

type Groups = Record<string, string | undefined>;

const word = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, ' ').replace(/\.$/, '').trim();

/** "twenty four" -> 24, "3" -> 3, "a" -> 1; undefined when it is no number. */
export function parseNumber(text: string): number | undefined {
  const w = word(text);
  const half = w.match(/^(.*?)(?: and a half| 1\/2)$/);
  if (half) {
    const whole = parseNumber(half[1]);
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (/^(?:a )?couple of$/.test(w)) return 2;
  // "two thousand five hundred": thousands close a group, hundreds multiply the group so far.
  let total = 0;
  let group = 0;
  for (const part of w.split(' ')) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    if (n === 1000) [total, group] = [total + Math.max(group, 1) * 1000, 0];
    else group = n === 100 ? Math.max(group, 1) * 100 : group + n;
  }
  return total + group;
}

function parseOrdinal(text: string): number | undefined {
  const w = word(text);
  const digits = w.match(/^(\d+)(?:st|nd|rd|th)$/);
  return digits ? Number(digits[1]) : ORDINALS[w];
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001. */
function parseSpokenYear(text: string): number | undefined {
  const w = word(text).replace(/\band\b/g, '').replace(/\s+/g, ' ').trim();
  const thousand = w.match(/^two thousand ?(.*)$/);
  if (thousand) return 2000 + (thousand[1] ? parseNumber(thousand[1]) ?? NaN : 0);
  const [century, ...rest] = w.split(' ');
  const hundreds = parseNumber(century);
  if (hundreds === undefined) return undefined;
  return rest.join(' ') === 'hundred' ? hundreds * 100 : hundreds * 100 + (parseNumber(rest.join(' ')) ?? NaN);
}

const unitOf = (text: string): TimeUnit | undefined => UNITS[word(text).replace(/s$/, '')]?.unit;

/** How the two leading fields of a numeric date are read when both could be the month. */
export type NumericDateOrder = 'month-first' | 'day-first';

export function readKnown(g: Groups, order: NumericDateOrder = 'month-first'): KnownFields {
  const known: KnownFields = {};
  if (g.numericA && g.numericB) {
    const [a, b] = [Number(g.numericA), Number(g.numericB)];
    // A field above 12 is the day whatever the locale; two such fields give a month above 12, refused later.
    const dayFirst = a > 12 || (b <= 12 && order === 'day-first');
    [known.month, known.day] = dayFirst ? [b, a] : [a, b];
  }
  const year = g.year ?? g.year2;
  if (year) known.year = Number(year);
  if (g.spokenYear) known.year = parseSpokenYear(g.spokenYear);
  const eraYear = g.eraYear ?? g.adYear ?? g.farYear;
  if (eraYear) known.year = Number(eraYear.replace(',', ''));
  if (g.era && /^B/i.test(g.era)) known.era = 'BC';
  if (g.decadeWord) known.decade = 190 + DECADE_WORDS.indexOf(word(g.decadeWord)) + 2;
  if (g.yearShort) known.year = Number(g.yearShort) + (Number(g.yearShort) > 30 ? 1900 : 2000);
  if (g.month) known.month = /^\d/.test(g.month) ? Number(g.month) : MONTHS[word(g.month)];
  if (g.day) known.day = parseInt(g.day, 10);
  if (g.weekday && !g.day) known.weekday = WEEKDAYS[word(g.weekday)];
  if (g.weekend) [known.weekday, known.weekend] = [6, true];
  if (g.weekOf !== undefined) known.weekOf = true;
  if (g.season) known.season = SEASONS[word(g.season)];
  if (g.quarter) known.quarter = parseOrdinal(g.quarter);
  if (g.half) known.half = word(g.half) === 'last' ? 2 : parseOrdinal(g.half);
  if (g.half2) known.half = word(g.half2) === 'last' ? 2 : 1;
  if (g.decade) known.decade = Number(g.decade);
  if (g.decadeShort) known.decade = 190 + Number(g.decadeShort);
  if (g.century) {
    const ordinal = parseOrdinal(g.century);
    if (ordinal !== undefined && ordinal > 0) known.century = ordinal - 1;
  }
  const pod = g.pod ?? g.pod2;
  if (pod) known.pod = PARTS_OF_DAY[word(pod).replace(/^mid ?/, '')];
  if (g.namedTime) {
    const named = word(g.namedTime);
    known.hour = named === 'midnight' ? 24 : 12;
    known.minute = 0;
  }
  if (g.hour) {
    const hour = Number(g.hour) % 12;
    const afterNoon = /^p/i.test(g.ampm ?? '') || /^(?:afternoon|evening|night)$/i.test(g.podAmpm ?? '');
    known.hour = afterNoon ? hour + 12 : hour;
    known.minute = g.minute ? Number(g.minute) : 0;
  }
  if (g.holiday) {
    const { month, day, weekday, nth, easter } = HOLIDAYS[word(g.holiday)];
    if (month !== undefined) known.month = month;
    if (easter !== undefined) known.easter = easter;
    if (day !== undefined) known.day = day;
    if (weekday !== undefined && nth !== undefined) known.nthWeekday = { weekday, nth };
  }
  if (year && known.year !== undefined && year.length === 2) known.year += known.year > 30 ? 1900 : 2000;
  return known;
}

/** A word's signed offset ("last" -1, "earlier" -1, "tomorrow" +1) or a cardinal. */
function termValue(name: string, g: Groups): number | undefined {
  const text = g[name];
  if (text === undefined) return undefined;
  const w = word(text);
  if (name === 'number') return parseNumber(w);
  return DIRECTIONS[w] ?? OFFSET_WORDS[w];
}

/** Parses a rule's `unit:amount` shift; undefined when a group it reads is missing. */
export function readShift(spec: string | undefined, g: Groups): Shift | undefined {
  if (!spec) return undefined;
  for (const alternative of parsedSpec(spec)) {
    const shift = readOneShift(alternative, g);
    if (shift) return shift;
  }
  return undefined;
}

/** A shift spec's alternative, parsed: its unit (a group name after "$") and the terms its amount multiplies. */
interface ShiftSpec {
  unit: string;
  sign: number;
  /** Numbers, or the names of groups to read. */
  terms: (number | string)[];
}

/** Specs come from the rule table, a few dozen: each is parsed once. */
const PARSED_SPECS = new Map<string, ShiftSpec[]>();

function parsedSpec(spec: string): ShiftSpec[] {
  let parsed = PARSED_SPECS.get(spec);
  if (!parsed) {
    parsed = spec.split('|').map((alternative) => {
      const [unit, amount] = alternative.split(':');
      const terms = amount.replace(/^-/, '').split('$').filter(Boolean).map((t) => (/^\d+$/.test(t) ? Number(t) : t));
      return { unit, sign: amount.startsWith('-') ? -1 : 1, terms };
    });
    PARSED_SPECS.set(spec, parsed);
  }
  return parsed;
}

function readOneShift(spec: ShiftSpec, g: Groups): Shift | undefined {
  const unitSpec = spec.unit;
  const unit = unitSpec.startsWith('$') ? unitOf(g[unitSpec.slice(1)] ?? '') ?? podUnit(g[unitSpec.slice(1)]) : (unitSpec as TimeUnit);
  if (!unit) return undefined;
  let amount = spec.sign;
  for (const term of spec.terms) {
    const value = typeof term === 'number' ? term : termValue(term, g);
    if (value === undefined) return undefined;
    amount *= value;
  }
  return { unit, amount: Object.is(amount, -0) ? 0 : amount };
}

// "the next morning" shifts by days.
const podUnit = (text: string | undefined): TimeUnit | undefined =>
  text && PARTS_OF_DAY[word(text)] ? 'day' : undefined;

export function readPick(rule: TemporalRule, g: Groups): Pick {
  if (rule.pick !== '$dir') return rule.pick ?? 'tense';
  const dir = g.dir ? DIRECTIONS[word(g.dir)] : undefined;
  if (dir === undefined) return 'tense';
  return dir < 0 ? 'last' : dir > 0 ? 'next' : 'this';
}

export function readMod(g: Groups): string | undefined {
  if (!g.mod) return undefined;
  const w = word(g.mod).replace(/ on$/, '');
  return MODIFIERS[w] ?? (/before$/.test(w) ? 'BEFORE' : /after$/.test(w) ? 'AFTER' : undefined);
}

/** The complete value of a duration ("three years" -> P3Y, "several weeks" -> PXW, "a decade" -> P10Y). */
export function durationValue(g: Groups): string | undefined {
  const unitWord = word(g.unit ?? '').replace(/s$/, '');
  const unit = UNITS[unitWord];
  if (!unit) return undefined;
  const vague = g.vague !== undefined && (g.vague === '' || VAGUE_QUANTITIES.includes(word(g.vague)) || /recent|coming|past/.test(word(g.vague)));
  const count = vague ? undefined : g.number === undefined ? 1 : parseNumber(g.number);
  if (!vague && count === undefined) return undefined;
  const scale = UNIT_SCALE[unitWord];
  const letter = scale?.letter ?? unit.letter;
  const time = letter.startsWith('T');
  const prefix = time ? 'PT' : 'P';
  const bare = time ? letter.slice(1) : letter;
  if (count === undefined) return `${prefix}X${bare}`;
  const amount = (count + (g.andHalf ? 0.5 : 0)) * (scale?.factor ?? 1);
  const whole = Math.floor(amount);
  const sub = SUB_UNITS[letter];
  if (whole === amount || !sub) return `${prefix}${amount}${bare}`;
  const rest = Math.round((amount - whole) * sub.per);
  // "2 1/2 days" -> P2DT12H: the time designator comes in when a date unit breaks into hours.
  const restPart = !time && sub.letter === 'H' ? `T${rest}H` : `${rest}${sub.letter}`;
  return `${prefix}${whole ? `${whole}${bare}` : ''}${restPart}`;
}

/** The value of a SET ("daily" -> P1D, "every Monday" -> XXXX-WXX-1, "each July" -> XXXX-07). */
export function setValue(g: Groups, known: KnownFields): string | undefined {
  if (g.setWord) return SET_WORDS[word(g.setWord)];
  if (known.weekday) return `XXXX-WXX-${known.weekday}${known.pod ? `T${known.pod}` : ''}`;
  if (known.month) return `XXXX-${String(known.month).padStart(2, '0')}`;
  const unit = UNITS[word(g.unit ?? '')];
  if (!unit) return undefined;
  return unit.letter.startsWith('T') ? `PT1${unit.letter.slice(1)}` : `P1${unit.letter}`;
}
