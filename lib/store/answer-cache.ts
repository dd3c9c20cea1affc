// Answers to recent read queries, kept until the data changes: a dashboard asks the same few views again
// and again (every visitor of a shared link), and between writes their answers cannot change. Concurrent
// askers of one query share one computation. Each caller gets its own copy, free to change it.
const DEFAULT_SIZE = 64;

export class AnswerCache {
  private version = -1;
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly size = DEFAULT_SIZE) {}

  /** The answer to `query` at data `version`, computed once per version (least recently used dropped first). */
  async remember<T>(query: unknown, version: number, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    const key = JSON.stringify(query);
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (answer) {
      this.answers.delete(key);
    } else {
      answer = compute();
      // A failed computation is not remembered.
      answer.catch(() => this.answers.delete(key));
      if (this.answers.size >= this.size) this.answers.delete(this.answers.keys().next().value as string);
    }
    this.answers.set(key, answer);
    return structuredClone(await answer);
  }
}
