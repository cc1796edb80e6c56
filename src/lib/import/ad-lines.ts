/**
 * Lines that come from the page around an article, not the article: ad
 * widgets and link farms ("Trending Now", "Sponsored Links by Taboola",
 * "More from Foreign Policy", "Read more: …", and the same in a few other
 * languages: "Lire aussi : …", "Lesen Sie auch: …"). A line is one only when it is
 * made of nothing but these phrases, so a sentence that happens to contain
 * "sponsored" is never dropped.
 */

const WIDGET_PHRASES = [
  'trending now',
  'trending',
  'sponsored links by taboola',
  'sponsored links',
  'sponsored stories',
  'sponsored content',
  'sponsored',
  'promoted links',
  'promoted stories',
  'promoted content',
  'recommended by outbrain',
  'recommended by taboola',
  'recommended for you',
  'recommended',
  'by taboola',
  'by outbrain',
  'taboola',
  'outbrain',
  'advertisement',
  'story continues below advertisement',
  'continue reading below',
  'continue reading the main story',
  'continue reading',
  'story continued below',
  'you may also like',
  'you might also like',
  'most popular',
  'most read',
  'related articles',
  'related stories',
  'related content',
  'share this article',
  'share this',
  'share on facebook',
  'share on twitter',
  'get short url',
  'our standards: the thomson reuters trust principles',
];

const PHRASE = WIDGET_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|');
/** Nothing but widget phrases, separated by spaces or punctuation. */
const ONLY_WIDGET_PHRASES = new RegExp(`^(?:(?:${PHRASE})[\\s.:|·•–—-]*)+$`, 'iu');
/** "More from Foreign Policy": a link-farm heading, which also names the outlet. */
const MORE_FROM = /^More from (?:the )?(\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*){0,4})\s*$/u;
/** "Read more: <another article's headline>" and the like. */
const LINK_TO_ELSEWHERE = /^(?:read more|read also|also read|see also|related|recommended|watch|listen|lire aussi|lire|voir aussi|à lire aussi|leer más|lea también|lee también|lesen sie auch|mehr zum thema|leia também|leia mais|čtěte také|čtěte)\s*:\s*\S.{0,200}$/iu;

export function isAdLine(text: string): boolean {
  return text.length <= 250 && (ONLY_WIDGET_PHRASES.test(text) || MORE_FROM.test(text) || LINK_TO_ELSEWHERE.test(text));
}

/** The outlet a "More from X" line names, if it is one. */
export function moreFromOutlet(text: string): string | undefined {
  return MORE_FROM.exec(text)?.[1]?.replace(/\.$/, '');
}
