import { escapeXml, XML_DECLARATION } from './xml.ts';

/**
 * Common Cartridge 1.1: the version that Canvas and Moodle both import as it
 * is (Moodle's restore reads CC 1.0 and 1.1 only), and that Schoology's
 * converter turns into the 1.2 it imports. See the README.
 */
export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOM_MANIFEST = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const LOM_RESOURCE = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource';
const SCHEMA_LOCATIONS = [
  [CC_NAMESPACE, 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd'],
  [LOM_MANIFEST, 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd'],
  [LOM_RESOURCE, 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd'],
];
export const WEBLINK_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const WEBLINK_SCHEMA = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd';

export const RESOURCE_TYPES = {
  webcontent: 'webcontent',
  weblink: 'imswl_xmlv1p1',
  assessment: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
} as const;

export interface Resource {
  identifier: string;
  type: keyof typeof RESOURCE_TYPES;
  /** The file the resource opens: only web content has one (CC 1.1 gives links and assessments none). */
  href?: string | undefined;
  /** Every file in the cartridge that the resource is made of, paths from the cartridge's root. */
  files: readonly string[];
  /** For the teacher only (CC 1.1's Instructor role): LMSs keep it from students. Such a resource is left out of the organization. */
  instructorOnly?: boolean | undefined;
}

export interface OrganizationItem {
  identifier: string;
  title: string;
  /** The resource it opens. */
  resource: string;
}

export interface Manifest {
  identifier: string;
  title: string;
  description?: string | undefined;
  /** BCP 47 tag of the content. */
  language: string;
  /** The module the LMS makes: its title, and its items in order. */
  module: { identifier: string; title: string; items: readonly OrganizationItem[] };
  resources: readonly Resource[];
}

const langString = (text: string, language: string) => `<lomimscc:string language="${escapeXml(language)}">${escapeXml(text)}</lomimscc:string>`;

const INSTRUCTOR_ROLE =
  '<metadata><lom:lom><lom:educational><lom:intendedEndUserRole><lom:source>IMSGLC_CC_Rolesv1p1</lom:source><lom:value>Instructor</lom:value></lom:intendedEndUserRole></lom:educational></lom:lom></metadata>';

function resourceXml(resource: Resource): string {
  const href = resource.href === undefined ? '' : ` href="${escapeXml(resource.href)}"`;
  const inner = [resource.instructorOnly ? INSTRUCTOR_ROLE : '', ...resource.files.map((file) => `<file href="${escapeXml(file)}"/>`)].join('');
  return `<resource identifier="${escapeXml(resource.identifier)}" type="${RESOURCE_TYPES[resource.type]}"${href}>${inner}</resource>`;
}

/**
 * `imsmanifest.xml`: the cartridge's title, one module of items, and every
 * resource with its files. Checks what an LMS would stumble on: repeated
 * identifiers, an item naming no resource, a teacher-only resource in the module.
 */
export function manifestXml(manifest: Manifest): string {
  const ids = new Set<string>(['organization', 'root', manifest.identifier, manifest.module.identifier]);
  const claim = (id: string) => {
    if (!/^[A-Za-z_][\w.-]*$/u.test(id)) throw new Error(`"${id}" is not an XML identifier`);
    if (ids.has(id)) throw new Error(`the identifier "${id}" is used twice`);
    ids.add(id);
  };
  const byId = new Map(manifest.resources.map((resource) => [resource.identifier, resource]));
  manifest.resources.forEach((resource) => claim(resource.identifier));
  for (const item of manifest.module.items) {
    claim(item.identifier);
    const resource = byId.get(item.resource);
    if (!resource) throw new Error(`the item "${item.title}" opens "${item.resource}", which is not a resource`);
    if (resource.instructorOnly) throw new Error(`"${item.title}" is for the teacher only: it stays out of the students' module`);
  }
  const description = manifest.description ? `<lomimscc:description>${langString(manifest.description, manifest.language)}</lomimscc:description>` : '';
  return (
    XML_DECLARATION +
    [
      `<manifest xmlns="${CC_NAMESPACE}" xmlns:lomimscc="${LOM_MANIFEST}" xmlns:lom="${LOM_RESOURCE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="${escapeXml(manifest.identifier)}" xsi:schemaLocation="${SCHEMA_LOCATIONS.flat().join(' ')}">`,
      '<metadata>',
      '<schema>IMS Common Cartridge</schema>',
      '<schemaversion>1.1.0</schemaversion>',
      `<lomimscc:lom><lomimscc:general><lomimscc:title>${langString(manifest.title, manifest.language)}</lomimscc:title><lomimscc:language>${escapeXml(manifest.language)}</lomimscc:language>${description}</lomimscc:general></lomimscc:lom>`,
      '</metadata>',
      '<organizations>',
      '<organization identifier="organization" structure="rooted-hierarchy">',
      '<item identifier="root">',
      `<item identifier="${escapeXml(manifest.module.identifier)}">`,
      `<title>${escapeXml(manifest.module.title)}</title>`,
      ...manifest.module.items.map((item) => `<item identifier="${escapeXml(item.identifier)}" identifierref="${escapeXml(item.resource)}"><title>${escapeXml(item.title)}</title></item>`),
      '</item>',
      '</item>',
      '</organization>',
      '</organizations>',
      '<resources>',
      ...manifest.resources.map(resourceXml),
      '</resources>',
      '</manifest>',
    ].join('\n') +
    '\n'
  );
}

/** A web link resource's file: its title and the address it opens. */
export function webLinkXml(title: string, url: string): string {
  return (
    XML_DECLARATION +
    `<webLink xmlns="${WEBLINK_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${WEBLINK_NAMESPACE} ${WEBLINK_SCHEMA}">` +
    `<title>${escapeXml(title)}</title><url href="${escapeXml(url)}" target="_blank"/></webLink>\n`
  );
}
