'use client';
import { focusRing } from '@/components/ui/styles';
import { LANE_GROUPINGS, type LaneGrouping } from '@/lib/filters/params';

const LABELS: Record<LaneGrouping, string> = { none: 'One lane', region: 'By region', country: 'By country', topic: 'By topic' };

/** Chooses how the timeline is split into lanes. */
export function LaneSelect({ value, onChange }: { value: LaneGrouping; onChange: (value: LaneGrouping) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      Lanes
      <select
        className={`rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900 ${focusRing}`}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as LaneGrouping)}
      >
        {LANE_GROUPINGS.map((grouping) => (
          <option key={grouping} value={grouping}>
            {LABELS[grouping]}
          </option>
        ))}
      </select>
    </label>
  );
}
