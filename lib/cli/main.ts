// The `dateline` command: dispatches to one module per subcommand, loaded only when used.
import { USAGE } from './help';
import { UsageError } from './options';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  ingest: async () => (await import('./ingest')).run,
  extract: async () => (await import('./extract')).run,
  timeml: async () => (await import('./timeml')).main,
  enqueue: async () => (await import('./jobs')).enqueue,
  worker: async () => (await import('./jobs')).worker,
  help: async () => (await import('./help')).run,
};

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const load = name === undefined || name === '--help' || name === '-h' ? COMMANDS.help : COMMANDS[name];
  try {
    if (!load) throw new UsageError(`unknown command "${name}"`);
    return await (await load())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dateline: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`dateline ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}
