// How topic cues add up into an article's topics.

/** Cues in the title count this many times over; cues in the lead sentences LEAD_WEIGHT times. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
export const LEAD_SENTENCES = 2;

/** A second topic is kept when its score reaches this share of the primary topic's score... */
export const SECONDARY_SHARE = 0.4;
/** ...and at least this much evidence (one decisive cue, or a few supporting ones). */
export const SECONDARY_MIN_SCORE = 4;
/** At most this many topics per article. */
export const MAX_TOPICS = 3;

/**
 * How the primary topic is chosen when several topics have evidence: a topic yields to others (its score counts only
 * `share` of itself) while one of the topics it yields to has at least `minScore`. Each rule says why, with an example.
 */
export interface YieldRule {
  topic: string;
  yieldsTo: readonly string[];
  share: number;
  minScore: number;
  why: string;
  example: string;
}

/** Arena topics say in whose world a story happens: companies and markets, government, sport, the arts, science. */
const ARENA_TOPICS = [
  'politics', 'economy, business and finance', 'sport', 'arts, culture, entertainment and media', 'science and technology',
];

/**
 * Issue topics say what happened; a story set in an arena is primarily about that arena unless the issue dominates.
 * The share is a judgement, not fitted: BBC News and AG News hold arena classes only, so a lower share always scores
 * better there while it would bury real crime, health or labour stories.
 */
const issueYields = (topic: string, example: string): YieldRule => ({
  topic, yieldsTo: ARENA_TOPICS, share: 0.6, minScore: 4, example,
  why: 'a news desk files a CEO\'s fraud trial under business and a schools bill under politics',
});

/*
 * Economy against science and technology has no rule: the story's own words decide. IPTC files the computing
 * industry under economy (products and services), while news desks often file a technology company's business under
 * technology; neither side is a principle one can state without knowing which companies are technology companies, so
 * results, deals and markets vocabulary ("profit", "shares", "takeover") counts for economy, products and research
 * vocabulary ("software", "chip", "broadband") for science and technology, and the runner-up stays a second topic.
 */
export const YIELD_RULES: readonly YieldRule[] = [
  issueYields('crime, law and justice', 'The former chief executive of the telecoms company was convicted of fraud (business)'),
  issueYields('labour', 'The carmaker agreed a pay deal with its union as quarterly profits rose (business)'),
  issueYields('health', 'The drugmaker\'s shares fell after regulators rejected its treatment (business)'),
  issueYields('education', 'MPs voted on the schools bill (politics)'),
  issueYields('society', 'Parliament debated the welfare reform (politics)'),
  issueYields('lifestyle and leisure', 'The hotel chain reported higher profits (business)'),
  issueYields('human interest', 'The veteran striker celebrated his birthday with a hat-trick (sport)'),
];
