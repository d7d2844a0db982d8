/**
 * A tiny iCalendar reader for the e2e tests: reads the file the browser downloaded back into its properties, the
 * way a calendar would (RFC 5545 §3.1: CRLF line ends, a line starting with a space continues the one before).
 * Throws on a bare LF, so a file with the wrong line ends fails the test rather than being read leniently.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';

export interface ReadCalendar {
  fileName: string;
  /** Unfolded content lines, in order. */
  lines: string[];
  /** The value of the first line whose name and parameters are `key` (e.g. 'DTSTART;VALUE=DATE'). */
  value(key: string): string | undefined;
}

export function readCalendarText(fileName: string, text: string): ReadCalendar {
  if (!text.endsWith('\r\n')) throw new Error('The calendar file does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  if (physical.some((line) => line.includes('\n') || line.includes('\r')))
    throw new Error('The calendar file has a line ending that is not CRLF');
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return {
    fileName,
    lines,
    value(key) {
      const line = lines.find((l) => l.startsWith(`${key}:`));
      return line?.slice(key.length + 1);
    },
  };
}

/** Reads a Playwright download (the file the page saved) as a calendar. */
export async function readCalendarDownload(download: Download): Promise<ReadCalendar> {
  const file = await download.path();
  return readCalendarText(download.suggestedFilename(), readFileSync(file, 'utf8'));
}
