// The JSONL field-mapping options shared by `batch` and `enqueue`.
import type { Command } from 'commander';

/** Record fields, each mappable to another (dotted) path in the JSONL input. */
const FIELDS: readonly [flag: string, what: string, dflt: string][] = [
  ['--text-field <path>', 'JSONL field holding plain text (dotted paths allowed)', 'text'],
  ['--html-field <path>', 'JSONL field holding HTML', 'html'],
  ['--id-field <path>', 'JSONL field holding the record id', 'id'],
  ['--url-field <path>', 'JSONL field holding the article URL', 'url'],
  ['--outlet-field <path>', 'JSONL field holding the outlet name', 'outlet'],
  ['--date-field <path>', 'JSONL field holding the publication date', 'publishedAt'],
  ['--title-field <path>', 'JSONL field holding the headline', 'title'],
];

export function addFieldOptions(cmd: Command): Command {
  for (const [flag, what, dflt] of FIELDS) cmd.option(flag, what, dflt);
  return cmd;
}
