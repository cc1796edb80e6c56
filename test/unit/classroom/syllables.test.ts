import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../src/lib/classroom/syllables.ts';

/** "word count, word count, …": syllables counted by hand, as a dictionary divides the words. */
function parse(list: string): [string, number][] {
  return list
    .split(/,\s*/u)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const space = item.lastIndexOf(' ');
      return [item.slice(0, space), Number(item.slice(space + 1))];
    });
}

/** Every distinct word of the two seed articles (the rules were tuned on these). */
const SEED_WORDS = parse(`
a 1, about 2, access 2, accident 3, accord 2, according 3, accusations 4, accused 2, accusing 3, acknowledge 3, address 2, aerial 3,
affiliated 5, after 2, against 2, ago 2, agreement 3, agreements 3, aid 1, aimed 1, air 1, airstrike 2, airstrikes 2, al 1, Ala 2, Aleppo 3,
all 1, allegedly 4, alleviate 4, alone 2, also 2, Ambassador 4, American 4, amid 2, an 1, and 1, announced 2, annual 3, anonymity 5,
another 3, any 2, apart 2, appeared 2, approach 2, Arab 2, are 1, area 3, areas 3, armed 1, arms 1, army 2, around 2, as 1, Assad 2,
Assad’s 2, Assembly 3, assistance 3, at 1, attack 2, attackers 3, attacks 2, attention 3, avoid 2, Ayrault 2, back 1, backdrop 2, backed 1,
bad 1, badly 2, Barack 2, based 1, Bashar 2, Bassma 2, battlefield 3, be 1, because 2, been 1, before 2, begin 2, besieged 2, between 2,
beyond 2, blame 1, blasting 2, blocking 2, bombing 2, bombs 1, border 2, both 1, breakdown 2, breakfast 2, bring 1, broached 1, brokered 2,
built 1, burden 2, But 1, by 1, called 1, calling 2, came 1, can 1, care 1, caused 1, cease 1, ceasefire 2, ceded 2, center 2, central 2,
cessation 3, chief 1, children 2, Churkin 2, citing 2, city 2, civil 2, civilians 3, claimed 1, clarification 5, clearly 2, client 2,
close 1, CNN 3, coalition 4, comes 1, coming 2, commitment 3, committed 3, Committee 3, compliance 3, complied 2, conceded 3, condition 3,
considered 3, consulting 3, continue 3, continued 3, control 2, convoy 2, convoys 2, coordinate 4, coordinating 5, coordinator 5,
corridors 3, could 1, Council 2, counterpart 3, counterparts 3, countries 2, country 2, Crescent 2, crisis 2, criticism 4, Cross 1,
cynically 4, Damascus 3, day 1, days 1, dead 1, deadly 2, deal 1, declaring 3, defense 2, deflect 2, Deir 1, deliberate 4, deliver 3,
delivered 3, deliveries 4, delivering 4, demonstrate 3, Department 3, desperate 3, destruction 3, details 2, different 3, diplomatic 4,
direction 3, disappointment 4, disliked 2, dismissed 2, displacement 3, ditch 1, do 1, dozens 2, drawn 1, drew 1, during 2, duties 2,
easing 2, East 1, eastern 2, Eddin 2, effort 2, efforts 2, eight 1, emergency 4, end 1, ends 1, enough 2, enter 2, entire 2, erupted 3,
establishment 4, even 2, evidently 4, exist 2, expand 2, expressing 3, extend 2, Ezzor 2, F 1, failed 1, falling 2, Fateh 2, feed 1,
fight 1, fighter 2, fighting 2, finally 3, fire 1, fired 1, first 1, flour 1, followed 2, food 1, for 1, forces 2, Foreign 2, fought 1,
four 1, fragile 2, French 1, from 1, Front 1, fulfilling 3, full 1, gathered 2, General 3, Geneva 3, get 1, getting 2, give 1, good 1,
got 1, government 3, group 1, groups 1, guns 1, had 1, halt 1, happened 2, hardest 2, has 1, have 1, he 1, headache 2, heightening 3, her 1,
his 1, hit 1, hold 1, holds 1, Homs 1, hope 1, hopeful 2, hoping 2, hospitals 3, hostilities 4, House 1, However 3, humanitarian 6,
hundreds 2, Hussam 2, hypocritically 6, identification 6, if 1, implementation 5, in 1, including 3, increased 2, indiscriminately 6,
influence 3, initiatives 4, instead 2, intelligence 4, intentionally 5, interest 3, International 5, interview 3, into 2, Iraq 2, is 1,
ISIS 2, Islamic 3, issued 2, it 1, its 1, itself 2, Jabhat 2, Jean 1, jets 1, John 1, joint 1, July 2, just 1, kept 1, Kerry 2, key 1,
killed 1, killing 2, kind 1, Kirby 2, Kodmani 3, largely 2, last 1, latest 2, launched 1, leaders 2, least 1, led 1, left 1, let 1, life 1,
likely 2, linked 1, Literally 4, live 1, long 1, made 1, major 2, make 1, Marc 1, me 1, medical 3, meeting 2, member 2, Middle 2,
midnight 2, migrants 2, militants 3, military 4, Minister 3, ministry 3, mishap 2, mission 2, moderate 3, Monday 2, monitoring 4, month 1,
months 1, more 1, Moscow 2, Moscow’s 2, most 1, move 1, moves 1, must 1, nation 2, national 3, Nations 2, need 1, needs 1, needy 2,
negotiating 5, negotiation 5, negotiator 5, never 2, New 1, no 1, None 1, not 1, now 1, Nusra 2, Obama’s 3, obligation 4, of 1, official 3,
officials 3, omen 2, on 1, One 1, only 2, onus 2, opposition 4, opposition’s 4, option 2, options 2, or 1, order 2, other 2, Otherwise 3,
our 1, outrage 2, over 2, own 1, O’Brien 3, pact 1, painstaking 3, part 1, particular 4, parties 2, partner 2, pave 1, peace 1, people 2,
permit 2, pillar 2, pinned 1, planned 1, plight 1, Policy 3, political 4, populations 4, position 3, positions 3, possibility 5, possibly 3,
Power 2, prepared 2, preplanned 2, President 3, pressure 2, pretty 2, process 2, proper 2, provide 2, provisions 3, public 2, purpose 2,
push 1, put 1, Qaeda 2, Qaida 2, questions 2, quickly 2, raid 1, raises 2, reached 1, reaching 2, rebel 2, rebuke 2, Red 1, refugees 3,
regret 2, rein 1, rejection 3, reliable 4, relief 2, remain 2, remained 2, renamed 2, report 2, reported 3, reporters 3, request 2,
require 2, restart 2, return 2, Reuters 2, Russia 2, Russian 2, Russians 2, safety 2, said 1, salvage 2, Samantha 3, Saturday 3, Saudi 2,
saving 2, say 1, saying 2, schools 1, secrecy 3, Secretary 4, Security 4, seeking 2, seize 1, senior 2, serious 3, seriousness 4, set 1,
settlement 3, seven 2, shaky 2, Sham 1, share 1, sharp 1, she 1, shelter 2, should 1, shut 1, sieges 2, signed 1, silence 2, since 1,
site 1, So 1, soldiers 2, some 1, south 1, special 2, spiral 2, spoke 1, spokesman 2, stability 4, stalled 1, State 1, statement 2,
States 1, stayed 1, stem 1, Stephen 2, stepped 1, still 1, stop 1, strengthen 2, strike 1, strikes 1, struck 1, stunt 1, suggested 3,
Sunday 2, supplies 2, supposed 2, Syria 3, Syrian 3, Syrians 3, Syria’s 3, table 2, take 1, Talbiseh 3, talks 1, target 2, targeted 3,
targets 2, team 1, telephone 3, tensions 2, term 1, terms 1, terrible 3, terrorism 4, terrorist 3, terrorists 3, test 1, than 1, that 1,
The 1, their 1, them 1, Then 1, there 1, these 1, they 1, thing 1, This 1, those 1, though 1, thousands 2, threatens 2, time 1, to 1,
told 1, took 1, top 1, torn 1, toward 2, town 1, tragic 2, trail 1, trapped 1, troops 1, troubled 2, truce 1, truck 1, trucks 1, trying 2,
two 1, U.N 2, U.S 2, ugly 2, under 2, undercut 3, undermine 3, undermining 4, unimpeded 4, United 3, unraveling 4, up 1, urge 1, urged 1,
use 1, value 2, very 2, violating 4, violation 4, violations 4, violence 3, virtually 4, Vitaly 3, voicing 2, vowed 1, war 1, warned 1,
warring 2, was 1, Washington 3, water 2, way 1, we 1, week 1, were 1, what 1, when 1, where 1, whether 2, which 1, while 1, White 1, who 1,
will 1, with 1, without 2, women 2, working 2, world 1, worse 1, would 1, yesterday 3, yet 1, York 1, you’ve 1, Zor 1
`);

/** Common news words the rules were not tuned on: the honest measure. */
const HELD_OUT_WORDS = parse(`
economy 4, economic 4, inflation 3, election 3, candidate 3, campaign 2, parliament 3, legislation 4, senator 3, congress 2,
investigation 5, prosecutor 4, evidence 3, court 1, judge 1, ruling 2, appeal 2, decision 3, percent 2, percentage 3, billion 2, dollars 2,
budget 2, deficit 3, taxes 2, unemployment 4, workers 2, industry 3, company 3, companies 3, technology 4, climate 2, environment 4,
emissions 3, temperature 4, energy 3, hurricane 3, earthquake 2, disaster 3, rescue 2, injured 2, hospital 3, patients 2, vaccine 2,
disease 2, pandemic 3, outbreak 2, university 5, students 2, education 4, teachers 2, families 3, community 4, residents 3, neighborhood 3,
police 2, officers 3, suspect 2, arrested 3, charged 1, protesters 3, demonstration 4, rally 2, announcement 3, spokeswoman 3, journalist 3,
newspaper 3, television 4, platform 2, online 2, digital 3, software 2, market 2, stocks 1, investors 3, trade 1, tariffs 2, exports 2,
imports 2, agriculture 4, farmers 2, prices 2, average 3, increase 2, decrease 2, recently 3, currently 3, eventually 5, approximately 5,
especially 4, particularly 5, significant 4, important 3, difficult 3, possible 3, available 4, necessary 4, independent 4, domestic 3,
federal 3, regional 3, local 2, global 2, nuclear 3, weapons 2, missile 2, navy 2, aircraft 2, conflict 2, invasion 3, occupation 4,
territory 4, territories 4, borders 2, refugee 3, asylum 3, immigration 4, citizens 3, voters 2, ballots 2, polling 2, majority 4,
minority 4, leadership 3, successor 3, resigned 2, appointed 3, nominated 4, elected 3, inaugurated 5, ceremony 4, celebrated 4,
anniversary 5, history 3, historic 3, culture 2, heritage 3, tourism 3, weather 2, rainfall 2, flooding 2, drought 1, wildfire 2,
evacuated 5, damaged 2, destroyed 2, rebuilt 2, construction 3, infrastructure 4, bridge 1, highway 2, railway 2, airport 2, passengers 3,
flights 1, delayed 2, canceled 2, scheduled 2, officially 4, confirmed 2, denied 2, rejected 3, approved 2, supported 3, opposed 2,
criticized 3, praised 1, insisted 3, explained 2, described 2, revealed 2, estimated 4, expected 3, unlikely 3, although 2, throughout 2,
despite 2, beneath 2, alongside 3, nearly 2, roughly 2, mostly 2, slowly 2, unusual 4, ordinary 4
`);

function misses(list: readonly [string, number][]): string[] {
  return list.filter(([word, count]) => countSyllables(word) !== count).map(([word, count]) => `${word}: ${countSyllables(word)}, not ${count}`);
}

describe('countSyllables accuracy', () => {
  it('counts the seed articles’ words right but for three compounds and a name', () => {
    expect(SEED_WORDS).toHaveLength(634);
    expect(misses(SEED_WORDS)).toEqual(['ceasefire: 3, not 2', 'O’Brien: 2, not 3', 'spokesman: 3, not 2']);
  });

  it('counts at least 98% of words it was not tuned on right', () => {
    expect(HELD_OUT_WORDS).toHaveLength(185);
    const wrong = misses(HELD_OUT_WORDS);
    expect(wrong.length / HELD_OUT_WORDS.length).toBeLessThanOrEqual(0.02);
  });

  it('is never off by more than one', () => {
    for (const [word, count] of [...SEED_WORDS, ...HELD_OUT_WORDS]) expect(Math.abs(countSyllables(word) - count), word).toBeLessThanOrEqual(1);
  });
});

describe('countSyllables rules', () => {
  it.each([
    // vowel groups, y
    ['cat', 1], ['city', 2], ['year', 1], ['yes', 1], ['saying', 2], ['beyond', 2], ['player', 2], ['they', 1], ['flying', 2],
    // silent final e, syllabic -le and -re
    ['the', 1], ['state', 1], ['fire', 1], ['table', 2], ['little', 2], ['whale', 1], ['centre', 2], ['value', 2],
    // -es and -ed
    ['states', 1], ['times', 1], ['races', 2], ['pages', 2], ['churches', 2], ['tables', 2], ['clothes', 1],
    ['killed', 1], ['wanted', 2], ['needed', 2], ['freed', 1], ['handled', 2], ['hundred', 2], ['called', 1],
    // silent e before a suffix
    ['safely', 2], ['statement', 2], ['completely', 3], ['careful', 2], ['hopeless', 2], ['settlement', 3], ['agreement', 3], ['safety', 2],
    // vowel pairs read as two syllables, and those read as one
    ['Syria', 3], ['Russia', 2], ['media', 3], ['special', 2], ['violence', 3], ['nation', 2], ['region', 2], ['million', 2], ['senior', 2],
    ['video', 3], ['people', 2], ['surgeon', 2], ['actual', 3], ['quality', 3], ['language', 2], ['league', 1], ['influence', 3],
    ['stadium', 3], ['poem', 2], ['quiet', 2], ['society', 4], ['science', 2], ['client', 2], ['ancient', 2], ['being', 2], ['going', 2],
    ['terrorism', 4], ['reiterate', 4], ['cooperate', 4], ['negotiate', 4], ['initiative', 4], ['sometimes', 2],
    // exceptions, plurals of exceptions
    ['area', 3], ['ideas', 3], ['business', 2], ['every', 2],
  ] as const)('%s has %i', (word, count) => expect(countSyllables(word)).toBe(count));

  it.each([
    ['U.S', 2], ['U.N.', 2], ['UN', 2], ['CNN', 3], ['ICRC', 4], ['WHO', 5], ['NATO', 2], ['ISIS', 2], ['I', 1], ['A', 1],
  ] as const)('spells out an acronym, or reads it as a word: %s has %i', (word, count) => expect(countSyllables(word)).toBe(count));

  it.each([
    ['Russia’s', 2], ["Russia's", 2], ['didn’t', 2], ['isn’t', 2], ['don’t', 1], ['can’t', 1], ['Zôr', 1], ['Deir', 1],
  ] as const)('reads through apostrophes and accents: %s has %i', (word, count) => expect(countSyllables(word)).toBe(count));

  it('counts a number, or a word with no Latin letters, as one syllable, and never less than one', () => {
    for (const word of ['2016', '300,000', 'мир', '', 'nth', 'Mr']) expect(countSyllables(word)).toBe(1);
  });
});
