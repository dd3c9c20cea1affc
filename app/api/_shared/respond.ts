import { FilterParamError } from '@/lib/filters/errors';

/** Runs a handler; a bad parameter becomes 400 `{ error: { param, message } }`, anything else propagates as 500. */
export async function respond(handler: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await handler());
  } catch (error) {
    if (error instanceof FilterParamError) return Response.json(error.toJSON(), { status: 400 });
    throw error;
  }
}

export function notFound(what: string): Response {
  return Response.json({ error: { param: 'id', message: `${what} not found` } }, { status: 404 });
}
