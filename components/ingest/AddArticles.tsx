'use client';
import Link from 'next/link';
import { useRef, useState, useSyncExternalStore } from 'react';
import { buttonClass, inputClass, labelClass } from '@/components/ui/styles';
import type { IngestProgress, IngestSummary } from '@/lib/ingest/pipeline';
import type { Rejection } from '@/lib/ingest/types';
import { type Preview, type PreviewArticle, requestPreview, storeArticles } from './ingest-client';
import { PreviewTable } from './PreviewTable';

type Stage =
  | { kind: 'input' }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'storing'; articles: PreviewArticle[]; progress: IngestProgress | null }
  | { kind: 'done'; summary: IngestSummary; cancelled: boolean };

const FORMATS = '.txt,.json,.jsonl,.ndjson,.csv,.html,.htm,.xml,.rss,.atom,.sgm';
/** Suggestions for the language field; any BCP 47 tag is accepted (the server checks it). */
const LANGUAGES = [
  ['en-US', 'English (US)'], ['en-GB', 'English (UK)'], ['en-AU', 'English (Australia)'], ['en-IN', 'English (India)'],
  ['fr', 'French'], ['de', 'German'], ['es', 'Spanish'],
] as const;

/** Paste or drop articles, check what was found and their dates, then store them with progress and cancel. */
export function AddArticles({ tokenRequired }: { tokenRequired: boolean }) {
  const [stage, setStage] = useState<Stage>({ kind: 'input' });
  const [dropped, setDropped] = useState<File[]>([]);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The form works once React runs it: until then Preview stays disabled (typed text is kept, as the
  // fields are read from the form itself when it is sent).
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const cancel = useRef<AbortController | null>(null);

  const preview = async (fields: FormData) => {
    setError(null);
    const form = new FormData();
    for (const file of [...fields.getAll('files'), ...dropped]) if (file instanceof File && file.name) form.append('files', file);
    form.set('text', String(fields.get('text') ?? ''));
    for (const name of ['published', 'language']) if (String(fields.get(name) ?? '').trim()) form.set(name, String(fields.get(name)).trim());
    if (form.getAll('files').length === 0 && String(form.get('text')).trim() === '') {
      setError('Nothing to read: paste articles or add files.');
      return;
    }
    const token = String(fields.get('token') ?? '');
    setToken(token);
    setBusy(true);
    try {
      setStage({ kind: 'preview', preview: await requestPreview(form, token) });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const store = async (articles: PreviewArticle[]) => {
    setError(null);
    const controller = new AbortController();
    cancel.current = controller;
    setStage({ kind: 'storing', articles, progress: null });
    try {
      const summary = await storeArticles(articles, token, (progress) => setStage({ kind: 'storing', articles, progress }), controller.signal);
      setStage({ kind: 'done', summary, cancelled: false });
    } catch (failure) {
      if (controller.signal.aborted) {
        setStage({ kind: 'done', summary: { stored: 0, duplicates: 0, rejected: [] }, cancelled: true });
      } else {
        setError((failure as Error).message);
        setStage({ kind: 'preview', preview: { articles, rejected: [] } });
      }
    }
  };

  const setDate = (index: number, date: string | null) => {
    if (stage.kind !== 'preview') return;
    const articles = stage.preview.articles.map((a, i) => (i === index ? { ...a, published: date } : a));
    setStage({ kind: 'preview', preview: { ...stage.preview, articles } });
  };

  return (
    <div className="space-y-4">
      {error && <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p>}
      {stage.kind === 'input' && (
        <form className="space-y-3" onSubmit={(event) => { event.preventDefault(); void preview(new FormData(event.currentTarget)); }}>
          <div>
            <label htmlFor="paste" className={labelClass}>Paste articles</label>
            <textarea id="paste" name="text" rows={8} className={inputClass}
              placeholder="One or more articles; separate them with a line of ---" />
          </div>
          <div
            className="rounded-md border-2 border-dashed border-gray-300 p-3 dark:border-gray-700"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              setDropped((current) => [...current, ...Array.from(event.dataTransfer.files)]);
            }}
          >
            <label htmlFor="files" className={labelClass}>Files (or drop them here)</label>
            <input id="files" name="files" type="file" multiple accept={FORMATS} className="text-sm" />
            {dropped.length > 0 && <p className="mt-1 text-xs text-gray-600 dark:text-gray-400">Dropped: {dropped.map((f) => f.name).join(', ')}</p>}
          </div>
          <div className="flex flex-wrap gap-4">
            <div>
              <label htmlFor="published" className={labelClass}>Publication date for articles without one</label>
              <input id="published" name="published" type="date" className={inputClass} />
            </div>
            <div>
              <label htmlFor="language" className={labelClass}>Language of articles without one</label>
              <input id="language" name="language" list="languages" placeholder="en-US" aria-describedby="language-help"
                autoComplete="off" className={inputClass} />
              <datalist id="languages">
                {LANGUAGES.map(([tag, name]) => <option key={tag} value={tag}>{name}</option>)}
              </datalist>
              <p id="language-help" className="mt-1 text-xs text-gray-600 dark:text-gray-400">A language tag: en-GB reads 5/7/2019 as 5 July, en-US as May 7.</p>
            </div>
            {tokenRequired && (
              <div>
                <label htmlFor="token" className={labelClass}>Write token</label>
                <input id="token" name="token" type="password" autoComplete="off" className={inputClass} defaultValue={token} />
              </div>
            )}
          </div>
          <button type="submit" className={buttonClass} disabled={!ready || busy}>Preview</button>
        </form>
      )}
      {stage.kind === 'preview' && (
        <section aria-labelledby="found" className="space-y-3">
          <h2 id="found" className="text-lg font-semibold">{articlesLabel(stage.preview.articles.length)} found</h2>
          <PreviewTable articles={stage.preview.articles} onDate={setDate} />
          <Refusals rejected={stage.preview.rejected} />
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={() => setStage({ kind: 'input' })}>Back</button>
            <button type="button" className={buttonClass} disabled={stage.preview.articles.length === 0}
              onClick={() => void store(stage.preview.articles)}>Store {articlesLabel(stage.preview.articles.length)}</button>
          </div>
        </section>
      )}
      {stage.kind === 'storing' && (
        <section aria-labelledby="storing" className="space-y-2">
          <h2 id="storing" className="text-lg font-semibold">Storing articles</h2>
          <progress className="w-full" aria-labelledby="storing" max={stage.articles.length} value={stage.progress?.done ?? 0} />
          <p role="status">{stage.progress?.done ?? 0} of {stage.articles.length} articles done</p>
          <button type="button" className={buttonClass} onClick={() => cancel.current?.abort()}>Cancel</button>
        </section>
      )}
      {stage.kind === 'done' && (
        <section aria-labelledby="result" className="space-y-2">
          <h2 id="result" className="text-lg font-semibold">{stage.cancelled ? 'Cancelled' : 'Done'}</h2>
          <p role="status">
            {stage.cancelled
              ? 'Stopped: the articles stored before cancelling are kept whole; the others were not stored.'
              : `Stored ${stage.summary.stored}, skipped ${stage.summary.duplicates} already stored, refused ${stage.summary.rejected.length}.`}
          </p>
          <Refusals rejected={stage.summary.rejected} />
          <div className="flex gap-2">
            <Link href="/" className={buttonClass}>Open the timeline</Link>
            <button type="button" className={buttonClass} onClick={() => setStage({ kind: 'input' })}>Add more</button>
          </div>
        </section>
      )}
    </div>
  );
}

/** Nothing to subscribe to: the store above only tells server (and hydration) render from client render. */
function noSubscription(): () => void {
  return () => {};
}

function articlesLabel(count: number): string {
  return `${count} article${count === 1 ? '' : 's'}`;
}

function Refusals({ rejected }: { rejected: readonly Rejection[] }) {
  if (rejected.length === 0) return null;
  return (
    <section aria-labelledby="refused">
      <h3 id="refused" className="font-medium">Refused</h3>
      <ul className="list-disc pl-5 text-sm">
        {rejected.map((r, i) => (
          <li key={i}>{r.file}{r.line !== null ? `:${r.line}` : ''}{r.record > 0 ? ` (record ${r.record})` : ''}: {r.message}</li>
        ))}
      </ul>
    </section>
  );
}
