/**
 * Words that are capitalised in news text without naming anything worth a
 * glossary entry: nationality adjectives, titles, days and months, dateline
 * and page furniture. Lists rather than a tagger, so the rule is predictable;
 * each list is what real pasted articles showed.
 */

const words = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

/** Nationality and religious adjectives: "Syrian", "Russian". A name may start with one ("Syrian Observatory"), never be one. */
export const DEMONYMS = words(
  'Syrian Syrians Russian Russians American Americans Turkish Turk Turks Iranian Iranians Iraqi Iraqis Kurdish Kurd Kurds Lebanese Israeli Israelis',
  'Jordanian Saudi Saudis Qatari Emirati Egyptian Egyptians Palestinian Palestinians Arab Arabs Arabic Persian British French German Germans Italian',
  'Chinese Japanese European Europeans Western Eastern Northern Southern Asian African Afghan Afghans Pakistani Yemeni Libyan Tunisian Moroccan Algerian',
  'Chechen Turkmen Turkmens Yazidi Yazidis Armenian Assyrian Christian Christians Muslim Muslims Sunni Sunnis Shia Shiite Shiites Shi’ite Alawite Alawites Druze',
  'Takfiri Takfiris Takfirist Takfirists Islamic Islamist Islamists Jihadist Jihadists Salafist Salafi Wahhabi Kuwaiti Bahraini Omani Canadian Australian Dutch Belgian Swiss Spanish Ukrainian Soviet',
);

/** Titles and offices: "President", "Foreign Minister". They introduce a person; alone they name no one. */
export const TITLES = words(
  'President Minister Secretary Spokesman Spokeswoman Spokesperson Ambassador Envoy Commander General Gen Gen. King Queen Prince Crown Sheikh Emir Pope',
  'Col Col. Colonel Lt Lt. Lieutenant Major Maj Maj. Brig Brig. Brigadier Captain Capt Sergeant Sen Sen. Senator Rep Rep. Representative Chairman Chairwoman',
  'Director Head Leader Mayor Governor Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Mufti Imam Ayatollah Patriarch Bishop Chancellor Premier Official Officials Commissioner',
  'Coordinator Adviser Advisor Counsel Judge Justice Speaker Deputy Vice Chief Foreign Defense Defence Prime Former Interim Acting Special Senior Top',
  'Army Military State Interior Information Justice Health Affairs Humanitarian Assistant Undersecretary Under-Secretary Executive Sec Attorney',
);

/** Titles that end the "Russian Foreign Minister" before a person's name; the others (Foreign, Deputy) only qualify one. */
export const HEAD_TITLES = words(
  'President Minister Secretary Spokesman Spokeswoman Spokesperson Ambassador Envoy Commander General Gen Gen. King Queen Prince Sheikh Emir Pope',
  'Col Col. Colonel Lt Lt. Lieutenant Major Maj Maj. Brig Brig. Brigadier Captain Capt Sergeant Sen Sen. Senator Rep Rep. Representative Chairman',
  'Chairwoman Director Head Leader Mayor Governor Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Mufti Imam Ayatollah Patriarch Bishop Chancellor Premier Commissioner Coordinator',
  'Adviser Advisor Judge Speaker Undersecretary Under-Secretary Chief',
);

/** Days and months, in full and abbreviated as datelines write them ("Wed 05 Apr 2017"). */
export const CALENDAR = words(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun',
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
  'GMT UTC AM PM',
);

/** Ordinary words capitalised at a sentence start or in a headline. */
export const COMMON = words(
  'A An The This That These Those There Their They Then Than But And Or If In On At As For From To Of By With Without After Before Under Over Into Since Until',
  'He She It We You I His Her Its Our Your What When Where Which Who Whom Whose Why How However Meanwhile Otherwise While Although Also So Some Yet Still',
  'One Two Three Four Five Six Seven Eight Nine Ten More Most Many All Any Each No None Not Only Other Such Both Several Few Much Another Every Last Next First',
  'Second Third New Old According During Despite Amid Following Earlier Later Today Yesterday Tomorrow Now Here Meanwhile Moreover Furthermore Thus Instead',
  'Is Are Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should May Might Must Shall Let Please Yes Many Nearly About Around Almost Just Even',
  'Breaking Exclusive Update Updated Analysis Opinion Editorial Comment Interview Editor Editors Note Correspondent Reporter Reporting Writing Additional',
);

/** Capitalised nouns that start sentences ("Rebels said"); alone they name nothing, inside a name they belong ("Syrian Democratic Forces"). */
export const GENERIC = words(
  'Local Government Regime Opposition Rebels Rebel Forces Troops Army Police Security Sources Source Activists Residents Civilians People Report Reports Video Photo',
  'Monitor Observers Agency Ministry Group Groups Statement Sunday Our Us Them Because Though Unlike Like Between Among Against Within Beyond Via Per Upon',
);

/** Words that make any run page furniture: "Cookie Policy", "Android Youtube Satellite Coverage Partner Hotels". */
export const STRONG_JUNK = words(
  'Cookie Cookies Privacy Subscribe Subscription Newsletter Copyright Android iOS iPhone Hotels Satellite Facebook Twitter YouTube Youtube Instagram WhatsApp',
  'Telegram Tweet Login Advertisement Advert Tags Trending Homepage Disclaimer URL Thomson FacebookComment Careers',
);

/** Words that make a run page furniture when every word is one: "Read Also", "Related News", "Watch Live TV". */
export const PAGE_JUNK = words(
  ...STRONG_JUNK,
  'Policy Reserved Rights All App Apps Partner Partners Coverage Share Shares Print Email E-mail Register Sign Click Read Also More Related Latest News Popular',
  'Tag Keywords Home Menu Search Watch Live TV Standards Principles Trust Terms Contact Us Video Videos Photos Gallery Follow',
  'Releases Documentary Legal Corporate Connect Use Dont Don’t About Advertise Jobs Sitemap Archive Archives Feedback',
);

/** Particles inside names ("Free Syrian Army" has none; "Ahrar al-Sham" has "al"), never a name alone. */
export const PARTICLES = words('al Al el El ad ash as az ez at an ar ibn bin bint abu Abu de del der di du la le van von of the for and');

/** Generic place words after a name: "Idlib province" is Idlib. */
export const PLACE_WORDS = words(
  'province Province governorate Governorate city City town Town village Village district District countryside Countryside region Region',
  'neighbourhood neighborhood Neighbourhood Neighborhood suburb Suburb area Area airport Airport border Border crossing Crossing',
);

/** A word that can never be a candidate on its own, whatever its case ("SEPTEMBER", "Wed", "Syrian"). */
export function isNoiseWord(word: string): boolean {
  const bare = word.replace(/[.’']+$/u, '');
  // "Tuesdays", "Syrians'": the plural or possessive of a noise word is noise.
  if (/s$/u.test(bare) && bare.length > 3 && isNoiseWord(bare.slice(0, -1))) return true;
  // "Britain-based", "Turkey-backed", "Iranian-led": an adjective made from a name.
  if (/-(?:based|backed|led|held|controlled|run|born|allied|linked|affiliated|made|sponsored|supported|funded|armed|trained|owned|dominated|style)$/iu.test(bare)) return true;
  const title = bare.charAt(0) + bare.slice(1).toLowerCase();
  for (const form of [word, bare, title]) {
    if (DEMONYMS.has(form) || TITLES.has(form) || CALENDAR.has(form) || COMMON.has(form) || GENERIC.has(form) || STRONG_JUNK.has(form) || PARTICLES.has(form)) return true;
  }
  return false;
}

/** Whether a run of words is page furniture ("Read Also", "Cookie Policy", "TRT World Watch Live TV"). */
export function isPageJunk(runWords: readonly string[]): boolean {
  const titled = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
  return (
    runWords.some((word) => STRONG_JUNK.has(word) || STRONG_JUNK.has(titled(word))) ||
    runWords.every((word) => PAGE_JUNK.has(word) || PAGE_JUNK.has(titled(word)) || PARTICLES.has(word)) || /\bLive TV\b|\bTrust Principles\b/u.test(runWords.join(' '))
  );
}
