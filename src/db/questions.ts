import type { Db } from './database.js';

export type QuestionOrigin = 'notes' | 'member' | 'generated';
/** `retired`: its lecture was removed; it stays for its author's export, out of every quiz. */
export type QuestionStatus = 'pending' | 'approved' | 'rejected' | 'retired';

/** A question of a guild's own bank, as stored. */
export interface GuildQuestion {
  guildId: string;
  id: string;
  lecture: string;
  section: string;
  origin: QuestionOrigin;
  status: QuestionStatus;
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
  authorId: string | null;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  version: number;
  rewarded: boolean;
}

export type NewGuildQuestion = Pick<
  GuildQuestion,
  'guildId' | 'id' | 'lecture' | 'section' | 'origin' | 'status' | 'prompt' | 'choices' | 'answer' | 'explanation' | 'authorId'
> & {
  createdAt: Date;
};

interface Row {
  guild_id: string;
  id: string;
  lecture: string;
  section: string;
  origin: QuestionOrigin;
  status: QuestionStatus;
  prompt: string;
  choices: string;
  answer: number;
  explanation: string;
  author_id: string | null;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  version: number;
  rewarded: number;
}

const toQuestion = (row: Row): GuildQuestion => ({
  guildId: row.guild_id,
  id: row.id,
  lecture: row.lecture,
  section: row.section,
  origin: row.origin,
  status: row.status,
  prompt: row.prompt,
  choices: JSON.parse(row.choices) as string[],
  answer: row.answer,
  explanation: row.explanation,
  authorId: row.author_id,
  createdAt: row.created_at,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  reason: row.reason,
  version: row.version,
  rewarded: row.rewarded === 1,
});

/** A guild's own questions (from its notes, by its members, generated), and the questions it disabled. */
export class GuildQuestionStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO guild_questions (guild_id, id, lecture, section, origin, status, prompt, choices, answer, explanation, author_id, created_at)
         VALUES (@guildId, @id, @lecture, @section, @origin, @status, @prompt, @choices, @answer, @explanation, @authorId, @createdAt)`,
      ),
      get: db.prepare<[string, string], Row>('SELECT * FROM guild_questions WHERE guild_id = ? AND id = ?'),
      byStatus: db.prepare<[string, QuestionStatus, number], Row>(
        'SELECT * FROM guild_questions WHERE guild_id = ? AND status = ? ORDER BY created_at, id LIMIT ?',
      ),
      countStatus: db.prepare<[string, QuestionStatus], { n: number }>('SELECT count(*) AS n FROM guild_questions WHERE guild_id = ? AND status = ?'),
      pendingBy: db.prepare<[string, string], { n: number }>(
        "SELECT count(*) AS n FROM guild_questions WHERE guild_id = ? AND author_id = ? AND status = 'pending'",
      ),
      fromNotes: db.prepare<[string, string], Row>("SELECT * FROM guild_questions WHERE guild_id = ? AND lecture = ? AND origin IN ('notes', 'generated')"),
      delete: db.prepare('DELETE FROM guild_questions WHERE guild_id = ? AND id = ?'),
      deleteFromNotes: db.prepare("DELETE FROM guild_questions WHERE guild_id = ? AND lecture = ? AND origin IN ('notes', 'generated')"),
      retire: db.prepare("UPDATE guild_questions SET status = 'retired' WHERE guild_id = ? AND lecture = ? AND status IN ('pending', 'approved')"),
      decide: db.prepare(
        "UPDATE guild_questions SET status = @status, decided_by = @by, decided_at = @at, reason = @reason WHERE guild_id = @guildId AND id = @id AND status = 'pending'",
      ),
      edit: db.prepare(
        `UPDATE guild_questions SET prompt = @prompt, choices = @choices, answer = @answer, explanation = @explanation, version = version + 1
         WHERE guild_id = @guildId AND id = @id AND version = @version`,
      ),
      reward: db.prepare("UPDATE guild_questions SET rewarded = 1 WHERE guild_id = ? AND id = ? AND rewarded = 0 AND status = 'approved'"),
      nextId: db.prepare('INSERT INTO guild_question_ids DEFAULT VALUES RETURNING id'),
      byAuthor: db.prepare<[string, string], Row>('SELECT * FROM guild_questions WHERE guild_id = ? AND author_id = ? ORDER BY created_at'),
      forgetAuthor: db.prepare('UPDATE guild_questions SET author_id = NULL WHERE guild_id = ? AND author_id = ?'),
      disable: db.prepare('INSERT INTO disabled_questions (guild_id, question_id, disabled_by, disabled_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      disabled: db.prepare<[string], { question_id: string }>('SELECT question_id FROM disabled_questions WHERE guild_id = ?'),
      guilds: db.prepare<[], { guild_id: string }>('SELECT DISTINCT guild_id FROM guild_questions UNION SELECT DISTINCT guild_id FROM disabled_questions'),
    };
  }

  insert(question: NewGuildQuestion): void {
    this.s.insert.run({ ...question, choices: JSON.stringify(question.choices), createdAt: question.createdAt.toISOString() });
  }

  get(guildId: string, id: string): GuildQuestion | undefined {
    const row = this.s.get.get(guildId, id);
    return row && toQuestion(row);
  }

  withStatus(guildId: string, status: QuestionStatus, limit = 100_000): GuildQuestion[] {
    return this.s.byStatus.all(guildId, status, limit).map(toQuestion);
  }

  /** How many of a member's questions wait for review. */
  pendingBy(guildId: string, authorId: string): number {
    return this.s.pendingBy.get(guildId, authorId)!.n;
  }

  count(guildId: string, status: QuestionStatus): number {
    return this.s.countStatus.get(guildId, status)!.n;
  }

  /** The questions a lecture of notes brought (written in the file, or generated from it). */
  fromNotes(guildId: string, lecture: string): GuildQuestion[] {
    return this.s.fromNotes.all(guildId, lecture).map(toQuestion);
  }

  delete(guildId: string, id: string): void {
    this.s.delete.run(guildId, id);
  }

  /** A lecture was removed: what its notes brought goes, what members wrote about it retires. */
  retireLecture(guildId: string, lecture: string): void {
    this.s.deleteFromNotes.run(guildId, lecture);
    this.s.retire.run(guildId, lecture);
  }

  /** Approves or rejects a pending question; false when it was no longer pending (another editor was first). */
  decide(guildId: string, id: string, status: 'approved' | 'rejected', by: string, at: Date, reason: string | null = null): boolean {
    return this.s.decide.run({ guildId, id, status, by, at: at.toISOString(), reason }).changes > 0;
  }

  /** A new text for a question, if nobody edited it since `version`; false otherwise. */
  edit(guildId: string, id: string, version: number, content: Pick<GuildQuestion, 'prompt' | 'choices' | 'answer' | 'explanation'>): boolean {
    return this.s.edit.run({ guildId, id, version, ...content, choices: JSON.stringify(content.choices) }).changes > 0;
  }

  /** Marks an approved question's author as rewarded; true the first time only. */
  reward(guildId: string, id: string): boolean {
    return this.s.reward.run(guildId, id).changes > 0;
  }

  /** A new number for a member's question (`m<n>`), never used twice. */
  nextNumber(): number {
    return (this.s.nextId.get() as { id: number }).id;
  }

  byAuthor(guildId: string, userId: string): GuildQuestion[] {
    return this.s.byAuthor.all(guildId, userId).map(toQuestion);
  }

  /** The questions stay with the guild, credited to nobody ("a former member"). */
  forgetAuthor(guildId: string, userId: string): void {
    this.s.forgetAuthor.run(guildId, userId);
  }

  disable(guildId: string, questionId: string, by: string, at: Date): void {
    this.s.disable.run(guildId, questionId, by, at.toISOString());
  }

  disabledIds(guildId: string): Set<string> {
    return new Set(this.s.disabled.all(guildId).map((row) => row.question_id));
  }

  /** Every guild with questions of its own or disabled ones. */
  guilds(): string[] {
    return this.s.guilds.all().map((row) => row.guild_id);
  }
}
