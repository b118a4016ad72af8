import type { Db } from './database.js';

export type ReportKind = 'wrong-answer' | 'unclear' | 'typo' | 'other';
export const REPORT_KINDS: readonly ReportKind[] = ['wrong-answer', 'unclear', 'typo', 'other'];

export interface OpenReports {
  questionId: string;
  count: number;
  kinds: ReportKind[];
  latest: string[];
  reporters: string[];
}

/** Members' reports of problems with questions, until an editor resolves them. */
export class QuestionReportStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO question_reports (guild_id, question_id, reporter_id, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (guild_id, question_id, reporter_id) WHERE resolved_at IS NULL DO UPDATE SET kind = excluded.kind, text = excluded.text, created_at = excluded.created_at`,
      ),
      open: db.prepare<[string], { question_id: string; reporter_id: string; kind: ReportKind; text: string }>(
        'SELECT question_id, reporter_id, kind, text FROM question_reports WHERE guild_id = ? AND resolved_at IS NULL ORDER BY created_at DESC, id DESC',
      ),
      ofReporter: db.prepare<
        [string, string],
        { question_id: string; kind: ReportKind; text: string; created_at: string; resolved_at: string | null; resolution: string | null }
      >('SELECT question_id, kind, text, created_at, resolved_at, resolution FROM question_reports WHERE guild_id = ? AND reporter_id = ? ORDER BY id'),
      forgetReporter: db.prepare('DELETE FROM question_reports WHERE guild_id = ? AND reporter_id = ?'),
      resolve: db.prepare<[string, string, string, string], { reporter_id: string }>(
        'UPDATE question_reports SET resolved_at = ?, resolution = ? WHERE guild_id = ? AND question_id = ? AND resolved_at IS NULL RETURNING reporter_id',
      ),
    };
  }

  /** A member's report; a second one before it is resolved replaces the first. */
  add(guildId: string, questionId: string, reporterId: string, kind: ReportKind, text: string, at: Date): void {
    this.s.insert.run(guildId, questionId, reporterId, kind, text, at.toISOString());
  }

  /** Open reports by question, most reported first: count, kinds, the latest texts and who reported. */
  open(guildId: string): OpenReports[] {
    const byQuestion = new Map<string, OpenReports>();
    for (const row of this.s.open.all(guildId)) {
      const entry = byQuestion.get(row.question_id) ?? { questionId: row.question_id, count: 0, kinds: [], latest: [], reporters: [] };
      entry.count++;
      if (!entry.kinds.includes(row.kind)) entry.kinds.push(row.kind);
      if (entry.latest.length < 3 && row.text.trim()) entry.latest.push(row.text);
      if (!entry.reporters.includes(row.reporter_id)) entry.reporters.push(row.reporter_id);
      byQuestion.set(row.question_id, entry);
    }
    return [...byQuestion.values()].sort((a, b) => b.count - a.count);
  }

  /** A member's reports, for their export. */
  ofReporter(guildId: string, userId: string) {
    return this.s.ofReporter.all(guildId, userId);
  }

  forgetReporter(guildId: string, userId: string): void {
    this.s.forgetReporter.run(guildId, userId);
  }

  /** Resolves a question's open reports; the members who reported it, to tell them. */
  resolve(guildId: string, questionId: string, resolution: string, at: Date): string[] {
    return [...new Set(this.s.resolve.all(at.toISOString(), resolution, guildId, questionId).map((row) => row.reporter_id))];
  }
}
