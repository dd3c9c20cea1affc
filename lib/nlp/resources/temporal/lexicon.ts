// Normalization tables of the temporal tagger: words -> TIMEX3 fields. Plain data; the engine reads them
// through the macros of ./macros.ts and the field readers of lib/nlp/temporal/fields.ts.

/** Month names and abbreviations -> month number. "Sept." and "Sep" both occur in news copy. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * How a numeric date "5/7/2017" is read, by the locale of the text (language tag, then its language alone).
 * A field above 12 can only be the day, so "25/12/2017" is day-first and "12/25/2017" month-first in every
 * locale; the table decides the ambiguous rest, by full tag, then by language ("fr-CA" -> fr). English without a
 * region, and unknown locales, read month-first, as US and wire copy do.
 */
export const NUMERIC_DATE_ORDER: Record<string, 'month-first' | 'day-first'> = {
  'en-US': 'month-first', 'en-CA': 'month-first', 'en-PH': 'month-first',
  'en-GB': 'day-first', 'en-IE': 'day-first', 'en-AU': 'day-first', 'en-NZ': 'day-first',
  'en-IN': 'day-first', 'en-ZA': 'day-first', fr: 'day-first', de: 'day-first', es: 'day-first', it: 'day-first',
  pt: 'day-first', nl: 'day-first', ru: 'day-first',
};

/** The order for a text whose locale is not given. */
export const DEFAULT_DATE_LOCALE = 'en-US';

/** Month names that are also common words or names ("Theresa May", "they march"): need a date context. */
export const AMBIGUOUS_MONTHS = ['may', 'march', 'mar', 'jan', 'dec', 'sep', 'aug', 'jun', 'jul', 'apr'];

/** Weekday names -> ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words -> value ("twenty four" is summed by the reader). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, couple: 2, half: 0.5,
};

/** Vague quantities -> "X" in a TIMEX3 duration (PXY). "a few years" is PXY. */
export const VAGUE_QUANTITIES = ['several', 'few', 'a few', 'many', 'some', 'numerous', 'multi'];

/** Ordinal words and numerals -> value ("third quarter", "the 17th century"). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30, 'thirty-first': 31,
  last: -1, final: -1,
};

/** How a fraction of a unit is written in the next smaller one ("2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M). */
export const SUB_UNITS: Record<string, { letter: string; per: number }> = {
  Y: { letter: 'M', per: 12 }, M: { letter: 'D', per: 30 }, W: { letter: 'D', per: 7 }, D: { letter: 'H', per: 24 },
  TH: { letter: 'M', per: 60 }, TM: { letter: 'S', per: 60 },
};

/** Calendar units -> TIMEX3 duration letter and the granularity they name. */
export const UNITS: Record<string, { letter: string; unit: TimeUnit }> = {
  second: { letter: 'TS', unit: 'second' }, minute: { letter: 'TM', unit: 'minute' },
  hour: { letter: 'TH', unit: 'hour' }, day: { letter: 'D', unit: 'day' }, night: { letter: 'D', unit: 'day' },
  week: { letter: 'W', unit: 'week' }, weekend: { letter: 'WE', unit: 'week' }, fortnight: { letter: 'W', unit: 'week' },
  month: { letter: 'M', unit: 'month' }, quarter: { letter: 'Q', unit: 'quarter' },
  year: { letter: 'Y', unit: 'year' }, decade: { letter: 'DE', unit: 'decade' },
  century: { letter: 'CE', unit: 'century' }, centurie: { letter: 'CE', unit: 'century' },
};

/** Multipliers applied to a unit before it becomes a TIMEX3 duration ("a decade" -> P10Y, "three quarters" -> P9M). */
export const UNIT_SCALE: Record<string, { factor: number; letter: string }> = {
  quarter: { factor: 3, letter: 'M' }, decade: { factor: 10, letter: 'Y' }, century: { factor: 100, letter: 'Y' }, centurie: { factor: 100, letter: 'Y' },
  fortnight: { factor: 2, letter: 'W' }, weekend: { factor: 2, letter: 'D' },
};

export type TimeUnit =
  | 'second' | 'minute' | 'hour' | 'partOfDay' | 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season'
  | 'year' | 'decade' | 'century';

/** Seasons -> TIMEX3 season code. "fall" and "autumn" are FA. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day -> TIMEX3 part-of-day code ("Friday night" -> ...TNI). */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
  midday: 'MI', noon: 'MI', midnight: 'NI', dawn: 'MO', daybreak: 'MO', dusk: 'EV',
};

/** Clock times named by a word ("noon Thursday" -> T12:00). */
export const NAMED_TIMES: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '24:00' };

/** Modifier words -> TIMEX3 mod ("early next year" -> START, "about two weeks" -> APPROX). */
export const MODIFIERS: Record<string, string> = {
  early: 'START', earlier: 'START', beginning: 'START', 'the beginning of': 'START', 'the start of': 'START',
  'start of': 'START', 'beginning of': 'START', 'the first part of': 'START',
  mid: 'MID', middle: 'MID', 'the middle of': 'MID', 'middle of': 'MID', 'the mid': 'MID',
  late: 'END', later: 'END', 'the end of': 'END', 'end of': 'END', 'the close of': 'END', 'end-': 'END',
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'more than': 'MORE_THAN', 'over': 'MORE_THAN',
  'first half of': 'START', 'second half of': 'END', 'last half of': 'END', 'latter half of': 'END',
  'at least': 'EQUAL_OR_MORE', "year's end": 'END', 'year end': 'END', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

/**
 * Holidays -> month and day, or month and the nth weekday of it (nth -1 = the last): "Christmas" -> 12-25,
 * "Thanksgiving" -> the fourth Thursday of November (US); or days from Easter Sunday (Western, Gregorian
 * computus in lib/nlp/temporal/calendar.ts): "Good Friday" -> -2. Other lunar feasts are left out.
 */
export const HOLIDAYS: Record<string, { month?: number; day?: number; weekday?: number; nth?: number; easter?: number }> = {
  easter: { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter day': { easter: 0 }, 'good friday': { easter: -2 },
  'easter monday': { easter: 1 }, 'palm sunday': { easter: -7 }, 'ash wednesday': { easter: -46 },
  'shrove tuesday': { easter: -47 }, 'maundy thursday': { easter: -3 }, 'holy thursday': { easter: -3 },
  'holy saturday': { easter: -1 },
  christmas: { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 }, "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 }, 'independence day': { month: 7, day: 4 },
  "valentine's day": { month: 2, day: 14 }, halloween: { month: 10, day: 31 }, 'boxing day': { month: 12, day: 26 },
  'bastille day': { month: 7, day: 14 }, 'armistice day': { month: 11, day: 11 }, 'veterans day': { month: 11, day: 11 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
};

/**
 * Capitalised words that make a weekday part of a name, not a day to resolve: "Super Tuesday" (a primary day),
 * "Black Friday", "Cyber Monday", "Giving Tuesday" (shopping days), "Bloody Sunday", "Black Monday" (history).
 * Other capitalised words before a weekday are the wire's subjects and places: "President Clinton Saturday".
 */
export const NAMED_WEEKDAY_LEADS = ['Super', 'Black', 'Cyber', 'Giving', 'Bloody'];

/** Words that set the direction of a relative expression ("last month" -1, "next week" +1, "this year" 0). */
export const DIRECTIONS: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, next: 1, coming: 1, following: 1, this: 0,
  current: 0, present: 0, same: 0, that: 0, upcoming: 1,
};

/** Tense cues: words that put a sentence in the past or the future (weekday and month-name resolution). */
export const TENSE_CUES = {
  // A future seen from the past ("had been due to expire Friday") is past; read before the plain cues.
  pastFuture: ['had been due to', 'had been scheduled to', 'had been expected to', 'was due to', 'were due to',
    'was scheduled to', 'were scheduled to', 'was expected to', 'were expected to', 'was set to', 'were set to',
    'was to', 'were to', 'had planned to', 'was supposed to', 'previously had been scheduled to'],
  future: ['will', 'planned to', 'planning to', 'as soon as', 'intend to', 'hopes to', 'hope to', "'ll", '’ll', 'shall', 'going to', 'is to', 'are to', 'plans to', 'plan to', 'scheduled',
    'expected to', 'would', 'intends to', 'due to', 'upcoming', 'next', 'tomorrow', 'set to', 'to be held', 'is expected',
    'expect', 'expects', 'supposed to', 'predict', 'predicts'],
  past: ['was', 'were', 'had', 'did', 'said', 'ago', 'last', 'yesterday', 'earlier', 'told', 'has been', 'have been', 'since',
    // Irregular past forms (regular ones end in -ed and are read by pattern); none is also a present form or a
    // common noun. After "be" they are passive, not past (./tense.ts).
    'began', 'bought', 'brought', 'came', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'fled', 'flew', 'fought',
    'found', 'gave', 'got', 'grew', 'held', 'kept', 'knew', 'led', 'lost', 'made', 'met', 'paid', 'ran',
    'rose', 'sank', 'saw', 'sent', 'slid', 'sold', 'spent', 'spoke', 'stood', 'struck', 'swept', 'took', 'thought',
    'threw', 'tore', 'went', 'won', 'wrote', 'became', 'broke', 'forgot', 'overtook', 'withdrew', 'underwent'],
  /**
   * Words right before a date that schedule it, ahead whatever the verb ("declared a dividend payable Dec. 15 to
   * stock of record Nov. 17", "effective Feb. 1", "to be completed by Dec. 15").
   */
  scheduled: ['payable', 'effective', 'of record', 'extended to', 'extended until', 'extended through', 'postponed until',
    'postponed to', 'delayed until', 'adjourned until'],
  /** Words right before an expression that make it a deadline, ahead when no verb tells otherwise ("until Tuesday"). */
  deadline: ['until', 'till', 'by', 'no later than', 'before'],
  /** Phrases holding a cue word that set no tense ("next to" is a place, "the last of"). */
  none: ['next to', 'last of', 'at last', 'would-be'],
  /** Words ending in -ed that are no past forms ("a hundred", "we need"); names ("United", "Ted") are capitalised. */
  notPastEd: ['hundred', 'indeed', 'need', 'needs', 'speed', 'feed', 'seed', 'proceed', 'exceed', 'succeed', 'bed', 'red',
    'shed', 'greed', 'breed', 'weed', 'heed', 'bleed', 'kindred', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'wretched'],
};

/** Adverbs of frequency -> TIMEX3 SET value ("daily" -> P1D). "quarterly" is left out: in news it names reports. */
export const SET_WORDS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
};

/** Words that give a relative offset its sign or size ("two days later" +2, "yesterday morning" -1). */
export const OFFSET_WORDS: Record<string, number> = {
  'year ago': -1, 'year earlier': -1, earlier: -1, before: -1, later: 1, after: 1, yesterday: -1, today: 0, tomorrow: 1, latest: 0,
};

/** Nouns a bare number counts ("2007 people"): a number before them is no year. */
/**
 * Words written in lower case inside a sentence; capitalised after the first word of an expression, or after a
 * capitalised name, they belong to a title ("ABC's This Week", "60 Minutes", "VOA Today", "High Noon").
 */
export const COMMON_TIME_WORDS = [
  ...Object.keys(UNITS), ...Object.keys(PARTS_OF_DAY), ...Object.keys(SET_WORDS),
  'today', 'tomorrow', 'yesterday', 'now', 'ago', 'past', 'future',
];

export const COUNTED_NOUNS = [
  'people', 'persons', 'men', 'women', 'children', 'staff', 'police', 'personnel', 'troops', 'workers', 'jobs',
  'votes', 'seats', 'shares', 'units', 'homes', 'cars', 'times', 'miles', 'feet', 'tons', 'barrels',
];

/**
 * Words (regular-expression fragments, matched whole, plural allowed) of which every temporal expression holds
 * at least one: the tagger only runs its rules around them. A rule with a word not covered here needs it added.
 */
export const TRIGGER_WORDS = [
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(UNITS), ...Object.keys(SEASONS),
  ...Object.keys(PARTS_OF_DAY), ...Object.keys(HOLIDAYS), ...Object.keys(SET_WORDS),
  'yesterday', 'today', 'tomorrow', 'now', 'currently', 'current', 'nowadays', 'presently', 'present', 'recently',
  'lately', 'soon', 'past', 'future', 'term', 'ago', 'half', 'period', 'weekend', 'eighteen', 'nineteen', 'thousand',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  // Years, decades ("'90s", "1990s"), clock times ("6am", "10 p.m.").
  '(?:1\\d|20)\\d\\d', "['’]\\d\\d", '\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?',
  // Dates written with digits only ("5/7/2017", "2017-05-07").
  '\\d{1,2}/\\d{1,2}/\\d{2,4}',
  // Eras ("44 BC", "A.D. 476"): years outside 1000-2099 are triggered by their era.
  'B\\.?C\\.?(?:E\\.?)?', 'A\\.?D\\.?', 'C\\.?E\\.?',
];
