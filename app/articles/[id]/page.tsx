import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleText } from '@/components/article/ArticleText';
import { focusRing } from '@/components/ui/styles';
import { countryName } from '@/lib/nlp/places/regions';
import { getStore } from '@/lib/store';
import { formatEventDate } from '@/lib/timeline/format';
import { articleHeadline } from '@/lib/timeline/headline';

export const dynamic = 'force-dynamic';

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const article = await (await getStore()).getArticle(decodeURIComponent(id));
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <Link href="/" className={`text-sm text-blue-700 underline dark:text-blue-300 ${focusRing}`}>
        ← Back to the timeline
      </Link>
      <h1 className="text-2xl font-semibold">{articleHeadline(article)}</h1>
      <p className="text-sm text-gray-600 dark:text-gray-400">
        {article.source ?? 'Unknown source'} · {article.published ? `published ${article.published}` : 'publication date unknown'}
        {article.countries.length > 0 && ` · ${article.countries.map(countryName).join(', ')}`}
        {article.topics.length > 0 && ` · ${article.topics.join('; ')}`}
        {article.url && /^https?:\/\//i.test(article.url) && (
          <>
            {' · '}
            <a href={article.url} className="underline" rel="noopener noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <p className="text-sm text-gray-600 dark:text-gray-400">
        Highlighted: {article.timexes.length} temporal expressions. Hover or focus one to see its resolved value.
      </p>
      <ArticleText text={article.text} timexes={article.timexes} />
      {article.events.length > 0 && (
        <section aria-labelledby="article-events">
          <h2 id="article-events" className="mt-6 text-lg font-semibold">
            Events in this article
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {article.events.map((event) => (
              <li key={event.id}>
                <span className="font-medium">
                  {event.start && event.end && event.precision ? formatEventDate(event.start, event.end, event.precision) : 'undated'}
                </span>
                {' — '}
                {event.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
