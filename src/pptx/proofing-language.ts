/** PowerPoint names a language with its region: "vi" → "vi-VN". */
export function proofingLanguage(lang: string): string {
  if (lang.includes('-')) return lang;
  const regions: Record<string, string> = { vi: 'vi-VN', en: 'en-US', fr: 'fr-FR', de: 'de-DE' };
  return regions[lang] ?? lang;
}
