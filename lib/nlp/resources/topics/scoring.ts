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
 * Issue topics say what happened (a crime, a strike, an illness, a school reform); arena topics say in whose
 * world it happened (companies and markets, government, sport, the arts, science). A story set in an arena is
 * primarily about that arena unless the issue clearly dominates, as a news desk files a CEO's fraud trial under
 * business and a schools bill under politics. When the primary topic is chosen, an issue topic's score counts
 * this share, provided some arena topic has at least ARENA_MIN_SCORE.
 */
export const ISSUE_TOPIC_SHARE: Readonly<Record<string, number>> = {
  'crime, law and justice': 0.6,
  labour: 0.6,
  health: 0.6,
  education: 0.6,
  society: 0.6,
  'lifestyle and leisure': 0.6,
  'human interest': 0.6,
};
export const ARENA_MIN_SCORE = 4;
export const ARENA_TOPICS: readonly string[] = [
  'politics', 'economy, business and finance', 'sport', 'arts, culture, entertainment and media', 'science and technology',
];
