/** What a failed build prints: the message alone, the stack trace only when asked for. */
export function buildFailureMessage(error: unknown, { verbose }: { verbose: boolean }): string {
  if (!(error instanceof Error)) return String(error);
  return verbose && error.stack ? error.stack : error.message;
}
