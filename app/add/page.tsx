import { AddArticles } from '@/components/ingest/AddArticles';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Add articles · Dateline' };

export default function AddPage() {
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">Add articles</h1>
      <p className="text-sm text-gray-600 dark:text-gray-400">
        Paste text or add files: .txt (one or many articles), .json, .jsonl, .csv, saved web pages (.html), RSS and Atom
        feeds (.xml) and Reuters-21578 (.sgm). Check the articles found and their publication dates, then store them.
      </p>
      <AddArticles tokenRequired={Boolean(process.env.DATELINE_WRITE_TOKEN)} />
    </div>
  );
}
