import { type CallHandler, type ExecutionContext, HttpException, Injectable, type NestInterceptor } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError } from '../../common/errors/app-error.js';

/** The form field that carries the files. */
export const IMPORT_FILES_FIELD = 'files';
/** The most files one upload takes. */
export const MAX_IMPORT_FILES = 20;
/** The largest file an import takes: a report in Word, with its tables and a scanned signature, is a few MB at most. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** One file as multer keeps it in memory. */
export interface UploadedReportFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The names of the files of a request in the order they arrived, to say which one was too large. */
const namesSeen = new WeakMap<Request, string[]>();

const Multer = FilesInterceptor(IMPORT_FILES_FIELD, MAX_IMPORT_FILES, {
  limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: MAX_IMPORT_FILES, fields: 0 },
  // Browsers send a file's name as UTF-8 (Vietnamese names: "Báo cáo 9 tháng.docx").
  defParamCharset: 'utf8',
  fileFilter: (request: Request, file: { originalname: string }, accept: (error: Error | null, acceptFile: boolean) => void) => {
    namesSeen.set(request, [...(namesSeen.get(request) ?? []), file.originalname]);
    accept(null, true);
  },
});

/**
 * Receives the files of `POST /api/imports` (multipart/form-data, field `files`) into memory with
 * multer, within the limits above, and turns multer's refusals into the import's error codes, the
 * file named: too large (IMPORT_TOO_LARGE), too many (IMPORT_TOO_MANY_FILES), a file in another
 * field or a text field (VALIDATION_FAILED). A request that is not multipart passes with no files.
 */
@Injectable()
export class ImportFilesInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw toImportError(error, namesSeen.get(request) ?? []);
    } finally {
      namesSeen.delete(request);
    }
  }
}

interface MulterError {
  code: string;
  field?: string;
  filename?: string;
}

function multerErrorOf(error: unknown): MulterError | null {
  const cause = error instanceof HttpException ? (error.cause as Partial<MulterError> | undefined) : undefined;
  return typeof cause?.code === 'string' ? (cause as MulterError) : null;
}

function toImportError(error: unknown, names: readonly string[]): unknown {
  const multer = multerErrorOf(error);
  if (!multer) return error;
  switch (multer.code) {
    case 'LIMIT_FILE_SIZE': {
      const name = multer.filename ?? names.at(-1) ?? '';
      const index = names.lastIndexOf(name);
      return new AppError('IMPORT_TOO_LARGE', `The file "${name}" is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.`, [
        { path: index >= 0 ? `${IMPORT_FILES_FIELD}.${index}` : IMPORT_FILES_FIELD, message: `${name}: larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` },
      ]);
    }
    case 'LIMIT_FILE_COUNT':
      return tooManyFiles();
    case 'LIMIT_UNEXPECTED_FILE':
      if (multer.field === IMPORT_FILES_FIELD) return tooManyFiles();
      return new AppError('VALIDATION_FAILED', `Send the files in the form field "${IMPORT_FILES_FIELD}".`, [
        { path: `body.${multer.field ?? ''}`, message: `Unexpected file field: the files go in "${IMPORT_FILES_FIELD}"` },
      ]);
    case 'LIMIT_FIELD_COUNT':
      return new AppError('VALIDATION_FAILED', `The form takes files only, in the field "${IMPORT_FILES_FIELD}".`, [
        { path: 'body', message: 'Unexpected text field' },
      ]);
    default:
      return error;
  }
}

function tooManyFiles(): AppError {
  return new AppError('IMPORT_TOO_MANY_FILES', `At most ${MAX_IMPORT_FILES} files can be uploaded at a time.`, [
    { path: IMPORT_FILES_FIELD, message: `At most ${MAX_IMPORT_FILES} files` },
  ]);
}
