import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { findLecture } from '../content/catalog.js';
import { decodeNotes } from '../content/notes/decode.js';
import { notesChecklists, notesLecture } from '../content/notes/lecture.js';
import { NotesError, parseNotes, shortHash } from '../content/notes/parse.js';
import type { Checklist, Lecture } from '../content/types.js';
import { NOTES_EXTENSIONS } from './notes.js';

export interface FolderNotes {
  lectures: Lecture[];
  checklists: Checklist[];
}

/**
 * CONTENT_DIR: every Markdown file in the operator's folder, read at start, for every guild and
 * the console. A file that cannot be imported is logged with its name, line and reason; the
 * others load and the bot starts.
 */
export function loadFolderNotes(dir: string | undefined, log: Logger): FolderNotes {
  const out: FolderNotes = { lectures: [], checklists: [] };
  if (!dir) return out;
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => NOTES_EXTENSIONS.test(name))
      .sort();
  } catch (error) {
    log.error({ dir, err: error }, 'CONTENT_DIR cannot be read; starting without its notes');
    return out;
  }
  const slugs = new Set<string>();
  for (const file of files) {
    const path = join(dir, file);
    try {
      if (!statSync(path).isFile()) continue;
      const decoded = decodeNotes(readFileSync(path));
      if ('problem' in decoded) {
        log.error({ file, line: 0, reason: decoded.problem }, 'notes file not loaded');
        continue;
      }
      const parsed = parseNotes(decoded.text, file);
      const base = `d${shortHash(file)}`;
      for (const [i, lecture] of parsed.lectures.entries()) {
        if (findLecture(lecture.title)) {
          log.error({ file, line: lecture.line, reason: 'clashes-builtin', title: lecture.title }, 'notes lecture not loaded');
          continue;
        }
        const slug = parsed.lectures.length === 1 ? base : `${base}-${i + 1}`;
        if (slugs.has(slug)) continue;
        slugs.add(slug);
        const data = {
          slug,
          title: lecture.title,
          aliases: [
            lecture.title,
            ...(parsed.lectures.length === 1 && parsed.frontMatter.slug ? [parsed.frontMatter.slug] : []),
            ...parsed.frontMatter.aliases,
          ],
          author: parsed.frontMatter.author ?? null,
          origin: 'folder' as const,
          sections: lecture.sections,
        };
        out.lectures.push(notesLecture(data));
        out.checklists.push(...notesChecklists(data));
      }
      for (const warning of parsed.warnings) log.warn({ file, line: warning.line, warning: warning.kind }, 'notes file warning');
      log.info({ file, lectures: parsed.lectures.length }, 'notes file loaded');
    } catch (error) {
      if (error instanceof NotesError) log.error({ file, line: error.line, reason: error.reason }, 'notes file not loaded');
      else log.error({ file, err: error }, 'notes file not loaded');
    }
  }
  return out;
}
