import type { Metadata } from 'next';
import Link from 'next/link';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import './globals.css';

export const metadata: Metadata = {
  title: 'Dateline',
  description: 'News events on a timeline, dated at the precision the text gives.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        <header className="border-b border-gray-200 dark:border-gray-800">
          <div className="mx-auto flex max-w-7xl items-baseline gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-blue-600">
              Dateline
            </Link>
            <p className="text-sm text-gray-600 dark:text-gray-400">News events, dated as precisely as the text allows</p>
            <nav aria-label="Main" className="ml-auto text-sm">
              <Link href="/add" className="text-blue-700 underline dark:text-blue-300 focus-visible:outline-2 focus-visible:outline-blue-600">
                Add articles
              </Link>
            </nav>
          </div>
        </header>
        <NuqsAdapter>
          <main className="mx-auto max-w-7xl px-4 py-4">{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
