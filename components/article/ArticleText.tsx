import { HighlightedText } from '@/components/ui/HighlightedText';
import { focusRing } from '@/components/ui/styles';
import { formatEventDate } from '@/lib/timeline/format';
import type { Timex } from '@/lib/nlp/types';

function resolvedValue(timex: Timex): string {
  if (timex.unresolved) return `${timex.value} (unresolved: the article has no publication date)`;
  const interval = timex.interval ? ` = ${formatEventDate(timex.interval.start, timex.interval.end, timex.interval.precision)}` : '';
  return `${timex.type} ${timex.value}${interval}`;
}

/**
 * The article with every temporal expression marked. Each mark is focusable; its resolved value shows in a tooltip
 * on hover and keyboard focus and is its accessible description.
 */
export function ArticleText({ text, timexes }: { text: string; timexes: Timex[] }) {
  const ranges = timexes.map((timex) => ({ start: timex.start, end: timex.end, data: timex }));
  return (
    <div className="whitespace-pre-line leading-relaxed">
      <HighlightedText
        text={text}
        ranges={ranges}
        renderMark={(segment, range, index) => (
          <span className="group relative">
            <mark
              tabIndex={0}
              aria-describedby={`timex-${index}`}
              data-value={range.data.value}
              className={`rounded bg-amber-200 px-0.5 text-gray-950 ${focusRing}`}
            >
              {segment}
            </mark>
            <span
              role="tooltip"
              id={`timex-${index}`}
              className="pointer-events-none absolute bottom-full left-0 z-10 mb-1 hidden whitespace-nowrap rounded bg-gray-900 px-2 py-1 text-xs text-white group-hover:block group-focus-within:block dark:bg-gray-100 dark:text-gray-900"
            >
              {resolvedValue(range.data)}
            </span>
          </span>
        )}
      />
    </div>
  );
}
