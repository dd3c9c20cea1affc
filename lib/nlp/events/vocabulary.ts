// Word lists the event extractor reads sentences with. Data only; each list says what it is for.

/** Verbs that report what someone said: "X said yesterday that Y" is a statement (dated yesterday) and its content. */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'announced', 'reported', 'stated', 'states', 'warned', 'warns', 'added', 'adds', 'noted',
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
 * Words that open a fronted adverbial ("In a media event, Apple released ..."), which a headline too long for
 * its limit drops before cutting the main clause.
 */
export const ADVERBIAL_OPENERS = [
  'in', 'on', 'at', 'within', 'after', 'before', 'following', 'during', 'with', 'under', 'according to', 'since',
  'despite', 'rather than', 'amid', 'unlike', 'in response to', 'due to', 'as part of', 'in addition to',
];

/** Sentence openers that return a story from background to its own moment ("Separately, a lawmaker died"). */
export const RETURN_CUES = ['separately', 'meanwhile', 'elsewhere', 'in other news', 'now'];

/**
 * Words right before a date that make it the start of a span, not the date of a happening
 * ("killed 230 people since 2015", "a member of parliament since 2007", "available within 90 days").
 */
export const SPAN_OPENERS = ['since', 'until', 'till', 'through', 'throughout', 'for', 'over', 'during', 'within'];

/** Words of a clause that carry no content when comparing two clauses for a shared subject matter. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that',
  'this', 'these', 'those', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'was', 'were', 'is', 'are',
  'be', 'been', 'had', 'has', 'have', 'who', 'which', 'when', 'where', 'after', 'before', 'during', 'said', 'says',
  'not', 'no', 'up', 'out', 'about', 'into', 'over', 'than', 'then', 'so', 'if', 'would', 'could', 'will', 'can',
]);

/**
 * Tense cues for sentences without a date of their own. The first cue in the sentence (outside quotes) decides:
 * a past happening inherits the story's reference time, a present state holds at publication, a future or
 * hedged one gets no date ("will be released", "could return").
 */
export const TENSE_CUES = {
  past: [
    'was', 'were', 'had', 'did', 'said', 'told', 'gave', 'took', 'made', 'began', 'came', 'went', 'saw', 'got', 'held',
    'led', 'met', 'sold', 'bought', 'built', 'brought', 'won', 'lost', 'left', 'ran', 'fell', 'rose', 'paid', 'sent',
    'spent', 'found', 'thought', 'stood', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'grew', 'knew',
    'became', 'struck', 'fought', 'caught', 'kept', 'felt', 'heard', 'meant', 'sat', 'withdrew', 'overtook', 'shot',
    'fled', 'hid', 'swore', 'wore', 'threw', 'forbade', 'underwent', 'undertook', 'sought', 'dealt', 'drew',
  ],
  present: ['is', 'are', 'am', 'has', 'have', 'does', 'currently'],
  future: ['will', 'shall', "'ll", 'would', 'could', 'may', 'might', 'should', 'must', 'can'],
};

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED = ['speed', 'hundred', 'indeed', 'exceed', 'proceed', 'succeed', 'breed', 'sacred', 'naked', 'wicked', 'kindred', 'embed', 'seed', 'shed', 'bed', 'red', 'need', 'feed', 'weed', 'greed'];
/** Words before an -ed form that make it an adjective, not a verb ("the recently announced iPhone"). */
export const ADJECTIVE_ED_LEAD = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'recently', 'newly', 'long', 'so-called', 'widely', 'much', 'highly'];

/**
 * Page furniture and credit lines that wire copies and web pages carry under every story: no happening, however
 * dated the page is. Each entry with an example it matches.
 */
export const BOILERPLATE: readonly (readonly [pattern: RegExp, example: string])[] = [
  [/\bcontributed (?:reporting )?to this (?:report|story|article)\b/i, "CNN's Jane Doe contributed to this report."],
  [/^\(?(?:additional )?(?:reporting|writing|editing) by\b/i, 'Reporting by Jane Doe; Editing by John Roe'],
  [/\ball rights reserved\b/i, 'Copyright 2011 Cable News Network. All rights reserved.'],
  [/^(?:copyright\b|\(c\)|©)/i, '© 2020 Example News'],
  [/\bviews expressed in (?:the |these )?comments\b/i, 'Views expressed in the comments do not reflect those of the site.'],
  [/\bthis (?:story|article|report) (?:has been|was) (?:updated|corrected)\b/i, 'This story has been updated to correct a name.'],
  [/\barticle last amended\b|\bcheck the talk page\b/i, 'Article last amended: Mar 17 at 3:24:55 UTC (history) Please check the talk page history before reviewing.'],
];
