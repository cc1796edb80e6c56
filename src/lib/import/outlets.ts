/**
 * News outlets by web domain, for naming the outlet of an article whose text
 * only shows its address. A domain not listed names itself ("example.org").
 */
const OUTLETS: Record<string, string> = {
  'aa.com.tr': 'Anadolu Agency',
  'aawsat.com': 'Asharq Al-Awsat',
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'alalam.ir': 'Al-Alam',
  'alaraby.co.uk': 'The New Arab',
  'alarabiya.net': 'Al Arabiya',
  'almanar.com.lb': 'Al-Manar',
  'apnews.com': 'Associated Press',
  'arstechnica.com': 'Ars Technica',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'bloomberg.com': 'Bloomberg',
  'buzzfeed.com': 'BuzzFeed',
  'cbsnews.com': 'CBS News',
  'cnn.com': 'CNN',
  'dailysabah.com': 'Daily Sabah',
  'dw.com': 'Deutsche Welle',
  'economist.com': 'The Economist',
  'english.ahram.org.eg': 'Ahram Online',
  'english.alarabiya.net': 'Al Arabiya',
  'etilaf.org': 'Syrian National Coalition',
  'foreignpolicy.com': 'Foreign Policy',
  'france24.com': 'France 24',
  'ft.com': 'Financial Times',
  'theguardian.com': 'The Guardian',
  'independent.co.uk': 'The Independent',
  'jordantimes.com': 'The Jordan Times',
  'latimes.com': 'Los Angeles Times',
  'lemonde.fr': 'Le Monde',
  'liberation.fr': 'Libération',
  'nbcnews.com': 'NBC News',
  'nna-leb.gov.lb': 'National News Agency',
  'npr.org': 'NPR',
  'nytimes.com': 'The New York Times',
  'politico.com': 'Politico',
  'reuters.com': 'Reuters',
  'rt.com': 'RT',
  'sana.sy': 'SANA',
  'sputniknews.com': 'Sputnik',
  'tass.com': 'TASS',
  'telegraph.co.uk': 'The Telegraph',
  'theatlantic.com': 'The Atlantic',
  'theverge.com': 'The Verge',
  'trtworld.com': 'TRT World',
  'usatoday.com': 'USA Today',
  'voanews.com': 'Voice of America',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
};

/** The outlet an address belongs to: the table's name for its domain (or a parent domain), else the domain. */
export function outletOfUrl(address: string): string | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return undefined;
  }
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const outlet = OUTLETS[domain];
    if (outlet) return outlet;
  }
  return host || undefined;
}

/** Whether a name is one of the table's outlets (compared without case or a leading "The"). */
export function isKnownOutlet(name: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/^the\s+/u, '').trim();
  return Object.values(OUTLETS).some((outlet) => plain(outlet) === plain(name));
}
