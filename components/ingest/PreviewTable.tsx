'use client';
import { inputClass } from '@/components/ui/styles';
import type { PreviewArticle } from './ingest-client';

/** The articles found, one row each, with a date field to set or correct its publication date. */
export function PreviewTable({ articles, onDate }: { articles: readonly PreviewArticle[]; onDate: (index: number, date: string | null) => void }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Articles found</caption>
      <thead>
        <tr className="border-b border-gray-200 dark:border-gray-800">
          <th scope="col" className="py-1 pr-2">Article</th>
          <th scope="col" className="py-1 pr-2">From</th>
          <th scope="col" className="py-1 pr-2">Published</th>
          <th scope="col" className="py-1 text-right">Characters</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article, index) => {
          const name = article.title ?? article.text.slice(0, 80);
          return (
            <tr key={`${article.file}:${article.record}`} className="border-b border-gray-100 align-top dark:border-gray-900">
              <td className="py-1 pr-2">{name}</td>
              <td className="py-1 pr-2 text-gray-600 dark:text-gray-400">{article.file}, record {article.record}</td>
              <td className="py-1 pr-2">
                <input
                  type="date"
                  className={inputClass}
                  aria-label={`Publication date of ${name}`}
                  value={article.published ?? ''}
                  onChange={(event) => onDate(index, event.target.value || null)}
                />
                {!article.published && <span className="text-xs text-amber-700 dark:text-amber-300">No date: relative dates stay unresolved</span>}
              </td>
              <td className="py-1 text-right tabular-nums">{article.text.length}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
