/** A problem in one content file, said so an editor can find and fix it: the file, the field, what is wrong. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  constructor(file: string, problem: string, field?: string) {
    super(field ? `${file}: field "${field}": ${problem}` : `${file}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
