import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';

/** LibreOffice opens, converts and closes in a few seconds; a stuck one is stopped after this. */
const CONVERSION_TIMEOUT_MS = 120_000;

/**
 * The LibreOffice program to convert with: the one configured (SOFFICE_PATH, `none` to turn PDF
 * off), else `soffice` or `libreoffice` on the PATH, else none.
 */
export function findSoffice(configured: string | null | undefined, path: string = process.env.PATH ?? ''): string | null {
  if (configured === 'none') return null;
  if (configured) return configured;
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not here; try the next.
      }
    }
  }
  return null;
}

/**
 * Word to PDF with LibreOffice where the server has it (`soffice --headless --convert-to pdf`).
 * One conversion at a time, each with a profile of its own in a temporary folder, so
 * conversions never share LibreOffice's lock and a server never runs several copies of it.
 */
@Injectable()
export class PdfConverter {
  private readonly logger = new Logger(PdfConverter.name);
  private readonly soffice: string | null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.soffice = findSoffice(config.sofficePath);
  }

  get available(): boolean {
    return this.soffice !== null;
  }

  /** The PDF of a DOCX; 501 PDF_UNAVAILABLE where LibreOffice is not installed. */
  async toPdf(docx: Buffer): Promise<Buffer> {
    const soffice = this.soffice;
    if (soffice === null) {
      throw new AppError(
        'PDF_UNAVAILABLE',
        'This server cannot make PDF files: LibreOffice is not installed (see docs/operations.md). Download the Word file instead.',
      );
    }
    const next = this.queue.then(() => convert(soffice, docx));
    this.queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      this.logger.error(`PDF conversion failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new AppError('INTERNAL_ERROR', 'The PDF could not be made. Download the Word file instead.');
    });
  }
}

async function convert(soffice: string, docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: CONVERSION_TIMEOUT_MS, killSignal: 'SIGKILL' },
        (error, _stdout, stderr) => (error ? reject(new Error(`${error.message} ${stderr}`.trim())) : resolve()),
      );
    });
    return await readFile(join(dir, 'document.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
