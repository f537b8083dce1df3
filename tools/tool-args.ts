// Command-line options of the developer tools (train:ner, train:parc): --help prints the usage, and
// an unknown option or a number that is not one is a one-line error naming it (exit 2), never a stack.
import { parseArgs } from 'node:util';

export interface ToolArgs {
  str(name: string): string | undefined;
  /** the option as a number, or undefined when absent */
  num(name: string): number | undefined;
  flag(name: string): boolean;
}

/** `options`: each option's name and whether it takes a value (string) or not (boolean). */
export function toolArgs(tool: string, usage: string, options: Record<string, 'string' | 'boolean'>): ToolArgs {
  const fail = (message: string): never => {
    console.error(`${tool}: ${message.split('\n')[0]}\n${usage}`);
    process.exit(2);
  };
  let values: Record<string, string | boolean | (string | boolean)[] | undefined> = {};
  try {
    const spec = Object.fromEntries(Object.entries(options).map(([name, type]) => [name, { type }]));
    ({ values } = parseArgs({ options: { ...spec, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) { console.log(usage); process.exit(0); }
  const str = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] as string : undefined);
  return {
    str,
    num(name) {
      const v = str(name);
      if (v === undefined) return undefined;
      const n = Number(v);
      return Number.isFinite(n) && v.trim() !== '' ? n : fail(`--${name} must be a number (got ${v})`);
    },
    flag: (name) => values[name] === true,
  };
}
