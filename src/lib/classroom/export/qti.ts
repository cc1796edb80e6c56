import { escapeHtml, escapeXml, XML_DECLARATION } from './xml.ts';

/** QTI 1.2's namespace, as Common Cartridge 1.1 profiles it (ccv1p1_qtiasiv1p2p1_v1p0.xsd). */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const QTI_SCHEMA = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd';

/** The id of the feedback that holds an item's answer key: "general_fb", the name Canvas and Moodle read as general feedback. */
export const ANSWER_FEEDBACK_ID = 'general_fb';

export interface EssayItem {
  /** Unique in the assessment; an XML name (starts with a letter). */
  ident: string;
  title: string;
  /** What the student reads: the question, as HTML whose text is already escaped. */
  html: string;
  /** The answer key, plain text: kept to the item's general feedback, which LMSs show only after grading (or to teachers). */
  answer?: string | undefined;
}

export interface Assessment {
  ident: string;
  title: string;
  items: readonly EssayItem[];
}

const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${escapeXml(label)}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;

/** HTML carried in a `mattext`: escaped once more, as XML text. */
const mattext = (html: string) => `<material><mattext texttype="text/html">${escapeXml(html)}</mattext></material>`;

/** The answer key as HTML paragraphs, one per line of the teacher's text. */
function answerHtml(answer: string): string {
  return answer
    .split(/\n\s*\n/u)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('');
}

function essayItem(item: EssayItem): string {
  const lines = [
    `<item ident="${escapeXml(item.ident)}" title="${escapeXml(item.title)}">`,
    `<itemmetadata><qtimetadata>${field('cc_profile', 'cc.essay.v0p1')}${field('qmd_scoringpermitted', 'Yes')}${field('qmd_computerscored', 'No')}</qtimetadata></itemmetadata>`,
    `<presentation>${mattext(item.html)}<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str></presentation>`,
  ];
  if (item.answer !== undefined) {
    // Shown by the LMS after grading, never while the student answers: the one place for the key.
    lines.push(
      `<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes><respcondition continue="No"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${ANSWER_FEEDBACK_ID}"/></respcondition></resprocessing>`,
      `<itemfeedback ident="${ANSWER_FEEDBACK_ID}"><flow_mat>${mattext(answerHtml(item.answer))}</flow_mat></itemfeedback>`,
    );
  } else {
    lines.push('<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes></resprocessing>');
  }
  lines.push('</item>');
  return lines.join('\n');
}

/**
 * One QTI 1.2 assessment of essay items, in Common Cartridge 1.1's profile
 * (cc.exam.v0p1 with cc.essay.v0p1 items, graded by hand). The profile wants
 * at least one item: an assessment with none is an error, for the caller to leave out.
 */
export function assessmentXml(assessment: Assessment): string {
  if (assessment.items.length === 0) throw new Error(`"${assessment.title}" has no questions: a QTI assessment needs at least one`);
  const idents = new Set<string>();
  for (const { ident } of assessment.items) {
    if (idents.has(ident)) throw new Error(`two questions share the id "${ident}"`);
    idents.add(ident);
  }
  return (
    XML_DECLARATION +
    [
      `<questestinterop xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}">`,
      `<assessment ident="${escapeXml(assessment.ident)}" title="${escapeXml(assessment.title)}">`,
      `<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('qmd_scoretype', 'Percentage')}${field('cc_maxattempts', '1')}</qtimetadata>`,
      '<section ident="root_section">',
      ...assessment.items.map(essayItem),
      '</section>',
      '</assessment>',
      '</questestinterop>',
    ].join('\n') +
    '\n'
  );
}
