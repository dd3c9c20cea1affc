import { FilterParamError } from '@/lib/filters/errors';
import { getStore } from '@/lib/store';
import { notFound } from '../../_shared/respond';

export const dynamic = 'force-dynamic';

/**
 * One event with its article and every report of its happening (article, source, date, evidence, why merged):
 * the details panel lists them, and a shared link can open an event outside the loaded window.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) {
    const error = new FilterParamError('id', `"${id}" is not an event id (a positive whole number)`);
    return Response.json(error.toJSON(), { status: 400 });
  }
  const event = await (await getStore()).getEvent(Number(id));
  return event ? Response.json(event) : notFound(`event ${id}`);
}
