import { ref, type Ref } from 'vue';
import { errorCodeOf, type DownloadedFile } from '../http/http.js';
import { useErrorText } from '../http/error-reason.js';
import { downloadBlob } from './download.js';

export interface FileDownload<K extends string> {
  /** Which file is being made, null when none: its button says so and the others wait. */
  making: Readonly<Ref<K | null>>;
  /** What went wrong with the last download, in words; null otherwise. */
  failure: Readonly<Ref<string | null>>;
  /** Fetches a file the API makes and saves it under its name; one at a time. */
  download: (kind: K, fetch: () => Promise<DownloadedFile>) => Promise<void>;
}

/**
 * Downloading a file the API makes (a Word document, an Excel workbook): which one is on its way,
 * and the failure said in words with `failed(reason)`.
 */
export function useFileDownload<K extends string>(failed: (reason: string) => string): FileDownload<K> {
  const making = ref<K | null>(null) as Ref<K | null>;
  const failure = ref<string | null>(null);
  const { reason } = useErrorText();
  async function download(kind: K, fetch: () => Promise<DownloadedFile>): Promise<void> {
    if (making.value) return;
    making.value = kind;
    failure.value = null;
    try {
      const file = await fetch();
      downloadBlob(file.blob, file.fileName);
    } catch (error) {
      failure.value = failed(reason(errorCodeOf(error)));
    } finally {
      making.value = null;
    }
  }
  return { making, failure, download };
}
