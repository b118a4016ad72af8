import { createHash } from 'node:crypto';
import type { AttachmentOption } from '../core/requests.js';
import { findLecture } from '../content/catalog.js';
import { decodeNotes, MAX_NOTES_BYTES } from '../content/notes/decode.js';
import type { LectureMode } from '../content/notes/frontMatter.js';
import { notesChecklists, notesLecture } from '../content/notes/lecture.js';
import { NotesError, parseNotes, type NotesWarning, type ParsedNotes } from '../content/notes/parse.js';
import type { QuestionSkip } from '../content/notes/questions.js';
import type { Checklist, Lecture } from '../content/types.js';
import type { Clock } from '../domain/clock.js';
import type { NotesLectureRecord, NotesStore } from '../db/notes.js';
import type { Transaction } from '../db/stores.js';
import { DownloadError, type Downloader } from './download.js';
import type { QuestionService } from './questions.js';

/** Bumped when rendering changes: stored lectures drawn by an older renderer are drawn again from their Markdown. */
export const RENDERER_VERSION = 1;

export const NOTES_EXTENSIONS = /\.(md|markdown|txt)$/i;

export type ImportProblem =
  | 'not-markdown'
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'only-front-matter'
  | 'too-many-sections'
  | 'too-many-pages'
  | 'bad-front-matter'
  | 'download-failed'
  | 'download-timeout'
  | 'clashes-builtin'
  | 'busy';

/** Why an import did not happen; nothing of it was stored. */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly line = 0,
    readonly detail: Readonly<Record<string, string | number>> = {},
  ) {
    super(problem);
    this.name = 'ImportError';
  }
}

export interface LectureReport {
  slug: string;
  title: string;
  /** Questions written in the notes (asked at once), generated from them (for review), and skipped ones. */
  questions: number;
  generated: number;
  /** Whether the generated ones went straight into the bank (auto-approve) rather than to review. */
  generatedApproved: boolean;
  skipped: QuestionSkip[];
  sections: number;
  images: number;
  pages: number;
  checklists: number;
  /** A new version of a lecture the guild had: what changed, by section title. */
  replaced: boolean;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ImportReport {
  lectures: LectureReport[];
  warnings: NotesWarning[];
}

export interface NotesListing {
  slug: string;
  title: string;
  sections: number;
  importedBy: string;
  importedAt: string;
  version: number;
}

interface Cached {
  lectures: Lecture[];
  checklists: Checklist[];
}

/** How many guilds' notes stay in memory at once (the rest are read again when asked for). */
const CACHED_GUILDS = 500;
const NONE: Cached = { lectures: [], checklists: [] };

/**
 * A guild's own notes: importing a file (one transaction, nothing half-imported), a new version
 * replacing the old by title or front-matter slug (sections matched by heading keep their key,
 * so members' reading state stays), removal, export of the file as uploaded, and the lectures
 * the catalog shows, cached per guild.
 */
export class NotesService {
  private readonly cache = new Map<string, Cached>();
  private readonly importing = new Set<string>();
  /** Guilds that have notes: the thousands that have none cost no query (a daily fan-out asks for every guild). */
  private readonly withNotes: Set<string>;

  constructor(
    private readonly deps: {
      notes: NotesStore;
      transaction: Transaction;
      downloader: Downloader;
      clock: Clock;
      questions?: Pick<QuestionService, 'syncNotes' | 'dropLecture'>;
    },
  ) {
    this.withNotes = new Set(deps.notes.guildsWithNotes());
  }

  lectures(guildId: string): readonly Lecture[] {
    return this.load(guildId).lectures;
  }

  checklists(guildId: string): readonly Checklist[] {
    return this.load(guildId).checklists;
  }

  private load(guildId: string): Cached {
    if (!this.withNotes.has(guildId)) return NONE;
    const hit = this.cache.get(guildId);
    if (hit) {
      // Most recently used last, so the first entry is the one to forget.
      this.cache.delete(guildId);
      this.cache.set(guildId, hit);
      return hit;
    }
    const records = this.deps.notes.lectures(guildId);
    const data = records.map((record) => ({
      slug: record.slug,
      title: record.title,
      aliases: [record.title, ...(record.frontSlug ? [record.frontSlug] : []), ...record.aliases],
      author: record.author,
      origin: 'guild' as const,
      importedBy: record.importedBy,
      importedAt: record.importedAt,
      version: record.version,
      sections: record.sections,
    }));
    const cached = { lectures: data.map(notesLecture), checklists: data.flatMap(notesChecklists) };
    this.cache.set(guildId, cached);
    if (this.cache.size > CACHED_GUILDS) this.cache.delete(this.cache.keys().next().value!);
    return cached;
  }

  list(guildId: string): NotesListing[] {
    return this.deps.notes.lectures(guildId).map((record) => ({
      slug: record.slug,
      title: record.title,
      sections: record.sections.length,
      importedBy: record.importedBy,
      importedAt: record.importedAt,
      version: record.version,
    }));
  }

  /** Downloads the attachment Discord gave (never a URL from a member's text), then imports it. */
  async importAttachment(guildId: string, userId: string, attachment: AttachmentOption, mode: LectureMode): Promise<ImportReport> {
    if (!NOTES_EXTENSIONS.test(attachment.filename)) throw new ImportError('not-markdown');
    if (attachment.size > MAX_NOTES_BYTES) throw new ImportError('too-large', 0, { max: MAX_NOTES_BYTES });
    if (this.importing.has(guildId)) throw new ImportError('busy');
    this.importing.add(guildId);
    try {
      let bytes: Uint8Array;
      try {
        bytes = await this.deps.downloader.download(attachment.url, MAX_NOTES_BYTES);
      } catch (error) {
        if (!(error instanceof DownloadError)) throw error;
        if (error.problem === 'too-large') throw new ImportError('too-large', 0, { max: MAX_NOTES_BYTES });
        throw new ImportError(error.problem === 'timeout' ? 'download-timeout' : 'download-failed');
      }
      const decoded = decodeNotes(bytes);
      if ('problem' in decoded) throw new ImportError(decoded.problem, 0, { max: MAX_NOTES_BYTES });
      return this.importText(guildId, userId, attachment.filename, decoded.text, mode);
    } finally {
      this.importing.delete(guildId);
    }
  }

  /** Imports notes text: parsed first, then stored in one transaction. */
  importText(guildId: string, userId: string, filename: string, markdown: string, mode: LectureMode): ImportReport {
    const parsed = parse(markdown, filename, mode);
    for (const lecture of parsed.lectures) {
      const slug = parsed.frontMatter.slug;
      if (findLecture(lecture.title) || (slug && findLecture(slug))) throw new ImportError('clashes-builtin', lecture.line, { title: lecture.title });
    }
    const now = this.deps.clock.now();
    const { notes } = this.deps;
    const reports = this.deps.transaction(() => {
      const existing = notes.lectures(guildId);
      const fileId = notes.insertFile(guildId, filename, markdown, createHash('sha256').update(markdown).digest('hex'), userId, now);
      const replacedFiles = new Set<number>();
      const reports = parsed.lectures.map((lecture, position): LectureReport => {
        // One lecture in the file: its front-matter slug names it too.
        const frontSlug = parsed.lectures.length === 1 ? (parsed.frontMatter.slug ?? null) : null;
        const same = existing.find(
          (record) => (frontSlug !== null && record.frontSlug === frontSlug) || record.title.toLowerCase() === lecture.title.toLowerCase(),
        );
        const row = {
          guildId,
          title: lecture.title,
          frontSlug,
          aliases: parsed.lectures.length === 1 ? parsed.frontMatter.aliases : [],
          author: parsed.frontMatter.author ?? null,
          lang: parsed.frontMatter.lang ?? null,
          fileId,
          position,
          mode: parsed.mode,
          renderer: RENDERER_VERSION,
          importedBy: userId,
          importedAt: now.toISOString(),
        };
        const sections = lecture.sections.map((s) => ({ key: s.key, title: s.title, pages: s.pages, images: s.images, checklist: s.checklist ?? null }));
        let slug: string;
        let diff = { added: [] as string[], changed: [] as string[], removed: [] as string[] };
        if (same) {
          notes.updateLecture(same.id, row);
          diff = compare(same, sections);
          notes.replaceSections(same.id, sections);
          replacedFiles.add(same.fileId);
          slug = same.slug;
        } else {
          const inserted = notes.insertLecture(row);
          notes.replaceSections(inserted.id, sections);
          slug = inserted.slug;
          diff.added = sections.map((s) => s.title);
        }
        // The lecture's questions go in with it, in the same transaction.
        const asked = this.deps.questions?.syncNotes(guildId, slug, lecture.questions, lecture.emphases, userId, now) ?? {
          written: 0,
          generated: 0,
          autoApproved: false,
        };
        return {
          slug,
          title: lecture.title,
          questions: asked.written,
          generated: asked.generated,
          generatedApproved: asked.autoApproved,
          skipped: lecture.skipped,
          sections: sections.length,
          images: sections.reduce((sum, s) => sum + s.images.length, 0),
          pages: sections.reduce((sum, s) => sum + s.pages.length, 0),
          checklists: sections.filter((s) => s.checklist).length,
          replaced: same !== undefined,
          ...diff,
        };
      });
      for (const id of replacedFiles) notes.deleteFileIfUnused(id);
      return reports;
    });
    this.withNotes.add(guildId);
    this.cache.delete(guildId);
    return { lectures: reports, warnings: parsed.warnings };
  }

  /** Removes a lecture (its reads and the points they earned stay with the members). */
  remove(guildId: string, slug: string): string | undefined {
    const { notes } = this.deps;
    const removed = this.deps.transaction(() => {
      const record = notes.lectures(guildId).find((l) => l.slug === slug);
      if (!record) return undefined;
      notes.deleteLecture(record.id);
      notes.deleteFileIfUnused(record.fileId);
      this.deps.questions?.dropLecture(guildId, slug);
      return record.title;
    });
    if (removed !== undefined && notes.lectures(guildId).length === 0) this.withNotes.delete(guildId);
    this.cache.delete(guildId);
    return removed;
  }

  /** The Markdown a lecture came from, as it was uploaded. */
  exportFile(guildId: string, slug: string): { filename: string; markdown: string } | undefined {
    const record = this.deps.notes.lectures(guildId).find((l) => l.slug === slug);
    const file = record && this.deps.notes.file(record.fileId);
    return file && { filename: file.filename, markdown: file.markdown };
  }

  /**
   * Lectures an older renderer drew are drawn again from the Markdown they came from (at start),
   * keeping their slugs and section keys. Returns how many lectures were redrawn.
   */
  rerenderOutdated(): number {
    let redrawn = 0;
    const { notes } = this.deps;
    for (const guildId of notes.guildsRenderedBefore(RENDERER_VERSION)) {
      this.deps.transaction(() => {
        for (const record of notes.lectures(guildId).filter((l) => l.renderer < RENDERER_VERSION)) {
          const file = notes.file(record.fileId);
          if (!file) continue;
          const lecture = parse(file.markdown, file.filename, record.mode as LectureMode).lectures[record.position];
          if (!lecture) continue;
          notes.replaceSections(
            record.id,
            lecture.sections.map((s) => ({ key: s.key, title: s.title, pages: s.pages, images: s.images, checklist: s.checklist ?? null })),
          );
          notes.setRenderer(record.id, RENDERER_VERSION);
          redrawn++;
        }
      });
      this.cache.delete(guildId);
    }
    return redrawn;
  }
}

function parse(markdown: string, filename: string, mode: LectureMode): ParsedNotes {
  try {
    return parseNotes(markdown, filename, mode);
  } catch (error) {
    if (error instanceof NotesError) throw new ImportError(error.reason, error.line, error.detail);
    throw error;
  }
}

/** Sections of a new version against the old: matched by key (from the heading). */
function compare(old: NotesLectureRecord, sections: readonly { key: string; title: string; pages: readonly string[] }[]) {
  const before = new Map(old.sections.map((s) => [s.key, s]));
  const after = new Set(sections.map((s) => s.key));
  return {
    added: sections.filter((s) => !before.has(s.key)).map((s) => s.title),
    changed: sections.filter((s) => before.has(s.key) && JSON.stringify(before.get(s.key)!.pages) !== JSON.stringify(s.pages)).map((s) => s.title),
    removed: old.sections.filter((s) => !after.has(s.key)).map((s) => s.title),
  };
}
