'use client';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { HighlightedText } from '@/components/ui/HighlightedText';
import { buttonClass, focusRing } from '@/components/ui/styles';
import { formatEventDate } from '@/lib/timeline/format';
import { locateInSentence } from '@/lib/timeline/segments';
import type { StoredEvent } from '@/lib/store/types';
import { EventSources } from './EventSources';
import { useEventSources } from './useEventSources';

/**
 * The selected event: summary, date at its precision, the evidence with its temporal expression marked, source;
 * when several articles report the happening, each of them with its own sentence and why it is the same.
 */
export function EventDetails({ event, onClose }: { event: StoredEvent; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [event.id]);

  const where = locateInSentence(event.evidence, event.evidenceStart, event.timex);
  const { article } = event;
  const sources = useEventSources(event);
  return (
    <section
      aria-label="Event details"
      className="rounded-lg border border-gray-200 bg-gray-50 p-4 dark:border-gray-800 dark:bg-gray-900"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 ref={headingRef} tabIndex={-1} className={`text-lg font-semibold ${focusRing}`}>
          {event.summary}
        </h2>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        {event.start && event.end && event.precision
          ? formatEventDate(event.start, event.end, event.precision)
          : 'Date unknown: the article has no publication date to resolve it against'}
      </p>
      <blockquote className="mt-3 border-l-4 border-amber-400 pl-3 text-gray-800 dark:text-gray-200">
        <HighlightedText text={event.evidence} ranges={where ? [{ ...where, data: event.value }] : []} />
      </blockquote>
      {sources ? (
        <EventSources sources={sources} />
      ) : (
        <>
          <p className="mt-3 text-sm text-gray-600 dark:text-gray-400">
            {article.source ?? 'Unknown source'}
            {article.published ? `, published ${article.published}` : ', publication date unknown'}
            {article.title ? ` — ${article.title}` : ''}
            {event.sourceCount > 1 ? ` (and ${event.sourceCount - 1} more)` : ''}
          </p>
          <Link href={`/articles/${encodeURIComponent(article.id)}`} className={`mt-2 inline-block text-sm font-medium text-blue-700 underline dark:text-blue-300 ${focusRing}`}>
            Read the article
          </Link>
        </>
      )}
    </section>
  );
}
