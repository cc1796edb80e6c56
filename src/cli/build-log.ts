/**
 * The build's log, as Astro's own but readable with pages rendered four at a
 * time: Astro writes each page as a line begun when it starts and ended when
 * it is done, so concurrent pages run together. This log leaves the page lines
 * out (they return with --verbose) and counts pages instead; it names the
 * output folder the site will be in, not the staging folder Astro writes to.
 */
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import { matchesLevel } from 'astro/logger';

export interface BuildLogOptions {
  level: AstroLoggerLevel;
  /** The folder the finished site goes to. */
  target: string;
}

/** Every this many pages the log says how far it has got. */
const PROGRESS_EVERY = 1000;

export default function buildLog({ level, target }: BuildLogOptions): AstroLoggerDestination {
  const verbose = matchesLevel('debug', level);
  let pages = 0;
  return {
    write(event: AstroLoggerMessage) {
      if (!matchesLevel(event.level, level)) return;
      const isPageLine = event.label === null && !event.newLine && event.message.includes('├─');
      const isPageTime = event.label === 'SKIP_FORMAT' && /^\s*\S*\(\+\d/.test(event.message);
      if (!verbose && (isPageLine || isPageTime)) {
        if (isPageLine && ++pages % PROGRESS_EVERY === 0) print(event, `  ${pages.toLocaleString('en')} pages rendered`);
        return;
      }
      const message = event.label === 'build' && event.message.startsWith('directory:') ? `directory: ${target}/` : event.message;
      if (event.label === 'SKIP_FORMAT') (event.level === 'error' ? process.stderr : process.stdout).write(message + (event.newLine ? '\n' : ''));
      else print(event, message);
    },
  };
}

function print(event: AstroLoggerMessage, message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  const label = event.label ? ` [${event.label}]` : '';
  const stream = event.level === 'error' ? process.stderr : process.stdout;
  stream.write(`${time}${label} ${message}${event.newLine ? '\n' : ''}`);
}
