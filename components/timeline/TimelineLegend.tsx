/** How precision is drawn: a dot for a day, bands for wider spans, faded dashes for approximate dates. */
export function TimelineLegend() {
  const entries = [
    { label: 'day', style: { background: 'var(--mark-day)', width: '0.55rem', borderRadius: '999px' } },
    { label: 'week–season', style: { background: 'var(--mark-span)' } },
    { label: 'year or longer', style: { background: 'var(--mark-long)' } },
    { label: 'approximate', style: { background: 'transparent', border: '1.5px dashed var(--mark-approx)' } },
  ];
  return (
    <ul aria-label="Legend" className="ml-auto flex flex-wrap gap-3 text-xs text-gray-600 dark:text-gray-400">
      {entries.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1">
          <span aria-hidden="true" className="legend-swatch" style={entry.style} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
