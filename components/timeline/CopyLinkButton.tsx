'use client';
import { useState } from 'react';
import { buttonClass } from '@/components/ui/styles';

/** Copies the page's URL, which holds the whole view (filters, window, lanes, selection). */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Copy failed: copy the address bar instead');
    }
  };
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={buttonClass} onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="text-sm text-gray-600 dark:text-gray-400">
        {status}
      </span>
    </div>
  );
}
