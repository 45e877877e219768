import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AGENCY_CODES, extractReport, type LocalizedText } from '@cchc/domain';
import { isReportTextError, readReportText, reportTextFormat, type ReportText } from '@cchc/report-text';
import { checkReport, formatCheck } from './check-report.js';
import { formatExtraction } from './format.js';
import { isLang, MESSAGES, type Lang } from './messages.js';

/** Exit codes: success; `check` found an error; usage or file error; unexpected error (a bug). */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, UNEXPECTED: 3 } as const;

/** Where the command line reads and writes; replaced in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
};

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'agency-codes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A usage or file error: its message in both languages, printed in the chosen one. */
class CliError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

interface Invocation {
  command: string | undefined;
  files: string[];
  json: boolean;
  help: boolean;
  lang: Lang;
  /** `--agency-codes`: agency codes known besides `DEFAULT_AGENCY_CODES`, as the API adds its agencies'. */
  agencyCodes: string[] | undefined;
}

/** The language asked for, read leniently so that even a usage error is written in it. */
function requestedLang(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? undefined : argv[at]?.includes('=') ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  return isLang(value) ? value : 'vi';
}

function parse(argv: readonly string[]): Invocation {
  const lang = requestedLang(argv);
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) throw new CliError(MESSAGES.unknownOption(token.rawName));
    const takesValue = OPTIONS[token.name as keyof typeof OPTIONS].type === 'string';
    if (!takesValue && token.value !== undefined) throw new CliError(MESSAGES.optionTakesNoValue(token.rawName));
    // "--agency-codes --lang en": the next option is not a value.
    if (takesValue && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new CliError(token.name === 'lang' ? MESSAGES.badLang(undefined) : MESSAGES.badAgencyCodes);
    }
  }
  if (values.lang !== undefined && !isLang(values.lang)) {
    throw new CliError(MESSAGES.badLang(typeof values.lang === 'string' ? values.lang : undefined));
  }
  const codes = values['agency-codes'];
  if (codes !== undefined && (typeof codes !== 'string' || codes.split(',').every((code) => code.trim() === ''))) {
    throw new CliError(MESSAGES.badAgencyCodes);
  }
  // As the API does: the known codes and the ones given.
  const agencyCodes = codes === undefined ? undefined : [...new Set([...DEFAULT_AGENCY_CODES, ...codes.split(',').map((c) => c.trim()).filter((c) => c !== '')])];
  const [command, ...files] = positionals;
  return { command, files, json: values.json === true, help: values.help === true, lang, agencyCodes };
}

/** The file's bytes, as text; a file that cannot be read is a CliError. */
async function readReport(path: string, io: CliIo): Promise<ReportText & { name: string }> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') throw new CliError(MESSAGES.fileNotFound(path));
    if (code === 'EISDIR') throw new CliError(MESSAGES.fileIsFolder(path));
    throw new CliError(MESSAGES.fileNotRead(path, code));
  }
  try {
    return { ...(await readReportText(bytes, name)), name };
  } catch (error) {
    if (!isReportTextError(error)) throw error;
    switch (error.code) {
      case 'IMPORT_FORMAT':
        throw new CliError(MESSAGES.importFormat(name));
      case 'IMPORT_UNREADABLE':
        throw new CliError(reportTextFormat(name) === 'docx' ? MESSAGES.importUnreadableDocx(name) : MESSAGES.importUnreadableText(name));
      case 'IMPORT_EMPTY':
        throw new CliError(MESSAGES.importEmpty(name));
    }
  }
}

async function run(invocation: Invocation, io: CliIo): Promise<number> {
  const { command, files, json, lang, agencyCodes } = invocation;
  const options = agencyCodes ? { agencyCodes } : {};
  if (invocation.help || command === 'help') {
    io.stdout(`${MESSAGES.usage[lang]}\n`);
    return EXIT.OK;
  }
  if (command === undefined) {
    io.stderr(`cchc: ${MESSAGES.noCommand[lang]}\n\n${MESSAGES.usage[lang]}\n`);
    return EXIT.USAGE;
  }
  if (command !== 'extract' && command !== 'check') throw new CliError(MESSAGES.unknownCommand(command));
  const [path, ...more] = files;
  if (path === undefined) throw new CliError(MESSAGES.noFile(command));
  if (more.length > 0) throw new CliError(MESSAGES.tooManyFiles(command));
  const report = await readReport(path, io);

  if (command === 'extract') {
    const extraction = extractReport(report.text, options);
    io.stdout(json ? `${JSON.stringify(extraction, null, 2)}\n` : formatExtraction(extraction, report, lang));
    return EXIT.OK;
  }
  const check = checkReport(report.text, options);
  io.stdout(json ? `${JSON.stringify(check, null, 2)}\n` : formatCheck(check, lang));
  return check.findings.some((f) => f.severity === 'error') ? EXIT.FINDINGS : EXIT.OK;
}

/**
 * Runs `cchc` with its arguments (without `node` and the script) and returns the exit code.
 * Usage and file errors are written to stderr in the chosen language (Vietnamese by default).
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const lang = requestedLang(argv);
  try {
    return await run(parse(argv), io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`cchc: ${error.text[lang]}\n${MESSAGES.seeHelp[lang]}\n`);
      return EXIT.USAGE;
    }
    io.stderr(`cchc: ${MESSAGES.unexpected[lang]}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.UNEXPECTED;
  }
}
