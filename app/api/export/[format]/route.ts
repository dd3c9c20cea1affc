import type { NextRequest } from 'next/server';
import { parseEventsQuery } from '@/lib/filters/api-query';
import { FilterParamError } from '@/lib/filters/errors';
import { getStore } from '@/lib/store';
import { EXPORT_FORMATS, exportFormat } from '@/lib/timeline/exchange';

export const dynamic = 'force-dynamic';

const EXPORT_LIMIT = 5000;

/** The filtered selection as a file: csv, json, timelinejs (Knight Lab TimelineJS) or ics (iCalendar). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  try {
    const { format: name } = await params;
    const format = exportFormat(name);
    if (!format) throw new FilterParamError('format', `expected one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
    const searchParams = request.nextUrl.searchParams;
    if (!searchParams.has('limit')) searchParams.set('limit', String(EXPORT_LIMIT));
    const { view, limit, offset } = parseEventsQuery(searchParams);
    const { events } = await (await getStore()).listEvents({ filter: view.filter, salientOnly: !view.all, limit, offset });
    const body = format.write(events, { title: 'Dateline events', generated: new Date() });
    return new Response(body, {
      headers: {
        'Content-Type': format.contentType,
        'Content-Disposition': `attachment; filename="dateline-events.${format.extension}"`,
      },
    });
  } catch (error) {
    if (error instanceof FilterParamError) return Response.json(error.toJSON(), { status: 400 });
    throw error;
  }
}
