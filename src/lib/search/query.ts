/**
 * A typed query as the words and quoted phrases it holds, so each can be
 * highlighted on its own on the opened page: "Kerry Lavrov" marks Kerry and
 * Lavrov wherever each stands; `"Nusra Front"` marks the phrase.
 */
export interface ParsedQuery {
  words: string[];
  phrases: string[];
}

/** A phrase in straight or typographic double quotes. */
const QUOTED = /["“”„]([^"“”„]*)["“”„]?/g;
/** Punctuation at either end of a word is no part of it ("Kerry," "(ISIS)"). */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function parseQuery(text: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = text.replace(QUOTED, (_match, phrase: string) => {
    const tidy = phrase.trim().replace(/\s+/g, ' ');
    if (tidy) phrases.push(tidy);
    return ' ';
  });
  const words = rest
    .split(/\s+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  return { words: uniqueIgnoringCase(words), phrases: uniqueIgnoringCase(phrases) };
}

/** What the opened page should mark: each phrase whole, then each word. */
export function highlightTerms(query: string): string[] {
  const { words, phrases } = parseQuery(query);
  return uniqueIgnoringCase([...phrases, ...words]);
}

function uniqueIgnoringCase(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
