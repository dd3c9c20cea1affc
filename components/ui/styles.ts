// Shared class lists, so controls look and focus alike everywhere.
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-300';

export const buttonClass = `rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-50 dark:border-gray-700 dark:bg-gray-900 dark:hover:bg-gray-800 ${focusRing}`;

export const inputClass = `w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900 ${focusRing}`;

export const labelClass = 'mb-1 block text-sm font-medium text-gray-700 dark:text-gray-300';
