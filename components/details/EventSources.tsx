'use client';
import Link from 'next/link';
import { focusRing } from '@/components/ui/styles';
import type { MergeReasons } from '@/lib/nlp/merge/index';
import { describeDate } from '@/lib/timeline/format';
import type { EventSource } from '@/lib/store/types';

/**
 * Every article reporting the happening: source, publication date, the date it gives the happening (the event is
 * drawn at the most precise of them), title, its own sentence, a link, and why it is the same.
 */
export function EventSources({ sources }: { sources: readonly EventSource[] }) {
  return (
    <section aria-labelledby="event-sources-heading" className="mt-4">
      <h3 id="event-sources-heading" className="text-sm font-semibold text-gray-800 dark:text-gray-200">
        Reported by {sources.length} sources
      </h3>
      <ol className="mt-2 space-y-3">
        {sources.map((source) => (
          <li key={source.id} className="border-l-2 border-gray-300 pl-3 dark:border-gray-700">
            <p className="text-sm text-gray-600 dark:text-gray-400">
              {source.article.source ?? 'Unknown source'}
              {source.article.published ? `, published ${source.article.published}` : ', publication date unknown'}
              {source.start && source.end && source.precision ? `; dates it ${describeDate(source.start, source.end, source.precision)}` : ''}
            </p>
            <p className="mt-1 text-gray-800 dark:text-gray-200">{source.evidence}</p>
            {source.reasons && <p className="mt-1 text-xs text-gray-600 dark:text-gray-400">{explain(source.reasons)}</p>}
            <Link href={`/articles/${encodeURIComponent(source.article.id)}`} className={`mt-1 inline-block text-sm font-medium text-blue-700 underline dark:text-blue-300 ${focusRing}`}>
              {source.article.title ?? `Article from ${source.article.source ?? 'an unknown source'}`}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Same happening: same day (15 June 2025); both name Straits Forum, Xiamen; both say opened; 45% of words shared." */
export function explain(reasons: MergeReasons): string {
  const parts = [`same ${reasons.date.precision} (${describeDate(reasons.date.start, reasons.date.end, reasons.date.precision)})`];
  if (reasons.participants.length > 0) parts.push(`both name ${reasons.participants.join(', ')}`);
  if (reasons.actions.length > 0) parts.push(`both say ${reasons.actions.join(', ')}`);
  parts.push(`${Math.round(reasons.wording * 100)}% of words shared`);
  return `Same happening: ${parts.join('; ')}.`;
}
