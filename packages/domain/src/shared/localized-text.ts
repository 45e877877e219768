/** Text a person reads, in Vietnamese (the default) and English. */
export interface LocalizedText {
  vi: string;
  en: string;
}
