'use client';
import { inputClass, labelClass } from '@/components/ui/styles';
import type { FilterOption } from '@/lib/filters/options';

const INDENT = '\u00a0\u00a0\u00a0';

/** A labelled native multiple select: keyboard and screen readers know it; counts sit beside each option. */
export function MultiSelect({
  id,
  label,
  options,
  selected,
  onChange,
}: {
  id: string;
  label: string;
  options: FilterOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const nested = options.some((option) => option.depth > 0);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        multiple
        size={8}
        className={inputClass}
        value={[...selected]}
        onChange={(e) => onChange(Array.from(e.currentTarget.selectedOptions, (option) => option.value))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} className={nested && option.depth === 0 ? 'font-semibold' : undefined}>
            {`${INDENT.repeat(option.depth)}${option.name} (${option.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
