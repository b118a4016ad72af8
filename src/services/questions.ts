import type { Question } from '../content/types.js';
import { clozeQuestions, type ClozeQuestion, type Emphasis, type NotesQuestion } from '../content/notes/questions.js';
import { shortHash } from '../content/notes/parse.js';
import type { GuildSettingsStore } from '../db/guildSettings.js';
import type { OpenReports, QuestionReportStore, ReportKind } from '../db/questionReports.js';
import type { GuildQuestion, GuildQuestionStore } from '../db/questions.js';
import type { ItemFigures, QuestionStatsStore } from '../db/questionStats.js';
import type { Transaction } from '../db/stores.js';
import type { Bank } from './bank.js';
import type { ProgressService } from './progress.js';

/** What a member writes in the "add a question" form, checked. */
export interface QuestionDraft {
  prompt: string;
  right: string;
  wrong: string[];
  explanation: string;
}

export type DraftProblem = 'prompt-length' | 'choice-length' | 'wrong-count' | 'duplicate-choice' | 'explanation-length';

export const PROMPT_MAX = 300;
export const CHOICE_MAX = 77;
export const EXPLANATION_MAX = 1000;

const normalized = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');

/** The problem with a draft, or undefined when it can be a question. */
export function checkDraft(draft: QuestionDraft): DraftProblem | undefined {
  const prompt = draft.prompt.trim();
  if (prompt.length < 5 || prompt.length > PROMPT_MAX) return 'prompt-length';
  if (draft.wrong.length < 1 || draft.wrong.length > 3) return 'wrong-count';
  const choices = [draft.right, ...draft.wrong].map((choice) => choice.trim());
  if (choices.some((choice) => choice.length === 0 || choice.length > CHOICE_MAX)) return 'choice-length';
  if (new Set(choices.map(normalized)).size !== choices.length) return 'duplicate-choice';
  if (draft.explanation.trim().length > EXPLANATION_MAX) return 'explanation-length';
  return undefined;
}

/** The lines of the "wrong answers" field: one a line, blank lines ignored. */
export const wrongLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export interface ReportsView {
  reported: (OpenReports & { question: Question })[];
  /** Questions whose item analysis looks wrong: strong members fail them more than weak ones, or few get them right. */
  flagged: (ItemFigures & { question: Question })[];
  /** How many questions need a look in all (reported or flagged), of which the lists hold the first few. */
  total: number;
}

/** Item analysis needs this many first answers before it says anything about a question. */
export const MIN_FIRST_ANSWERS = 10;
/** A member can have this many questions waiting for review at once, so one member cannot flood the list. */
export const MAX_PENDING_PER_AUTHOR = 20;
export const LOW_RIGHT_SHARE = 0.2;

export interface QuestionServiceDeps {
  questions: GuildQuestionStore;
  reports: QuestionReportStore;
  itemStats: QuestionStatsStore;
  guilds: Pick<GuildSettingsStore, 'get'>;
  bank: Bank;
  progress: Pick<ProgressService, 'awardAuthor' | 'touch'>;
  transaction: Transaction;
}

/**
 * A guild's own questions: written in its notes (asked at once), written by members or generated
 * from the notes (pending until a notes editor approves, unless the guild auto-approves), reported
 * by members, edited and disabled by editors, and the item analysis that finds bad ones.
 */
export class QuestionService {
  constructor(private readonly deps: QuestionServiceDeps) {}

  /** A member's question: pending (or approved at once with auto-approve); undefined past MAX_PENDING_PER_AUTHOR. */
  submit(guildId: string, authorId: string, lecture: string, section: string, draft: QuestionDraft, now: Date): GuildQuestion | undefined {
    const auto = this.deps.guilds.get(guildId).autoApprove;
    const question = this.deps.transaction(() => {
      if (!auto && this.deps.questions.pendingBy(guildId, authorId) >= MAX_PENDING_PER_AUTHOR) return undefined;
      this.deps.progress.touch(guildId, authorId, now);
      const id = `m${this.deps.questions.nextNumber()}`;
      this.deps.questions.insert({
        guildId,
        id,
        lecture,
        section,
        origin: 'member',
        status: 'pending',
        prompt: draft.prompt.trim(),
        choices: [draft.right.trim(), ...draft.wrong.map((w) => w.trim())],
        answer: 0,
        explanation: draft.explanation.trim(),
        authorId,
        createdAt: now,
      });
      if (auto) this.approveIn(guildId, id, authorId, now);
      return this.deps.questions.get(guildId, id)!;
    });
    if (question) this.deps.bank.changed(guildId);
    return question;
  }

  /** Approves a pending question; undefined when it was not pending any more (another editor was first). */
  approve(guildId: string, id: string, editorId: string, now: Date): GuildQuestion | undefined {
    const approved = this.deps.transaction(() => (this.approveIn(guildId, id, editorId, now) ? this.deps.questions.get(guildId, id) : undefined));
    if (approved) this.deps.bank.changed(guildId);
    return approved;
  }

  private approveIn(guildId: string, id: string, editorId: string, now: Date): boolean {
    if (!this.deps.questions.decide(guildId, id, 'approved', editorId, now)) return false;
    const question = this.deps.questions.get(guildId, id)!;
    // Its author earns points once, whatever happens to it later.
    if (question.authorId && this.deps.questions.reward(guildId, id)) this.deps.progress.awardAuthor(guildId, question.authorId, now);
    return true;
  }

  reject(guildId: string, id: string, editorId: string, reason: string, now: Date): GuildQuestion | undefined {
    return this.deps.transaction(() =>
      this.deps.questions.decide(guildId, id, 'rejected', editorId, now, reason) ? this.deps.questions.get(guildId, id) : undefined,
    );
  }

  /** An editor's fix of a guild question: future posts show it; posts already out keep what they showed. */
  edit(guildId: string, id: string, version: number, draft: QuestionDraft): GuildQuestion | undefined {
    const edited = this.deps.questions.edit(guildId, id, version, {
      prompt: draft.prompt.trim(),
      choices: [draft.right.trim(), ...draft.wrong.map((w) => w.trim())],
      answer: 0,
      explanation: draft.explanation.trim(),
    });
    if (!edited) return undefined;
    this.deps.bank.changed(guildId);
    return this.deps.questions.get(guildId, id);
  }

  /** Takes a question out of the guild's quizzes (built-in ones too). */
  disable(guildId: string, id: string, editorId: string, now: Date): void {
    this.deps.questions.disable(guildId, id, editorId, now);
    this.deps.bank.changed(guildId);
  }

  report(guildId: string, questionId: string, reporterId: string, kind: ReportKind, text: string, now: Date): void {
    this.deps.reports.add(guildId, questionId, reporterId, kind, text.trim(), now);
  }

  /** Resolves a question's reports; the reporters, to tell them. */
  resolveReports(guildId: string, questionId: string, resolution: 'edited' | 'disabled' | 'dismissed', now: Date): string[] {
    return this.deps.reports.resolve(guildId, questionId, resolution, now);
  }

  pending(guildId: string, limit: number): { questions: GuildQuestion[]; total: number } {
    return { questions: this.deps.questions.withStatus(guildId, 'pending', limit), total: this.deps.questions.count(guildId, 'pending') };
  }

  /**
   * Reported questions (most reported first), then those item analysis flags (most negative
   * discrimination first), `limit` of them with their questions, and how many there are in all.
   */
  reports(guildId: string, limit = 5): ReportsView {
    const find = (id: string) => this.deps.bank.find(guildId, id);
    const reported = this.deps.reports
      .open(guildId)
      .map((entry) => ({ ...entry, question: find(entry.questionId) }))
      .filter((entry): entry is OpenReports & { question: Question } => entry.question !== undefined);
    const seen = new Set(reported.map((entry) => entry.questionId));
    const flagged = this.deps.itemStats
      .flagged(guildId, MIN_FIRST_ANSWERS, LOW_RIGHT_SHARE)
      .filter((figures) => !seen.has(figures.questionId) && this.deps.bank.isActive(guildId, figures.questionId))
      .sort((a, b) => (a.discrimination ?? 0) - (b.discrimination ?? 0));
    return {
      reported: reported.slice(0, limit),
      // Questions are looked up only for what is shown: a large bank flags hundreds.
      flagged: flagged.slice(0, Math.max(0, limit - reported.length)).map((figures) => ({ ...figures, question: find(figures.questionId)! })),
      total: reported.length + flagged.length,
    };
  }

  /**
   * A lecture of notes was imported: the questions written in it are asked at once; cloze questions
   * generated from its emphasised phrases wait for an editor (or go in with auto-approve). A new
   * version keeps what editors decided about the generated questions it generates again.
   */
  syncNotes(
    guildId: string,
    lecture: string,
    written: readonly (NotesQuestion & { section: string })[],
    emphases: readonly Emphasis[],
    editorId: string,
    now: Date,
  ): { written: number; generated: number; autoApproved: boolean } {
    const auto = this.deps.guilds.get(guildId).autoApprove;
    const generated = clozeQuestions(emphases);
    const result = this.deps.transaction(() => {
      const before = new Map(this.deps.questions.fromNotes(guildId, lecture).map((q) => [q.id, q]));
      const keep = new Set<string>();
      for (const question of written) {
        const id = `${lecture}.q${shortHash(question.prompt)}`;
        if (keep.has(id)) continue;
        keep.add(id);
        this.deps.questions.delete(guildId, id);
        this.deps.questions.insert({
          guildId,
          id,
          lecture,
          section: question.section,
          origin: 'notes',
          status: 'approved',
          prompt: question.prompt,
          choices: question.choices,
          answer: question.answer,
          explanation: question.explanation,
          authorId: null,
          createdAt: now,
        });
      }
      for (const cloze of generated) {
        const id = `${lecture}.c${shortHash(`${cloze.sentence}\u0000${cloze.phrase}`)}`;
        if (keep.has(id)) continue;
        keep.add(id);
        const old = before.get(id);
        if (old) continue;
        this.deps.questions.insert({
          guildId,
          id,
          lecture,
          section: cloze.section,
          origin: 'generated',
          status: 'pending',
          prompt: cloze.prompt,
          choices: cloze.choices,
          answer: cloze.answer,
          explanation: explainCloze(cloze),
          authorId: null,
          createdAt: now,
        });
        if (auto) this.deps.questions.decide(guildId, id, 'approved', editorId, now);
      }
      // What the new version no longer has leaves the bank (posts already out keep their snapshot).
      for (const id of before.keys()) if (!keep.has(id)) this.deps.questions.delete(guildId, id);
      return { written: written.length, generated: generated.length, autoApproved: auto };
    });
    this.deps.bank.changed(guildId);
    return result;
  }

  /** A lecture of notes was removed (inside the caller's transaction): its questions leave the quizzes. */
  dropLecture(guildId: string, lecture: string): void {
    this.deps.questions.retireLecture(guildId, lecture);
    this.deps.bank.changed(guildId);
  }

  /** The questions a member wrote, for /mydata export. */
  authoredBy(guildId: string, userId: string): GuildQuestion[] {
    return this.deps.questions.byAuthor(guildId, userId);
  }
}

function explainCloze(cloze: ClozeQuestion): string {
  return cloze.sentence;
}
