import { getStore } from '@/lib/store';
import { notFound } from '../../_shared/respond';

export const dynamic = 'force-dynamic';

/** An article with its text, temporal expressions (character offsets into the text) and events. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const article = await (await getStore()).getArticle(id);
  return article ? Response.json(article) : notFound(`article "${id}"`);
}
