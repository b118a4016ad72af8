import type { Localized } from '../core/locale.js';

// Every user-facing text exists in both languages (core/locale.ts); Korean is the source language.
export type { Locale, Localized } from '../core/locale.js';

export interface Diagram {
  /** The seed's image URL, unchanged. */
  url: string;
  /** Short caption describing what the diagram shows. */
  caption: Localized;
}

export interface Section {
  /** Stable id, unique within its lecture: lowercase ascii, digits and dashes (e.g. `pros-cons`). */
  id: string;
  /** Extra names a member may type for this section (lowercase; Korean or English). */
  aliases: readonly string[];
  title: Localized;
  /**
   * Markdown body as Discord renders it (bold, bullet lists).
   * Keep it within 3,500 characters per language so the embed has room for the header.
   */
  body: Localized;
  /** The seed's diagrams that belong to this section, in the seed's order. */
  diagrams: readonly Diagram[];
  /**
   * Imported notes: the section's text split into pages within Discord's limits (the same in
   * either language, as the group wrote it). Built-in sections have one page, their body.
   */
  pages?: readonly string[];
}

export interface Lecture {
  /** Stable slug used in commands and custom ids: `fullstack`, `ethics`, `career`, `nlp`. */
  slug: string;
  /** Names and aliases a member may type (lowercase; Korean and English), e.g. `풀스택`, `full-stack`. */
  aliases: readonly string[];
  title: Localized;
  speaker: Localized;
  /** One or two sentences on what the lecture is about. */
  blurb: Localized;
  /** Discord embed colour (0xRRGGBB). */
  color: number;
  sections: readonly Section[];
  /** Set for a group's own notes (imported, or from the operator's CONTENT_DIR); absent for the built-in lectures. */
  imported?: { origin: 'guild' | 'folder'; importedBy?: string; importedAt?: string; version?: number };
}

export interface ChecklistItem {
  /** Stable id, unique within its checklist: lowercase ascii, digits and dashes. */
  id: string;
  text: Localized;
}

export interface Checklist {
  /** Stable slug, e.g. `career-start`, `fullstack-roadmap`. */
  slug: string;
  aliases: readonly string[];
  title: Localized;
  description: Localized;
  /** The lecture (and section) this checklist comes from. */
  source: { lecture: string; section: string };
  items: readonly ChecklistItem[];
}

export type Difficulty = 'easy' | 'medium' | 'hard';

/** See `Question.source`. */
export type QuestionSource = 'notes' | 'added';

export interface Question {
  /** Stable id: `<lecture>-<nn>`, e.g. `nlp-07`. Never reuse an id for a different question. */
  id: string;
  lecture: string;
  /** Section id within the lecture that answers this question. */
  section: string;
  difficulty: Difficulty;
  /**
   * Where the tested fact comes from: `'notes'` when it is stated in the seed lecture notes
   * themselves; `'added'` when it tests what the bot's lecture text added (explanations of the
   * notes' headings, background). At least half of each lecture's questions must be `'notes'`.
   */
  source: QuestionSource;
  prompt: Localized;
  /** 3 to 5 choices, each at most 80 characters in each language (button label limit). */
  choices: readonly Localized[];
  /** Index into `choices` of the one correct choice. */
  answer: number;
  explanation: Localized;
  /** A guild's own question: from its notes, by a member, or generated from the notes. Absent for the built-in bank. */
  origin?: 'notes' | 'member' | 'generated';
  /** The member who wrote it, while they are one. */
  authorId?: string | null;
}
