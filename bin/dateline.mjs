#!/usr/bin/env node
// The `dateline` command. The code is TypeScript, so tsx's loader is registered before it is imported.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
