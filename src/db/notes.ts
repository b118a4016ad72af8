import type { Db } from './database.js';

export interface NotesImageRow {
  url: string;
  alt: string;
}

export interface NotesSectionRecord {
  position: number;
  key: string;
  title: string;
  pages: string[];
  images: NotesImageRow[];
  checklist: { title: string; items: { id: string; text: string }[] } | null;
}

export interface NotesLectureRecord {
  id: number;
  guildId: string;
  slug: string;
  title: string;
  frontSlug: string | null;
  aliases: string[];
  author: string | null;
  lang: 'ko' | 'en' | null;
  fileId: number;
  position: number;
  mode: string;
  version: number;
  renderer: number;
  importedBy: string;
  importedAt: string;
  sections: NotesSectionRecord[];
}

export interface NotesFileRecord {
  id: number;
  guildId: string;
  filename: string;
  markdown: string;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface NewNotesLecture {
  guildId: string;
  title: string;
  frontSlug: string | null;
  aliases: string[];
  author: string | null;
  lang: 'ko' | 'en' | null;
  fileId: number;
  position: number;
  mode: string;
  renderer: number;
  importedBy: string;
  importedAt: string;
}

interface LectureRow {
  id: number;
  guild_id: string;
  slug: string;
  title: string;
  front_slug: string | null;
  aliases: string;
  author: string | null;
  lang: 'ko' | 'en' | null;
  file_id: number;
  position: number;
  mode: string;
  version: number;
  renderer: number;
  imported_by: string;
  imported_at: string;
}

interface SectionRow {
  lecture_id: number;
  position: number;
  key: string;
  title: string;
  pages: string;
  images: string;
  checklist: string | null;
}

interface FileRow {
  id: number;
  guild_id: string;
  filename: string;
  markdown: string;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

const toSection = (row: SectionRow): NotesSectionRecord => ({
  position: row.position,
  key: row.key,
  title: row.title,
  pages: JSON.parse(row.pages) as string[],
  images: JSON.parse(row.images) as NotesImageRow[],
  checklist: row.checklist ? (JSON.parse(row.checklist) as NotesSectionRecord['checklist']) : null,
});

const toFile = (row: FileRow): NotesFileRecord => ({
  id: row.id,
  guildId: row.guild_id,
  filename: row.filename,
  markdown: row.markdown,
  sha256: row.sha256,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at,
});

/** A guild's imported notes: the files as uploaded, the lectures read from them, their rendered sections. */
export class NotesStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insertFile: db.prepare('INSERT INTO notes_files (guild_id, filename, markdown, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id'),
      file: db.prepare<[number], FileRow>('SELECT * FROM notes_files WHERE id = ?'),
      deleteFile: db.prepare('DELETE FROM notes_files WHERE id = ? AND NOT EXISTS (SELECT 1 FROM notes_lectures WHERE file_id = ?)'),
      lectures: db.prepare<[string], LectureRow>('SELECT * FROM notes_lectures WHERE guild_id = ? ORDER BY id'),
      sections: db.prepare<[string], SectionRow>(
        'SELECT s.* FROM notes_sections s JOIN notes_lectures l ON l.id = s.lecture_id WHERE l.guild_id = ? ORDER BY s.lecture_id, s.position',
      ),
      lectureSections: db.prepare<[number], SectionRow>('SELECT * FROM notes_sections WHERE lecture_id = ? ORDER BY position'),
      insertLecture: db.prepare(
        `INSERT INTO notes_lectures (guild_id, slug, title, front_slug, aliases, author, lang, file_id, position, mode, renderer, imported_by, imported_at)
         VALUES (@guildId, 'pending-' || lower(hex(randomblob(8))), @title, @frontSlug, @aliases, @author, @lang, @fileId, @position, @mode, @renderer, @importedBy, @importedAt)
         RETURNING id`,
      ),
      setSlug: db.prepare("UPDATE notes_lectures SET slug = 'n' || id WHERE id = ?"),
      updateLecture: db.prepare(
        `UPDATE notes_lectures SET title = @title, front_slug = @frontSlug, aliases = @aliases, author = @author, lang = @lang, file_id = @fileId,
           position = @position, mode = @mode, renderer = @renderer, imported_by = @importedBy, imported_at = @importedAt, version = version + 1
         WHERE id = @id`,
      ),
      setRenderer: db.prepare('UPDATE notes_lectures SET renderer = ? WHERE id = ?'),
      deleteSections: db.prepare('DELETE FROM notes_sections WHERE lecture_id = ?'),
      insertSection: db.prepare('INSERT INTO notes_sections (lecture_id, position, key, title, pages, images, checklist) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      deleteLecture: db.prepare('DELETE FROM notes_lectures WHERE id = ?'),
      outdated: db.prepare<[number], { guild_id: string }>('SELECT DISTINCT guild_id FROM notes_lectures WHERE renderer < ?'),
      guilds: db.prepare<[], { guild_id: string }>('SELECT DISTINCT guild_id FROM notes_lectures'),
    };
  }

  insertFile(guildId: string, filename: string, markdown: string, sha256: string, uploadedBy: string, at: Date): number {
    return (this.s.insertFile.get(guildId, filename, markdown, sha256, uploadedBy, at.toISOString()) as { id: number }).id;
  }

  file(id: number): NotesFileRecord | undefined {
    const row = this.s.file.get(id);
    return row && toFile(row);
  }

  /** Deletes a file no lecture comes from any more. */
  deleteFileIfUnused(id: number): void {
    this.s.deleteFile.run(id, id);
  }

  /** Every imported lecture of a guild with its sections, oldest first: two statements, whatever their number. */
  lectures(guildId: string): NotesLectureRecord[] {
    const sections = new Map<number, NotesSectionRecord[]>();
    for (const row of this.s.sections.all(guildId)) {
      const list = sections.get(row.lecture_id) ?? [];
      list.push(toSection(row));
      sections.set(row.lecture_id, list);
    }
    return this.s.lectures.all(guildId).map((row) => ({
      id: row.id,
      guildId: row.guild_id,
      slug: row.slug,
      title: row.title,
      frontSlug: row.front_slug,
      aliases: JSON.parse(row.aliases) as string[],
      author: row.author,
      lang: row.lang,
      fileId: row.file_id,
      position: row.position,
      mode: row.mode,
      version: row.version,
      renderer: row.renderer,
      importedBy: row.imported_by,
      importedAt: row.imported_at,
      sections: sections.get(row.id) ?? [],
    }));
  }

  /** A new lecture; its slug is `n` and its id. Call inside the import's transaction. */
  insertLecture(lecture: NewNotesLecture): { id: number; slug: string } {
    const { id } = this.s.insertLecture.get({ ...lecture, aliases: JSON.stringify(lecture.aliases) }) as { id: number };
    this.s.setSlug.run(id);
    return { id, slug: `n${id}` };
  }

  /** A new version of a lecture: same id and slug, the new file's title and metadata. */
  updateLecture(id: number, lecture: NewNotesLecture): void {
    this.s.updateLecture.run({ ...lecture, id, aliases: JSON.stringify(lecture.aliases) });
  }

  setRenderer(id: number, renderer: number): void {
    this.s.setRenderer.run(renderer, id);
  }

  replaceSections(lectureId: number, sections: readonly Omit<NotesSectionRecord, 'position'>[]): void {
    this.s.deleteSections.run(lectureId);
    sections.forEach((section, position) => {
      this.s.insertSection.run(
        lectureId,
        position,
        section.key,
        section.title,
        JSON.stringify(section.pages),
        JSON.stringify(section.images),
        section.checklist ? JSON.stringify(section.checklist) : null,
      );
    });
  }

  sectionsOf(lectureId: number): NotesSectionRecord[] {
    return this.s.lectureSections.all(lectureId).map(toSection);
  }

  /** Deletes a lecture and its sections (reads and points already earned stay with the members). */
  deleteLecture(id: number): void {
    this.s.deleteLecture.run(id);
  }

  /** Every guild that has imported notes. */
  guildsWithNotes(): string[] {
    return this.s.guilds.all().map((row) => row.guild_id);
  }

  /** Guilds with lectures a renderer older than `renderer` drew. */
  guildsRenderedBefore(renderer: number): string[] {
    return this.s.outdated.all(renderer).map((row) => row.guild_id);
  }
}
