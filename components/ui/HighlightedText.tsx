import { segmentText, type Range } from '@/lib/timeline/segments';

/** Text with <mark> around the given ranges, built from text nodes only. */
export function HighlightedText<T>({
  text,
  ranges,
  renderMark = (segmentText) => <mark className="rounded bg-amber-200 px-0.5 text-gray-950">{segmentText}</mark>,
}: {
  text: string;
  ranges: readonly Range<T>[];
  renderMark?: (text: string, range: Range<T>, index: number) => React.ReactNode;
}) {
  return (
    <>
      {segmentText(text, ranges).map((segment, index) =>
        segment.range ? (
          <span key={index}>{renderMark(segment.text, segment.range, index)}</span>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
