// `dateline extract`: analyse articles and print one JSON object per article per line, storing nothing.
import { analysisInput } from '../ingest/pipeline';
import { readInputs } from '../ingest/read';
import { analyzeArticle } from '../nlp/analyze';
import type { ArticleAnalysis } from '../nlp/types';
import { derivedArticleId } from '../store/content-hash';
import type { ArticleRecord } from '../store/types';
import { UsageError, languageOption, parseCommand, publishedOption } from './options';
import { reportRejections } from './report';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { published: { type: 'string' }, language: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
  const { articles, rejected } = await readInputs(positionals, {
    published: publishedOption(values.published),
    language: languageOption(values.language),
  });
  for (const { article, ...location } of articles) {
    try {
      const analysis = analyzeArticle(analysisInput(article));
      process.stdout.write(`${JSON.stringify(extractLine(article, analysis))}\n`);
    } catch (error) {
      rejected.push({ ...location, message: `could not be analysed: ${(error as Error).message}` });
    }
  }
  reportRejections(rejected);
  return rejected.length > 0 ? 1 : 0;
}

export function extractLine(article: ArticleRecord, analysis: ArticleAnalysis) {
  return {
    id: article.id ?? derivedArticleId(article.text),
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    language: article.language,
    countries: analysis.countries,
    topics: analysis.topics,
    events: analysis.events.map((e) => ({
      summary: e.summary,
      evidence: e.evidence,
      timex: e.timex.text,
      start: e.start,
      end: e.end,
      precision: e.precision,
      value: e.value,
      salient: e.salient,
      unresolved: e.unresolved,
      countries: e.countries,
      topics: e.topics,
    })),
    timexes: analysis.timexes.map((t) => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value })),
  };
}
