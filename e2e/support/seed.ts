// The seed stories the specs look at, named by a piece of their evidence and the date the gold file gives.
export const RUNOFF_VOTE = { evidence: 'decisive runoff', start: '2017-05-07' };
export const MACRON_WARNING = { evidence: 'French authorities yesterday took a hard line', start: '2017-05-06' };
export const STRAITS_FORUM_OPENING = { evidence: 'Straits Forum yesterday opened', start: '2025-06-15' };
export const EASTERN_ASIA = '030';
