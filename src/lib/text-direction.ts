/**
 * Which way a language is written, from its BCP 47 tag, for `dir`: Arabic,
 * Hebrew, Persian, Urdu… right to left. Intl.Locale knows (getTextInfo, or the
 * older textInfo getter) where the runtime has it; elsewhere the tag's likely
 * script decides, against the scripts written right to left.
 */

export type TextDirection = 'ltr' | 'rtl';

/** Unicode scripts (ISO 15924) written right to left that a news article may use. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

interface LocaleWithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

export function textDirection(tag: string): TextDirection {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'ltr'; // an invalid tag is the content checks' to report
  }
  const withInfo = locale as unknown as LocaleWithTextInfo;
  const direction = withInfo.getTextInfo?.().direction ?? withInfo.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const script = locale.maximize().script;
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
