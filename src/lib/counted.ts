/** "1 paragraph", "2 paragraphs": a count with its noun, singular for one. English only, as the site's own words are. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
