// When two events from different articles are one happening. Conservative: a wrong merge is worse than a
// missed one, so every condition must hold and coarse dates never merge on their own.
import type { Precision } from '../types';

/** Dates this coarse name too many happenings to say two reports describe the same one. */
export const MERGEABLE_PRECISIONS: readonly Precision[] = ['day'];

/** Wording overlap (Jaccard of content stems of the two evidence sentences) that is enough on its own... */
export const STRONG_WORDING = 0.4;
/**
 * ...or enough together with at least SHARED_PARTICIPANTS named participants and SHARED_ACTION_WORDS words that
 * are not names in common (who and what happened: "Jobs", "iPhone" + "free", "case").
 */
export const SUPPORTED_WORDING = 0.15;
export const SHARED_PARTICIPANTS = 2;
export const SHARED_ACTION_WORDS = 2;
