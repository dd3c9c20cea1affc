/** An article's title, or for untitled articles the start of its first sentence (at most about 90 characters). */
export function articleHeadline(article: { title: string | null; text: string }): string {
  if (article.title?.trim()) return article.title.trim();
  const firstSentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(article.text.trim())?.[0] ?? article.text.trim();
  if (firstSentence.length <= 90) return firstSentence;
  const cut = firstSentence.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
