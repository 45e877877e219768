/**
 * Narrative text without the Markdown marks a text pasted from a converted Word file may carry
 * (headings `#####`, bold `**…**`, emphasis `*…*`), so the document reads as written.
 *
 * @example
 * plainText('(*trong đó có Sở Ngoại vụ*)\n\n##### **\n\nTiếp theo') // '(trong đó có Sở Ngoại vụ)\n\nTiếp theo'
 */
export function plainText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[\s#*]+$/.test(line) || line.trim() === '')
    .map((line) => line.replace(/^#+\s+/, '').replace(/\*{1,2}([^*\n]+?)\*{1,2}/g, '$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
