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
