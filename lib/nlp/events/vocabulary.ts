// Word lists the event extractor reads sentences with. Data only; each list says what it is for.

/** Verbs that report what someone said: "X said yesterday that Y" is a statement (dated yesterday) and its content. */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'announced', 'reported', 'stated', 'warned', 'warns', 'added', 'adds', 'noted',
  'claimed', 'claims', 'alleged', 'alleges', 'argued', 'argues', 'confirmed', 'confirms', 'denied', 'denies',
  'insisted', 'insists', 'explained', 'wrote', 'tweeted', 'revealed', 'disclosed', 'estimated', 'predicted',
  'acknowledged', 'admitted',
];

/** Words that open a sentence without saying who did what ("Separately, a lawmaker died ..."). */
export const DISCOURSE_OPENERS = [
  'separately', 'however', 'meanwhile', 'moreover', 'also', 'still', 'yet', 'nevertheless', 'in addition',
  'additionally', 'furthermore', 'earlier', 'later', 'instead', 'indeed', 'clearly', 'in a statement',
];

/**
 * Words right before a date that make it the start of a span, not the date of a happening
 * ("killed 230 people since 2015", "a member of parliament since 2007").
 */
export const SPAN_OPENERS = ['since', 'until', 'till', 'through', 'throughout', 'for', 'over', 'during'];

/** Words of a clause that carry no content when comparing two clauses for a shared subject matter. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that',
  'this', 'these', 'those', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'was', 'were', 'is', 'are',
  'be', 'been', 'had', 'has', 'have', 'who', 'which', 'when', 'where', 'after', 'before', 'during', 'said', 'says',
  'not', 'no', 'up', 'out', 'about', 'into', 'over', 'than', 'then', 'so', 'if', 'would', 'could', 'will', 'can',
]);
