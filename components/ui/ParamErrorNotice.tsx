import Link from 'next/link';
import type { FilterParamError } from '@/lib/filters/errors';

/** A readable page for a URL whose parameter cannot be read, instead of a blank chart. */
export function ParamErrorNotice({ error }: { error: FilterParamError }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">This link has a parameter Dateline cannot read: “{error.param}”.</p>
      <p className="mt-1 text-sm">{error.toJSON().error.message}</p>
      <Link href="/" className="mt-2 inline-block text-sm underline">
        Open the dashboard without filters
      </Link>
    </div>
  );
}
