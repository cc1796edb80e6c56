import { describe, expect, it } from 'vitest';
import { blockText, type Mention } from '../../../src/lib/article-body/blocks.ts';
import { blankQuotes, quotedPeople, quoteSpans } from '../../../src/lib/classroom/quoted.ts';
import { glossaryLinker } from '../../../src/lib/glossary/paragraph-linker.ts';
import { createArticleRenderer } from '../../../src/render/article.ts';
import { SAMPLE_GLOSSARY, sampleArticle, sampleMatcher } from '../fixtures/sample.ts';

/** Paragraph texts by number: each text given to `mention` is a paragraph of its own. */
const paragraphTexts: string[] = [];
function paragraphOf(text: string): Mention['block'] {
  if (!paragraphTexts.includes(text)) paragraphTexts.push(text);
  return { kind: 'paragraph', n: paragraphTexts.indexOf(text) + 1 };
}

const mention = (entityId: string, text: string, name: string): Mention => {
  const start = text.indexOf(name);
  return { entityId, text: name, block: paragraphOf(text), start, end: start + name.length };
};

/** quotedPeople over mentions made by `mention`. */
const quoted = (mentions: Mention[]) => quotedPeople(mentions, (block) => paragraphTexts[block.n - 1]!);

/** Who `text` quotes, given each [id, name] mention in turn: a name that comes twice is listed twice. */
function speakers(text: string, ...names: [string, string][]): string[] {
  let from = 0;
  const mentions = names.map(([entityId, name]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" is not in the text after ${from}`);
    from = start + name.length;
    return { entityId, text: name, block: paragraphOf(text), start, end: from };
  });
  return quoted(mentions);
}

describe('quoteSpans', () => {
  it('finds curly and straight quotes, marks included', () => {
    const text = 'He called it a “stunt,” and "bad" too.';
    expect(quoteSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(['“stunt,”', '"bad"']);
  });

  it('runs a quote left open to the end, and closes one that began before the text', () => {
    expect(quoteSpans('“One option is this. Then another')).toEqual([[0, 33]]);
    const cut = 'Assad said he would live by it,” Kerry said.';
    expect(quoteSpans(cut)).toEqual([[0, cut.indexOf('”') + 1]]);
  });

  it('blanks the words of quotes, keeping marks and offsets', () => {
    expect(blankQuotes('“It is fragile,” he said.')).toBe(`“${' '.repeat('It is fragile,'.length)}” he said.`);
  });
});

describe('quotedPeople', () => {
  it('finds people whose sentence quotes or reports them, once each, in order', () => {
    const text = 'Obama was in New York. “It is fragile,” Ayrault told reporters. Kirby said the U.S. would wait.';
    expect(
      quoted([
        mention('obama', text, 'Obama'),
        mention('ayrault', text, 'Ayrault'),
        mention('kirby', text, 'Kirby'),
        mention('ayrault', text, 'Ayrault'),
      ]),
    ).toEqual(['ayrault', 'kirby']);
  });

  it('ignores people only mentioned', () => {
    const text = 'The effort threatens President Barack Obama’s last-ditch effort. Meanwhile Kerry met a Saudi official.';
    expect(quoted([mention('obama', text, 'Barack Obama'), mention('kerry', text, 'Kerry')])).toEqual([]);
  });

  it('keeps paragraphs apart, and gives nothing for no mentions', () => {
    const first = 'Kerry met Lavrov.';
    const second = '“We will act,” he said.';
    expect(quoted([mention('kerry', first, 'Kerry')])).toEqual([]);
    // "he said" in another paragraph is out of reach: one paragraph at a time.
    expect(quoted([mention('kerry', first, 'Kerry'), mention('lavrov', first, 'Lavrov'), mention('x', second, '')])).toEqual([]);
    expect(quoted([])).toEqual([]);
  });
});

describe('quotedPeople: sentences of the VOA article', () => {
  it('takes both speakers of a sentence, the second after "while"', () => {
    const text =
      'U.S. Ambassador Samantha Power said Moscow’s request for the meeting was a “stunt,” while her Russian counterpart Vitaly Churkin accused the U.S. of violating agreements that it would not target army positions.';
    expect(speakers(text, ['power', 'Samantha Power'], ['churkin', 'Vitaly Churkin'])).toEqual(['power', 'churkin']);
  });

  it('does not take Assad, named in the possessive and as an object, for a speaker', () => {
    const text =
      'Kerry said Assad’s government is blocking humanitarian aid from reaching some of Syria’s hardest-hit areas and has continued the violence, and he said Russia must pressure Assad.';
    expect(speakers(text, ['kerry', 'Kerry'], ['assad', 'Assad'], ['assad', 'Assad'])).toEqual(['kerry']);
    expect(speakers('Kerry called on Russia to stop Assad from undermining the peace deal.', ['kerry', 'Kerry'], ['assad', 'Assad'])).toEqual(['kerry']);
  });

  it('does not take Assad, who "said" only inside Kerry’s quote', () => {
    const text =
      '“So let me just say this clearly: Russia signed up to a cessation of hostilities. Assad said he would live by it,” Kerry said. “Then he needs to stop and let the joint implementation center get set up.”';
    expect(speakers(text, ['assad', 'Assad'], ['kerry', 'Kerry'])).toEqual(['kerry']);
  });

  it('reads "dismissed" as speech, and not "pinned the blame"', () => {
    const text =
      'But U.S. Secretary of State John Kerry dismissed Russian accusations Sunday during an interview with CNN. Kerry instead pinned the blame on Syrian President Bashar al-Assad.';
    expect(speakers(text, ['kerry', 'John Kerry'], ['kerry', 'Kerry'], ['assad', 'Bashar al-Assad'])).toEqual(['kerry']);
    expect(speakers('Kerry instead pinned the blame on Syrian President Bashar al-Assad.', ['kerry', 'Kerry'], ['assad', 'Bashar al-Assad'])).toEqual([]);
  });
});

describe('quotedPeople: sentences of the Foreign Policy article', () => {
  it('takes "dismissed …, saying" and "said", not the president named after them', () => {
    const text =
      'U.S. Secretary of State John Kerry dismissed Syria’s rejection of the cease-fire, saying Russia had an obligation to bring its client into compliance. In New York, State Department spokesman John Kirby said Washington is seeking clarification from Moscow on the position of Syrian President Bashar al-Assad.';
    expect(speakers(text, ['kerry', 'John Kerry'], ['kirby', 'John Kirby'], ['assad', 'Bashar al-Assad'])).toEqual(['kerry', 'kirby']);
  });

  it('finds the verb past an appositive', () => {
    const text = 'Bassma Kodmani, a senior member of the Syrian opposition’s negotiating team, said the cease-fire had “no value.”';
    expect(speakers(text, ['kodmani', 'Bassma Kodmani'])).toEqual(['kodmani']);
  });

  it('does not take a name inside the quote for the "she" who speaks it', () => {
    const text = '“Assad never complied with it,” she told Foreign Policy in a telephone interview.';
    expect(speakers(text, ['assad', 'Assad'])).toEqual([]);
  });

  it('takes the speaker of "he warned" from the sentence before, not the name quoted there', () => {
    const text =
      '“In the interest of peace, we must seize on what Kerry has built with the Russians, even though it is very fragile,” Ayrault told reporters at a breakfast. Otherwise, he warned, the war will restart.';
    expect(speakers(text, ['kerry', 'Kerry'], ['ayrault', 'Ayrault'])).toEqual(['ayrault']);
  });

  it('takes a name set off in commas, then its verb and a speech participle', () => {
    const text =
      'Syria’s ambassador to the U.N. in Geneva, Hussam Eddin Ala, took a different approach Monday, calling the U.S. strike “deliberate and preplanned.”';
    expect(speakers(text, ['ala', 'Hussam Eddin Ala'])).toEqual(['ala']);
    const statement = 'The U.N. chief emergency relief coordinator, Stephen O’Brien, issued a statement Monday expressing disappointment.';
    expect(speakers(statement, ['obrien', 'Stephen O’Brien'])).toEqual(['obrien']);
    const notSpeech = 'Kodmani, the Syrian opposition negotiator, disliked the secrecy of the U.S.-Russia pact.';
    expect(speakers(notSpeech, ['kodmani', 'Kodmani'])).toEqual([]);
  });

  it('gives "he said" to the subject of the sentence before, not to the name in the possessive', () => {
    const before = 'After meeting with a top Saudi official, Kerry put the onus on the Russians to rein in Assad’s army.';
    const names: [string, string][] = [
      ['kerry', 'Kerry'],
      ['assad', 'Assad'],
      ['assad', 'Assad'],
    ];
    expect(speakers(`${before} “The Russians need to control Assad,” he said, “who evidently is indiscriminately bombing.”`, ...names)).toEqual(['kerry']);
    expect(speakers(`${before} The Russians need to control Assad.`, ...names)).toEqual([]);
  });
});

describe('quotedPeople: tricky cases', () => {
  it('never counts a name inside a quote, even one that runs over sentences or to the end', () => {
    expect(speakers('“Lavrov told us nothing. Kerry said so too,” an aide said.', ['lavrov', 'Lavrov'], ['kerry', 'Kerry'])).toEqual([]);
    expect(speakers('“Then Kerry said he would come. Lavrov said he would not.', ['kerry', 'Kerry'], ['lavrov', 'Lavrov'])).toEqual([]);
    expect(speakers('Power called it a "stunt, as Churkin said."', ['power', 'Power'], ['churkin', 'Churkin'])).toEqual(['power']);
  });

  it('gives "X accused Y" to X only', () => {
    expect(speakers('Churkin accused Kerry of lying.', ['churkin', 'Churkin'], ['kerry', 'Kerry'])).toEqual(['churkin']);
    expect(speakers('Churkin accused Kerry, his counterpart, of lying, saying the strike was deliberate.', ['churkin', 'Churkin'], ['kerry', 'Kerry'])).toEqual(
      ['churkin'],
    );
    expect(speakers('Churkin urged Assad to stop, saying time was short.', ['churkin', 'Churkin'], ['assad', 'Assad'])).toEqual(['churkin']);
  });

  it('takes "according to" and "said" before the name, not a possessive', () => {
    expect(speakers('The talks failed, according to Kirby.', ['kirby', 'Kirby'])).toEqual(['kirby']);
    expect(speakers('The talks failed, according to the State Department spokesman, John Kirby.', ['kirby', 'John Kirby'])).toEqual(['kirby']);
    expect(speakers('“It is over,” said State Department spokesman John Kirby.', ['kirby', 'John Kirby'])).toEqual(['kirby']);
    expect(speakers('“It is over,” said an aide to Kerry.', ['kerry', 'Kerry'])).toEqual([]);
    // The spokeswoman speaks, not Lavrov.
    expect(speakers('The talks failed, according to Lavrov’s spokeswoman.', ['lavrov', 'Lavrov'])).toEqual([]);
    expect(speakers('Lavrov’s spokeswoman said the talks failed.', ['lavrov', 'Lavrov'])).toEqual([]);
    // "said" opens no clause here: Kerry is its subject, Lavrov the subject of what he said.
    expect(speakers('Kerry said Lavrov’s plan was dead.', ['kerry', 'Kerry'], ['lavrov', 'Lavrov'])).toEqual(['kerry']);
  });

  it('finds the verb two clauses after the name, and after names joined by "and"', () => {
    const text = 'Kerry, speaking in New York, where he met Lavrov, said the truce held.';
    expect(speakers(text, ['kerry', 'Kerry'], ['lavrov', 'Lavrov'])).toEqual(['kerry']);
    const both = 'Kerry and Russian Foreign Minister Sergey Lavrov announced the plan.';
    expect(speakers(both, ['kerry', 'Kerry'], ['lavrov', 'Sergey Lavrov'])).toEqual(['kerry', 'lavrov']);
    expect(speakers('Kerry met Lavrov, who said the plan was dead.', ['kerry', 'Kerry'], ['lavrov', 'Lavrov'])).toEqual(['lavrov']);
  });

  it('gives "he said" to a name at most one sentence back, and never from inside a quote', () => {
    expect(speakers('Kerry met reporters. “We will act,” he said.', ['kerry', 'Kerry'])).toEqual(['kerry']);
    expect(speakers('Kerry met reporters. The meeting was short. “We will act,” he said.', ['kerry', 'Kerry'])).toEqual([]);
    expect(speakers('Kerry met reporters. “Then he said nothing,” an aide recalled.', ['kerry', 'Kerry'])).toEqual([]);
    // A name after a preposition is no subject: the speaker is the one who met.
    expect(speakers('After talks with Lavrov, Kerry flew home. “It went well,” he said.', ['lavrov', 'Lavrov'], ['kerry', 'Kerry'])).toEqual(['kerry']);
  });
});

describe('quotedPeople: the sample articles, as the compare page reads them', () => {
  const isPerson = new Set(SAMPLE_GLOSSARY.filter((entry) => entry.kind === 'person').map((entry) => entry.id));
  const render = createArticleRenderer('unified', { createLinker: glossaryLinker(sampleMatcher()) });
  function quotedIn(file: string): string[] {
    const { data, body } = sampleArticle(file);
    const captions = (data['captions'] ?? []) as { text: string }[];
    const { paragraphs, mentions } = render({ body, captions });
    const article = { paragraphs, data: { captions } };
    return quotedPeople(
      mentions.filter((m) => isPerson.has(m.entityId)),
      (block) => blockText(article, block),
    );
  }

  it('VOA quotes Power, Churkin and Kerry, not Assad or Lavrov', () => {
    expect(quotedIn('syria-truce-in-peril-as-russia-us-tensions-rise.md')).toEqual(['samantha-power', 'vitaly-churkin', 'john-kerry']);
  });

  it('Foreign Policy quotes Kerry, Kirby, Kodmani, Ayrault, Ala and O’Brien, not Assad or Obama', () => {
    expect(quotedIn('washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence.md')).toEqual([
      'john-kerry',
      'john-kirby',
      'bassma-kodmani',
      'jean-marc-ayrault',
      'hussam-eddin-ala',
      'stephen-obrien',
    ]);
  });
});
