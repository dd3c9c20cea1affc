// How much a mention says about which countries an article is about.

/** A country's own name, a city or an institution names the place; a demonym ("French") only describes. */
export const KIND_WEIGHT = { country: 1, institution: 1, city: 1, place: 0.9, demonym: 0.6 } as const;

/** Mentions in the title, dateline or lead sentences count this many times over. */
export const LEAD_WEIGHT = 3;

/** How many sentences (after the title) make up the lead. */
export const LEAD_SENTENCES = 2;

/**
 * A country mentioned once in passing is "mentioned", not what the article is about: it is kept in the
 * article's list only when its score reaches this share of the leading country's score.
 */
export const ABOUT_SHARE = 0.4;

/** A sentence that lists more countries than this ("imports from Brazil, Peru, ...") names each in passing. */
export const CROWDED_SENTENCE = 3;
