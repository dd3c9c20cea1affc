// Recognition rules of the temporal tagger, one per entry, each with an example it must match.
// Patterns are case-insensitive regular expressions with {macros} (./macros.ts); their named groups are
// read as TIMEX3 fields by lib/nlp/temporal/fields.ts: year, eraYear and adYear (with era or adEra: "BC", "AD"),
// farYear (past the years news writes bare), month, day, weekday, season, quarter, half, half2,
// decade, century, numericA and numericB (the two leading fields of a numeric date), pod (part of day), hour, minute, ampm, namedTime, holiday, mod, dir, yearDir, number,
// unit, vague, endDay, endYear; stretch ("the past five years" reaches back from the publication date) and
// lessThan ("less than two weeks ago" is the stretch since then). What a rule does not read from the text stays implied and is filled at
// resolution (lib/nlp/temporal/resolve.ts). Extents follow TimeBank: determiners and modifiers are part of
// the expression, prepositions ("on", "in", "since") are not.
import type { TimexType } from '../../types';

export interface TemporalRule {
  id: string;
  /** A text the pattern matches (checked by the unit tests). */
  example: string;
  pattern: string;
  /** Defaults to DATE, or TIME when a clock time or part of day is read. */
  type?: TimexType;
  /**
   * Offset from the anchor, `unit:amount`; `$unit`, `$number`, `$dir`, `$yearDir` read the named groups.
   * Alternatives separated by `|`: the first whose groups are all present applies.
   */
  shift?: string;
  /**
   * A further shift, `unit:amount`, of the day the rest of the rule names ("the day before yesterday" is a day
   * before yesterday, "the day after last Tuesday" a day after that Tuesday).
   */
  offset?: string;
  /** Resolve against the last date mentioned in the text instead of the publication date. */
  anchor?: 'narrative';
  /** Which instance of a yearless period is meant: strictly before / after the anchor, the current one, or by tense. */
  pick?: 'last' | 'next' | 'this' | 'tense' | '$dir';
  /** A fixed TIMEX3 value (references, sets). */
  value?: string;
  /** The value is a duration P<number><unit>. */
  duration?: boolean;
  /** A vague past span ("weeks ago"): PAST_REF with an approximate interval. */
  agoVague?: boolean;
  mod?: string;
  /** The shift to use when a narrative rule finds no earlier date of its own unit ("the quarter" -> the last one). */
  fallback?: string;
  /**
   * A comparison point counted back from a mention: a year shift or a bare year takes the quarter last mentioned
   * ("a year ago" after "the third quarter" -> 1988-Q3, "the 1988 period" -> 1988-Q3); counted decades stay years
   * ("a decade ago" -> 1989); it sets no new reference time for the narrative.
   */
  inherit?: boolean;
  /** The period a report is about: the first completed quarter mentioned ("the quarter" after "the fiscal first quarter"). */
  reported?: boolean;
  /** Only in a sentence whose tense is future ("in two weeks"). */
  when?: 'future';
  /**
   * A stretch a report covers ("the nine months", "the year ended Sept. 30"): comparisons after it ("a year
   * earlier", "the 1988 period") refer to it, no longer to the quarter mentioned before, so they take the year.
   */
  reportStretch?: boolean;
}

// A modifier, then "on" ("late on Friday") or an article ("the end of the third quarter").
const MOD = '(?:(?<mod>{modPre})[\\s-]+(?:on\\s+|the\\s+)?)?';
// TimeBank keeps "earlier"/"later" out of the extent ("earlier this week" -> "this week").
const THE = '(?:the\\s+)?';
// A clock time ("about 10:35 a.m. EST").
const CLOCK = '(?:(?<mod>about|around|approximately|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after)\\s+)?(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s+(?:EST|EDT|GMT|UTC|CST|PST|local\\s+time))?';

// A year with its era, before ("44 BC", "476 AD") or, for the Christian era, after it ("AD 476", "A.D. 476").
const ERA_YEAR = '(?:(?<eraYear>{eraYear})\\s*(?<era>{eraBC}|{eraAD})|(?<adEra>A\\.D\\.|AD)\\s*(?<adYear>{eraYear})(?!\\d))';

export const TEMPORAL_RULES: TemporalRule[] = [
  // ---- Absolute calendar dates ----
  { id: 'iso-date', example: '2017-05-07', pattern: '(?<year>{year})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?:T(?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::\\d\\d)?)?' },
  // Which field is the month is decided by the locale (lexicon NUMERIC_DATE_ORDER): 5/7/2017 is May 7 in en-US.
  { id: 'slash-date', example: '5/7/2017', pattern: '(?<numericA>3[01]|[12]\\d|0?[1-9])/(?<numericB>3[01]|[12]\\d|0?[1-9])/(?<year>{year}|\\d\\d)(?![\\d/])' },
  { id: 'month-day-year', example: 'May 7, 2017', pattern: `${MOD}(?:(?<weekday>{weekday}),?\\s+)?(?<month>{month})\\.?\\s+(?<day>{day}),?\\s+(?<year>{year})` },
  { id: 'day-month-year', example: '7 May 2017', pattern: `(?:(?<weekday>{weekday}),?\\s+)?(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month})\\.?,?\\s+(?<year>{year})` },
  { id: 'month-day', example: 'Jan. 5', pattern: `${MOD}(?:(?:this|next|last|coming)\\s+)?(?:(?<weekday>{weekday}),?\\s+)?(?<month>{month})\\.?\\s+(?<day>{day})(?![\\d:])`, pick: 'tense' },
  { id: 'day-month', example: '7 May', pattern: `(?:(?<weekday>{weekday}),?\\s+)?(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month})\\b`, pick: 'tense' },
  { id: 'week-of-date', example: 'the week of March 6', pattern: 'the\\s+week\\s+of\\s+(?<weekOf>)(?<month>{month})\\.?\\s+(?<day>{day})(?:,?\\s+(?<year>{year}))?(?![\\d:])', pick: 'tense' },
  { id: 'month-day-range', example: 'July 18 to 21', pattern: '(?<month>{month})\\.?\\s+(?<day>{day})\\s*(?:-|–|to|through|until|and)\\s*(?<endDay>{day})(?:,?\\s+(?<year>{year})|\\s+of\\s+(?<yearDir>last|next|this)\\s+year)?(?![\\d:])', pick: 'tense', shift: 'year:$yearDir' },
  { id: 'month-year', example: 'January 1998', pattern: `${MOD}(?<month>{month})\\.?\\s+(?:of\\s+)?(?<year>{year})` },
  { id: 'month-relative-year', example: 'November last year', pattern: `${MOD}(?<month>{month})\\s+(?:of\\s+)?(?<yearDir>last|next|this)\\s+year`, shift: 'year:$yearDir' },
  { id: 'dir-month', example: 'last May', pattern: `${MOD}(?<dir>last|next|this|coming|past)\\s+(?<month>{month})\\b`, pick: '$dir' },
  { id: 'month', example: 'in August', pattern: `${MOD}(?<month>{month})\\b(?!\\s+\\d)`, pick: 'tense' },
  { id: 'year-range', example: '2015-2017', pattern: '(?<year>{year})\\s*(?:-|–|to|through)\\s*(?<endYear>{year})(?![\\d])' },
  { id: 'year', example: 'since 2007', pattern: `${MOD}(?:fiscal\\s+)?(?<year>{year})(?![\\d%])` },
  // "two thousand years" counts years, it names none.
  { id: 'spoken-year', example: 'nineteen ninety-six', pattern: `(?:the\\s+year\\s+)?(?<spokenYear>{spokenYear})(?![\\s-]+(?:{unit}|people|dollars)s?\\b)` },
  { id: 'month-spoken-year', example: 'January nineteen ninety-seven', pattern: `(?<month>{month})\\s+(?<spokenYear>{spokenYear})` },
  { id: 'season-spoken-year', example: 'the winter of nineteen ninety-four', pattern: `(?:the\\s+)?(?<season>{season})\\s+of\\s+(?<spokenYear>{spokenYear})` },
  { id: 'decade-word', example: 'the nineties', pattern: `the\\s+${MOD}(?<decadeWord>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)` },
  { id: 'year-apostrophe', example: "in '98", pattern: "(?<=\\b(?:in|since|of|until|by)\\s)['’](?<yearShort>\\d\\d)\\b" },
  { id: 'decade', example: 'the 1990s', pattern: `${THE}${MOD}(?<decade>1\\d\\d|20\\d)0['’]?s\\b` },
  { id: 'decade-short', example: "the '90s", pattern: `${THE}${MOD}['’](?<decadeShort>\\d)0s\\b` },
  { id: 'half-of-decade', example: "the last half of the '80s", pattern: "the\\s+(?<mod>(?:first|second|last|latter)\\s+half\\s+of)\\s+the\\s+(?:(?<decade>1\\d\\d|20\\d)0['’]?s|['’](?<decadeShort>\\d)0s)\\b" },
  { id: 'century', example: 'the 17th century', pattern: `${THE}${MOD}(?<century>{ordinal})[\\s-]century(?![\\s-]+(?:old|long))` },
  // ---- Eras and far years: the value follows TIMEX3 ("BC0044"), the interval ISO 8601 astronomical years (-0043) ----
  { id: 'day-month-era-year', example: '15 March 44 BC', pattern: `(?:(?<weekday>{weekday}),?\\s+)?(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month})\\.?,?\\s+${ERA_YEAR}` },
  { id: 'month-day-era-year', example: 'March 15, 44 B.C.', pattern: `(?<month>{month})\\.?\\s+(?<day>{day}),?\\s+${ERA_YEAR}` },
  { id: 'month-era-year', example: 'August AD 79', pattern: `${MOD}(?<month>{month})\\.?\\s+(?:of\\s+)?${ERA_YEAR}` },
  // "in 753 BC", "2500 BCE", "A.D. 476"; "44 people" has no era, so it is no year.
  { id: 'era-year', example: 'founded in 753 BC', pattern: `${MOD}${ERA_YEAR}` },
  { id: 'era-century', example: 'the 5th century BC', pattern: `${THE}${MOD}(?<century>{ordinal})[\\s-]century\\s+(?<era>{eraBC}|{eraAD})` },
  // Past 9999, or beyond the years news writes bare: "the year 12000", "the year 3000".
  { id: 'the-far-year', example: 'in the year 12000', pattern: 'the\\s+year\\s+(?!(?:{year})\\b)(?<farYear>[1-9]\\d{3,5})(?![\\d%])' },
  // "last Christmas" is the one before the publication date; a bare holiday is read by tense. Names that only
  // borrow the holiday ("Easter Island", "Christmas tree") are no dates.
  { id: 'holiday', example: 'last Christmas', pattern: '(?:(?<dir>last|next|this)\\s+)?(?<holiday>{holiday})(?!\\s+(?:Islands?|Rising|week|Offensive|eggs?|bunny|trees?|cards?|carols?|lights?|decorations?|presents?|gifts?|shopping|market|markets|party|parties|dinner|bonus|bonuses|sales)\\b)(?:\\s+(?<year>{year}))?', pick: '$dir' },

  // ---- Quarters, halves, seasons ----
  { id: 'quarter', example: 'the third quarter', pattern: `${THE}${MOD}(?:(?<ago>year-ago|year-earlier)\\s+|(?<year>{year})(?:['’]s)?\\s+|(?<dir>last|next|this|current|coming|latest|past)\\s+|(?<yearDir>last|next|this)\\s+year['’]s\\s+)?(?:{fiscal}[\\s-]+)?(?<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:{fiscal}\\s+)?quarter(?:\\s+of\\s+(?:(?<year2>{year})|the\\s+{fiscal}\\s+year))?`, pick: '$dir', shift: 'year:$yearDir|year:$ago' },
  // TimeBank leaves the article out of the adjective: "the third-quarter results" -> "third-quarter".
  { id: 'quarter-adjective', example: 'third-quarter', pattern: '(?:{fiscal}[\\s-]+)?(?<quarter>first|second|third|fourth)-quarter', pick: 'tense' },
  { id: 'quarter-adjective-fiscal', example: 'fiscal 1989 third-quarter', pattern: '(?:fiscal\\s+)?(?<year>{year})\\s+(?<quarter>first|second|third|fourth)[\\s-]+quarter' },
  // Financial reports: "the quarter" is the quarter reported on, the last completed one mentioned ("the fiscal
  // first quarter ... in the quarter"), else the last completed one.
  { id: 'the-quarter', example: 'the latest quarter', pattern: 'the\\s+(?:(?:latest|most\\s+recent|recent|just-ended|just-completed)\\s+)?(?:{fiscal}\\s+)?(?:quarter|(?<=latest\\s+)period)\\b(?!-)', anchor: 'narrative', shift: 'quarter:0', fallback: 'quarter:-1', reported: true },
  { id: 'that-quarter', example: 'that quarter', pattern: '(?:that|the\\s+same)\\s+quarter', anchor: 'narrative', shift: 'quarter:0', fallback: 'quarter:-1' },
  { id: 'dir-quarter', example: 'the current quarter', pattern: '(?:the\\s+)?(?<dir>last|next|this|previous|current|coming)\\s+(?:{fiscal}\\s+)?(?<unit>quarter)\\b', shift: 'quarter:$dir' },
  { id: 'half', example: 'the first half', pattern: `${THE}(?:(?<year>{year})\\s+)?(?<half>first|second|last)[\\s-]+half(?:\\s+of\\s+(?:(?<year2>{year})|(?<dir>this|last|next)\\s+year))?`, pick: 'tense', shift: 'year:$dir' },
  // "the first two quarters of 1990" is its first half (without a year, a stretch of six months).
  { id: 'two-quarters-of-year', example: 'the first two quarters of 1990', pattern: 'the\\s+(?<half2>first|last)\\s+two\\s+quarters\\s+of\\s+(?<year>{year})' },
  { id: 'season-year', example: 'summer 2015', pattern: `${MOD}(?:the\\s+)?(?<season>{season})\\s+(?:of\\s+)?(?<year>{year})` },
  { id: 'dir-season', example: 'last summer', pattern: `${MOD}(?<dir>last|next|this|past|coming)\\s+(?<season>{season})\\b`, pick: '$dir' },
  { id: 'season', example: 'in the summer', pattern: `(?<=\\b(?:in|during|by|until|since|before|after|through|into|over|of|for|throughout|all)\\s)(?:the\\s+)?${MOD}(?<season>{season})\\b(?![\\s-]+(?:collection|season|school|camp|olympics|games)\\b)`, pick: 'tense' },

  // ---- Relative to the publication date ----
  { id: 'today', example: 'today', pattern: `${MOD}(?:today|this\\s+day)\\b(?!['’]s\\s+(?:world|society|economy|market|youth|standards))`, shift: 'day:0' },
  { id: 'yesterday', example: 'yesterday', pattern: `${MOD}yesterday`, shift: 'day:-1' },
  { id: 'tomorrow', example: 'tomorrow', pattern: `${MOD}tomorrow`, shift: 'day:1' },
  { id: 'day-pod', example: 'yesterday morning', pattern: '(?<rel>yesterday|today|tomorrow|this)\\s+(?<pod>{pod})', type: 'TIME', shift: 'day:$rel' },
  { id: 'tonight', example: 'tonight', pattern: '(?<pod>tonight)', type: 'TIME', shift: 'day:0' },
  { id: 'last-night', example: 'last night', pattern: 'last\\s+(?<pod>night)', type: 'TIME', shift: 'day:-1' },
  { id: 'dir-unit', example: 'last month', pattern: `${MOD}(?:the\\s+)?(?<dir>last|next|this|coming|current|past(?!\\s+(?:decade|century)))\\s+(?:{fiscal}\\s+)?(?<unit>week|month|year|decade|century)\\b(?:\\s+or\\s+so\\b)?(?!['’]?s?\\s+(?:high|low|level|levels|average)\\b)`, shift: '$unit:$dir' },
  { id: 'part-of-the-unit', example: 'by the end of the month', pattern: '(?<mod>the\\s+(?:end|beginning|start|middle)\\s+of)\\s+the\\s+(?<unit>week|month|year|quarter)\\b', shift: '$unit:0' },
  // TimeBank keeps "earlier"/"later" in "earlier this month", "later this year" (not in "earlier this week").
  { id: 'earlier-this-unit', example: 'earlier this year', pattern: '(?<mod>earlier|later)\\s+this\\s+(?<unit>month|year)', shift: '$unit:0' },
  { id: 'later-that-unit', example: 'later that year', pattern: '(?<mod>earlier|later)\\s+that\\s+(?<unit>month|year)', anchor: 'narrative', shift: '$unit:0' },
  { id: 'weekend', example: 'this weekend', pattern: '(?:the|(?<dir>this|last|next|coming|past))\\s+(?<weekend>weekend)', pick: '$dir' },
  { id: 'ago', example: 'less than two weeks ago', pattern: `${MOD}(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|(?<lessThan>less\\s+than|under|not\\s+even)\\s+)?(?<number>{num})\\s+(?<unit>{unit})s?(?:\\s+or\\s+so)?\\s+(?:ago|back)`, shift: '$unit:-$number' , inherit: true },
  { id: 'ago-vague', example: 'weeks ago', pattern: '(?:(?<vague>several|a\\s+few|few|many|some)\\s+)?(?<unit>day|week|month|year|decade)s\\s+(?:ago|back)', agoVague: true },
  { id: 'in-n-units', example: 'in two weeks', pattern: '(?<=\\bin\\s)(?<number>{num})\\s+(?<unit>day|week|month|year)s?(?!\\s+(?:ago|earlier|later|before|after))', shift: '$unit:$number', when: 'future' },
  { id: 'year-earlier', example: 'a year earlier', pattern: '(?<number>{num})\\s+(?<unit>day|week|month|quarter|year)s?\\s+(?<sign>earlier|later|before(?=\\s*[,.;:]|$)|after(?=\\s*[,.;:]|$))', anchor: 'narrative', shift: '$unit:$sign$number' , inherit: true },
  { id: 'year-ago-period', example: 'the year-ago quarter', pattern: 'the\\s+(?:comparable\\s+|corresponding\\s+)?year[\\s-](?:ago|earlier)\\s+(?:quarter|period)', anchor: 'narrative', shift: 'year:-1', fallback: 'quarter:-1', inherit: true },
  { id: 'quarter-last-year', example: 'the corresponding period last year', pattern: "the\\s+(?:(?:corresponding|comparable|same)\\s+)?(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)|last\\s+year['’]s\\s+(?:(?:corresponding|comparable|same)\\s+)?(?:quarter|period)", anchor: 'narrative', shift: 'year:-1', fallback: 'quarter:-1', inherit: true },
  { id: 'year-ago-adjective', example: 'year-ago results', pattern: 'year-(?:ago|earlier)', anchor: 'narrative', shift: 'year:-1' , inherit: true },
  // Reports compare a quarter with the same quarter of another year: "the 1988 period" after "the third quarter".
  { id: 'year-period', example: 'the 1988 quarter', pattern: 'the\\s+(?<year>{year})\\s+(?:period|quarter)\\b', anchor: 'narrative', inherit: true },
  { id: 'year-end', example: 'year-end', pattern: "(?<mod>year(?:['’]s)?[\\s-]end)", shift: 'year:0' },
  { id: 'narrative-day', example: 'the next day', pattern: 'the\\s+(?<dir>next|previous|following|preceding|same|prior)\\s+(?<unit>day|week|month|year|morning|evening|night)', anchor: 'narrative', shift: '$unit:$dir' },
  { id: 'that-unit', example: 'that week', pattern: '(?:that|the\\s+same)\\s+(?<unit>day|week|month|year)\\b', anchor: 'narrative', shift: '$unit:0' },
  { id: 'weekday', example: 'late on Friday', pattern: `${MOD}(?:(?:the\\s+)?(?<dir>last|next|this|coming|past)\\s+)?(?<weekday>{weekday})(?:[\\s,]+(?<pod>{pod}))?(?:,?\\s+(?<month>{month})\\.?\\s+(?<day>{day}))?`, pick: '$dir' },
  // "the previous Friday" is the Friday before the day the story is on, not before the publication date.
  { id: 'narrative-weekday', example: 'the previous Friday', pattern: 'the\\s+(?<dir>previous|preceding|following)\\s+(?<weekday>{weekday})', anchor: 'narrative', pick: '$dir' },
  // TimeML tags "the day before yesterday" as one date, two days back; so a day before or after a named day.
  { id: 'day-before-relative', example: 'the day before yesterday', pattern: '(?:the\\s+)?day\\s+(?<sign>before|after)\\s+(?<rel>yesterday|today|tomorrow)', shift: 'day:$rel', offset: 'day:$sign' },
  { id: 'day-before-date', example: 'the day before last Tuesday', pattern: '(?:the\\s+)?day\\s+(?<sign>before|after)\\s+(?:(?:(?<dir>last|next|this|coming)\\s+)?(?<weekday>{weekday})|(?<month>{month})\\.?\\s+(?<day>{day})(?:,\\s+(?<year>{year}))?)(?![\\d:])', pick: '$dir', offset: 'day:$sign' },
  { id: 'pod-weekday', example: 'noon Thursday', pattern: '(?:(?<namedTime>noon|midnight|midday)|(?<mod>mid)?-?(?<pod>morning|afternoon|evening))\\s+(?:(?<weekday>{weekday})|(?<rel>yesterday|today|tomorrow))', type: 'TIME', pick: 'tense', shift: 'day:$rel' },

  // ---- Times of day ----
  // A clock time alone is on the day the narrative is on; with its day named ("9 a.m. Tuesday"), that day is read
  // from the publication date like any weekday.
  { id: 'clock-time', example: '6am', pattern: CLOCK, type: 'TIME', anchor: 'narrative', pick: 'tense' },
  { id: 'clock-time-day', example: '12:20 p.m. local time on Wednesday', pattern: `${CLOCK}(?=,?\\s+(?:on\\s+)?(?:{weekday}|yesterday|today|tomorrow|{month}))(?:,?\\s+(?:on\\s+)?(?:(?<weekday>{weekday})|(?<rel>yesterday|today|tomorrow)))?(?:,?\\s+(?<month>{month})\\.?\\s+(?<day>{day}))?`, type: 'TIME', pick: 'tense', shift: 'day:$rel' },
  { id: 'clock-in-the-pod', example: '4 in the morning', pattern: "(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the|at)\\s+(?<podAmpm>morning|afternoon|evening|night)", type: 'TIME', anchor: 'narrative', pick: 'tense' },
  // "high noon" is an idiom (and a film), no time of day.
  { id: 'named-time', example: 'just before midnight', pattern: '(?<!\\bhigh\\s)(?:(?<mod>about|around|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after|before|after)\\s+)?(?<namedTime>noon|midnight|midday)\\b', type: 'TIME', anchor: 'narrative' },
  { id: 'mid-pod', example: 'by mid afternoon', pattern: '(?<mod>mid)[\\s-]?(?<pod>morning|afternoon)', type: 'TIME', anchor: 'narrative' },
  { id: 'the-pod', example: 'overnight', pattern: '(?<pod>overnight)|(?<=\\b(?:in|during)\\s)the\\s+(?<pod2>morning|afternoon|evening)', type: 'TIME', anchor: 'narrative' },

  // ---- Durations ----
  // After a modal, "one day" is some day ahead, no span of a day ("Islam will one day be the second religion").
  { id: 'one-day-ahead', example: 'will one day', pattern: '(?<=\\b(?:will|would|could|may|might|can|shall|should)\\s)one\\s+day\\b', value: 'FUTURE_REF' },
  // A report's stretch: "net fell in the nine months, compared with a year earlier" compares the year, not a quarter.
  { id: 'report-stretch', example: 'the first nine months', pattern: 'the\\s+(?:(?:first|latest)\\s+)?(?<number>{num})\\s+(?<unit>month)s\\b', type: 'DURATION', duration: true, reportStretch: true },
  { id: 'duration', example: 'for three years', pattern: `(?!an?\\s+second\\b)(?:(?<mod>nearly|over|up\\s+to|no\\s+more\\s+than|more\\s+than|less\\s+than|at\\s+least)\\s+(?!the\\b))?(?:the\\s+(?:(?:(?<stretch>past|last|next|coming)|first|previous|final|latest|following|ensuing)\\s+)?)?(?<number>{num})\\s+(?:(?:full|straight|consecutive|more|additional|extra|trading|business|working)\\s+)?(?<unit>{unit})s?(?<andHalf>\\s+and\\s+a\\s+half)?(?:[\\s-]long)?(?![\\s-]+old\\b)`, type: 'DURATION', duration: true },
  { id: 'quarter-century', example: 'a quarter of a century', pattern: '(?:(?:a|the\\s+past|the\\s+last|the\\s+next)\\s+)?quarter[\\s-]+(?:of\\s+a\\s+)?century(?!\\s+(?:high|low)s?\\b)', type: 'DURATION', value: 'P25Y' },
  // Reports compare a stretch with the same stretch a year back: "the year-earlier nine months" is nine months long.
  { id: 'year-ago-stretch', example: 'the year-earlier nine months', pattern: 'the\\s+(?:comparable\\s+)?year[\\s-](?:ago|earlier)\\s+(?:first\\s+)?(?<number>{num})\\s+(?<unit>month|week|quarter)s\\b', type: 'DURATION', duration: true },
  // Hyphenated durations are adjectives; TimeBank leaves their article out ("the two-week strike" -> "two-week").
  { id: 'duration-adjective', example: 'a two-week strike', pattern: '(?<number>{count})-(?<unit>{unit})(?:-long)?(?![\\s-]+old\\b)', type: 'DURATION', duration: true },
  // Without a count: "decades-long" and "several-year" are vague, "a day-long meeting" lasts one unit.
  { id: 'duration-plural-adjective', example: 'a decades-long battle', pattern: '(?<vague>)(?<unit>week|month|year|decade)s-(?:long|old)\\b', type: 'DURATION', duration: true },
  { id: 'duration-vague-adjective', example: 'a several-year tenure', pattern: '(?<vague>several|multi)-(?<unit>day|week|month|year|decade)\\b(?!-old)', type: 'DURATION', duration: true },
  { id: 'duration-unit-long', example: 'a day-long meeting', pattern: '(?<=\\ban?\\s+|\\bthe\\s+|\\b(?:first|second|third|fourth|fifth)\\s+)(?<unit>hour|day|week|month|year)-long\\b', type: 'DURATION', duration: true },
  { id: 'the-units-ahead', example: 'in the weeks ahead', pattern: 'the\\s+(?<vague>)(?:coming\\s+)?(?<unit>day|week|month|year)s\\s+ahead\\b', type: 'DURATION', duration: true },
  { id: 'duration-vague', example: 'several years', pattern: `(?:the\\s+(?:past|last|next|coming)\\s+)?(?<vague>several|a\\s+few|few|many|some|recent|coming|the\\s+past\\s+few)\\s+(?<unit>minute|hour|day|week|month|quarter|year|decade)s\\b`, type: 'DURATION', duration: true },
  { id: 'duration-bare-plural', example: 'for years', pattern: '(?<=\\b(?:for|within|in)\\s)(?<vague>)(?<unit>hour|day|week|month|year|decade)s\\b', type: 'DURATION', duration: true },
  { id: 'duration-a-unit', example: 'for a decade', pattern: '(?<=\\b(?:for|over|in|within|than|past|about)\\s)(?<number>an?)\\s+(?<unit>decade|century|fortnight)', type: 'DURATION', duration: true },
  { id: 'the-past-unit', example: 'the past year', pattern: 'the\\s+(?:(?<stretch>past|last|next|coming)|previous)\\s+(?<unit>day|week|month|year|decade|century)(?!\\s+or)', type: 'DURATION', duration: true },
  // Financial reports: "for the year ended Sept. 30" is a span of a year; "sales for the full year" is this year.
  { id: 'the-year-ended', example: 'the year ended Sept. 30', pattern: 'the\\s+(?:{fiscal}\\s+)?(?<unit>year)(?=\\s+end(?:ed|ing)\\b)', type: 'DURATION', duration: true, reportStretch: true },
  // "the year of the iPhone", "the year that he died" name some other year, described, not the current one.
  { id: 'the-year', example: 'for the full year', pattern: 'the\\s+(?:(?:full|whole|entire|fiscal)\\s+)?year\\b(?![\\s-]*(?:\\d|earlier|ago|before|after|end\\b|-|two\\s+thousand))(?!\\s+(?:of\\s+(?![$£€\\d])|that\\s|when\\s|in\\s+which\\s))', shift: 'year:0' },
  { id: 'the-latest-year', example: 'the latest fiscal year', pattern: 'the\\s+(?:latest|last\\s+full|most\\s+recent)\\s+(?:{fiscal}\\s+)?year\\b', shift: 'year:-1' },

  // ---- Sets ----
  { id: 'set-adverb', example: 'annually', pattern: '\\b(?<setWord>{setWord})\\b', type: 'SET' },
  { id: 'set-every-unit', example: 'every day', pattern: '(?:(?:every|each|per)\\s+|(?<=\\b(?:times|twice|once|cents?|dollars?|percent)\\s)an?\\s+)(?<unit>hour|day|week|month|quarter|year)\\b(?!\\s+(?:ago|earlier|later|before|after|or))', type: 'SET' },
  { id: 'set-every-weekday', example: 'every Monday', pattern: '(?:every|each)\\s+(?<weekday>{weekday})(?:\\s+(?<pod>{pod}))?', type: 'SET' },
  { id: 'set-plural-weekday', example: 'Tuesday nights', pattern: '(?<weekday>{weekday})(?:s|\\s+(?<pod>{pod})s)\\b', type: 'SET' },
  { id: 'set-every-month', example: 'each July', pattern: '(?:every|each)\\s+(?<month>{month})\\b', type: 'SET' },

  // ---- References ----
  // TimeBank keeps "right" out of "right now" and "more" in "more recently". "The then current price" is no present.
  { id: 'present-ref', example: 'now', pattern: '(?<!\\bthen[\\s-]+)\\b(?:now|currently|nowadays|presently|at\\s+present|these\\s+days|the\\s+present|current)\\b(?![\\s-]+(?:account|accounts|affairs|events|law|laws|rules|system|regime|government|president|chairman|members|model|models|price|prices|rate|rates|level|levels|situation|crisis|dollars)\\b)', value: 'PRESENT_REF' },
  { id: 'past-ref', example: 'recently', pattern: '\\b(?:(?:more\\s+)?recently|lately|the\\s+past|in\\s+recent\\s+times)\\b(?!\\s+(?:few|several|{count}|(?:{season}|year|month|week|day|decade|quarter)s)\\b)', value: 'PAST_REF' },
  // "it will soon begin": the near future, when the clause looks ahead; "as soon as" and "soon after" relate two
  // events and "was soon released" looks back.
  { id: 'soon', example: 'it will soon begin', pattern: '(?<!\\bas\\s)\\bsoon\\b(?!\\s+(?:as|after|afterwards?|thereafter)\\b)', value: 'FUTURE_REF', when: 'future' },
  { id: 'future-ref', example: 'the future', pattern: '\\b(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|the\\s+(?:short|long|near)\\s+term)\\b', value: 'FUTURE_REF' },
];
