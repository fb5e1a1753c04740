/** A text in Danish (the default) and English. */
export interface LocalizedText {
  da: string;
  en: string;
}

export type Locale = keyof LocalizedText;
