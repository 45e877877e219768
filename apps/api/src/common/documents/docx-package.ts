import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The document's bytes, the same every time for the same content and moment: `docx` stamps the
 * time of packing into the package's properties and into every zip entry, so the package is
 * re-zipped with both set to `moment` (the report's last change, or the submission's time). A
 * reviewer and the agency downloading one snapshot then get one file, whose checksum they can
 * compare.
 */
export async function packDocument(document: Document, moment: Date): Promise<Buffer> {
  const files = unzipSync(await Packer.toBuffer(document));
  const stamp = moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`));
  }
  // Zip times start in 1980; a moment before that cannot be stored.
  const mtime = moment.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : moment;
  const entries: Zippable = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime, level: 6 }]]));
  return Buffer.from(zipSync(entries));
}
