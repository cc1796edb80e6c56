/**
 * The judged truth list for `npm run bench -- glossary`: what each name that
 * `glossary:suggest` ranks near the top on the FA-KES corpus really is, with
 * the reason, written down by reading its contexts in the corpus. A name not
 * listed here counts as not judged, hence not a hit: the score can only rise
 * by judging, never by default.
 *
 * verdict: 'new' — a real person, group, organization, place or event the seed
 * glossary lacks; 'known' — already in the glossary under another spelling;
 * 'noise' — not an entity worth an entry. `entity` names the real entity, so
 * two rows of one entity in the top 50 count as a split cluster.
 */
export interface Judgement {
  entity: string;
  verdict: 'new' | 'known' | 'noise';
  reason: string;
}

const row = (entity: string, verdict: Judgement['verdict'], reason: string): Judgement => ({ entity, verdict, reason });

export const JUDGED: Record<string, Judgement> = {
  'Syrian Observatory for Human Rights': row('sohr', 'new', 'UK-based monitoring group cited for casualty figures in most articles; SOHR and "the Observatory" are it'),
  Idlib: row('idlib', 'new', 'Syrian city and province, north-west; Idleb is a spelling of it'),
  SANA: row('sana', 'new', 'Syrian Arab News Agency, the state news agency, quoted and a source of the corpus'),
  AFP: row('afp', 'new', 'Agence France-Presse, news agency quoted by many articles'),
  Raqqa: row('raqqa', 'new', 'Syrian city on the Euphrates, Islamic State’s capital in Syria; Raqa is a spelling'),
  Turkey: row('turkey', 'new', 'Syria’s northern neighbour, backer of rebel groups, party to talks'),
  'Rami Abdel Rahman': row('rami-abdel-rahman', 'new', 'head of the Syrian Observatory for Human Rights, quoted by name'),
  'Syrian Democratic Forces': row('sdf', 'new', 'Kurdish-led alliance fighting Islamic State in the north-east; SDF'),
  Hama: row('hama', 'new', 'city and province in central Syria'),
  Hasakeh: row('hasakeh', 'new', 'city and province in north-eastern Syria; Hasaka and Hasakah are spellings'),
  Manbij: row('manbij', 'new', 'town in Aleppo province taken from Islamic State in 2016'),
  'TRT World': row('trt-world', 'new', 'Turkish state broadcaster, an outlet of the corpus (the glossary has outlets such as CNN and Reuters)'),
  'Eastern Ghouta': row('eastern-ghouta', 'new', 'rebel-held farmland and towns east of Damascus, besieged for years'),
  'Sputnik News': row('sputnik', 'new', 'Russian state news outlet, a source of the corpus'),
  Sputnik: row('sputnik', 'new', 'Russian state news outlet (same entity as Sputnik News)'),
  'Syrian Coalition': row('syrian-national-coalition', 'new', 'National Coalition for Syrian Revolutionary and Opposition Forces (Etilaf), the exiled opposition body'),
  Daraa: row('daraa', 'new', 'city and province in southern Syria where the 2011 uprising began'),
  Fouaa: row('fouaa', 'new', 'Shia village in Idlib province besieged by rebels, named with Kefraya'),
  Latakia: row('latakia', 'new', 'port city and province on Syria’s coast'),
  'Free Syrian Army': row('fsa', 'new', 'loose alliance of rebel groups formed in 2011; FSA'),
  Tabqa: row('tabqa', 'new', 'town and dam on the Euphrates west of Raqqa'),
  Kefraya: row('kefraya', 'new', 'Shia village in Idlib province besieged with Fouaa; Kafraya is a spelling'),
  Ghouta: row('ghouta', 'new', 'the farmland ring around Damascus (East and West Ghouta); used for the region as a whole, so not a split of Eastern Ghouta'),
  YPG: row('ypg', 'new', 'People’s Protection Units, the main Syrian Kurdish militia'),
  'Khan Sheikhun': row('khan-shaykhun', 'new', 'town in Idlib province, site of the April 2017 sarin attack; Khan Shaykhun is a spelling'),
  Hezbollah: row('hezbollah', 'new', 'Lebanese Shia party and militia fighting for the Syrian government; Hizballah, Hizbollah are spellings'),
  Palmyra: row('palmyra', 'new', 'ancient city in the desert, held by Islamic State in 2015–16 and 2016–17'),
  'Jaish al-Islam': row('jaish-al-islam', 'new', 'rebel group based in Eastern Ghouta'),
  Iran: row('iran', 'new', 'country allied with the Syrian government'),
  Zahraa: row('zahraa', 'new', 'district of Aleppo (al-Zahraa) on the western front line'),
  Douma: row('douma', 'new', 'largest town of Eastern Ghouta'),
  'Jaish al-Fateh': row('jaish-al-fateh', 'new', 'Army of Conquest, an alliance of Islamist rebel groups in Idlib'),
  'Army of Conquest': row('jaish-al-fateh', 'new', 'English name of Jaish al-Fateh'),
  Quneitra: row('quneitra', 'new', 'province on the Golan Heights front'),
  Zabadani: row('zabadani', 'new', 'mountain town near the Lebanese border, besieged in 2015'),
  Midan: row('midan', 'new', 'district name (al-Midan) used for neighbourhoods of Damascus and Aleppo'),
  Hamadaniyeh: row('hamadaniyeh', 'new', 'district of western Aleppo'),
  Madaya: row('madaya', 'new', 'besieged town near Zabadani where people starved in 2015–16'),
  'Al-Bab': row('al-bab', 'new', 'town north-east of Aleppo, taken from Islamic State in 2017'),
  Rashidin: row('rashidin', 'new', 'district on the western edge of Aleppo (al-Rashideen)'),
  Mayadeen: row('mayadeen', 'new', 'town on the Euphrates south-east of Deir ez-Zor'),
  Qamishli: row('qamishli', 'new', 'city in the Kurdish-held north-east'),
  'Ahrar al-Sham': row('ahrar-al-sham', 'new', 'large Islamist rebel group'),
  'Al-Manar': row('al-manar', 'new', 'Hezbollah’s television channel, a source of the corpus'),
  Ramussa: row('ramussa', 'new', 'district of southern Aleppo (Ramouseh) on the 2016 front line'),
  Qalamoun: row('qalamoun', 'new', 'mountain region between Damascus and Lebanon'),
  Levant: row('levant', 'noise', 'a region named inside group names ("Free men of the Levant", "Levant Liberation Committee"); not an entry of its own'),
  Euphrates: row('euphrates', 'new', 'the river crossing northern and eastern Syria, a front line'),
  'Associated Press': row('ap', 'new', 'US news agency quoted by articles; AP'),
  'Donald Trump': row('donald-trump', 'new', 'US president from January 2017'),
  Tehran: row('tehran', 'new', 'capital of Iran'),
  Maleh: row('maleh', 'new', 'Mallah farms north of Aleppo (Maleh region), a front line in 2016; the cluster also wrongly takes in Mleiha, a town in Ghouta'),
  'White Helmets': row('white-helmets', 'new', 'Syria Civil Defence, rescue volunteers in rebel areas'),
  'Arab Spring': row('arab-spring', 'new', 'the 2010–11 wave of uprisings in Arab countries'),
  Qatar: row('qatar', 'new', 'Gulf country backing rebel groups'),
  Jobar: row('jobar', 'new', 'district of eastern Damascus on the front line'),
  Beirut: row('beirut', 'new', 'capital of Lebanon, dateline of many articles'),
  'Castello Road': row('castello-road', 'new', 'the road into rebel-held eastern Aleppo, cut in 2016'),
  Lebanon: row('lebanon', 'new', 'Syria’s western neighbour'),
  'Salah Eddin': row('salah-eddin', 'new', 'district of Aleppo on the front line'),
  'Anadolu Agency': row('anadolu', 'new', 'Turkish state news agency'),
  'Deir Ezour': row('deir-ez-zor', 'known', 'spellings of Deir ez-Zor, which the glossary has: aliases to add'),
  Azaz: row('azaz', 'new', 'town near the Turkish border north of Aleppo'),
  Baath: row('baath-city', 'new', 'Baath City (Madinat al-Baath), town in Quneitra province'),
  'Syrian Army Kills': row('syrian-army', 'noise', 'a SANA headline fragment, not a name'),
  FNA: row('fna', 'new', 'Fars News Agency, Iranian news agency'),
  'Human Rights Watch': row('hrw', 'new', 'international human rights organization; HRW'),
  Harasta: row('harasta', 'new', 'town in Eastern Ghouta'),
  Atareb: row('atareb', 'new', 'town west of Aleppo'),
  'Organisation for the Prohibition of Chemical Weapons': row('opcw', 'new', 'the chemical weapons watchdog; OPCW'),
  UNICEF: row('unicef', 'new', 'the UN children’s agency'),
  God: row('god', 'noise', 'religious phrases, not an entity for this glossary'),
  Manal: row('manal', 'noise', 'a first name in page furniture'),
  Bashar: row('bashar-al-assad', 'known', '"President Bashar" is Bashar al-Assad: an alias to add'),
};
