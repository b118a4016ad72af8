import { questions as builtIn } from '../content/questions/index.js';
import type { Question } from '../content/types.js';
import type { GuildQuestion, GuildQuestionStore } from '../db/questions.js';
import type { QuestionBank } from './catalog.js';

const same = (text: string) => ({ ko: text, en: text });

/** A guild's own question as the quizzes ask it: its text as the group wrote it, in either language. */
export function asQuestion(stored: GuildQuestion): Question {
  return {
    id: stored.id,
    lecture: stored.lecture,
    section: stored.section,
    difficulty: 'medium',
    source: 'notes',
    prompt: same(stored.prompt),
    choices: stored.choices.map(same),
    answer: stored.answer,
    explanation: same(stored.explanation),
    origin: stored.origin,
    authorId: stored.authorId,
  };
}

interface GuildBank {
  active: Question[];
  ids: Set<string>;
  byLecture: Map<string, Question[]>;
}

const builtInById = new Map(builtIn.map((question) => [question.id, question]));
const CACHED_GUILDS = 500;

/**
 * The questions a guild's quizzes ask: the built-in bank without the ones the guild disabled,
 * and the guild's approved questions. `find` also knows pending, rejected and disabled ones, so
 * a post already out keeps its verdict. Cached per guild; guilds without a bank of their own
 * share the built-in one.
 */
export class Bank implements QuestionBank {
  private readonly cache = new Map<string, GuildBank>();
  private readonly own: Set<string>;
  private readonly shared: GuildBank;

  constructor(private readonly store: GuildQuestionStore) {
    this.own = new Set(store.guilds());
    this.shared = index(builtIn);
  }

  all(guildId: string | null): readonly Question[] {
    return this.load(guildId).active;
  }

  of(guildId: string | null, lecture: string): readonly Question[] {
    return this.load(guildId).byLecture.get(lecture) ?? [];
  }

  find(guildId: string | null, id: string): Question | undefined {
    const builtInQuestion = builtInById.get(id);
    if (builtInQuestion || !guildId || !this.own.has(guildId)) return builtInQuestion;
    const stored = this.store.get(guildId, id);
    return stored && asQuestion(stored);
  }

  /** Whether the guild's quizzes ask the question now (approved and not disabled). */
  isActive(guildId: string | null, id: string): boolean {
    return this.load(guildId).ids.has(id);
  }

  /** The guild's questions changed (a question approved, edited, disabled…). */
  changed(guildId: string): void {
    this.own.add(guildId);
    this.cache.delete(guildId);
  }

  private load(guildId: string | null): GuildBank {
    if (!guildId || !this.own.has(guildId)) return this.shared;
    const hit = this.cache.get(guildId);
    if (hit) {
      this.cache.delete(guildId);
      this.cache.set(guildId, hit);
      return hit;
    }
    const disabled = this.store.disabledIds(guildId);
    const loaded = index([...builtIn, ...this.store.withStatus(guildId, 'approved').map(asQuestion)].filter((question) => !disabled.has(question.id)));
    this.cache.set(guildId, loaded);
    if (this.cache.size > CACHED_GUILDS) this.cache.delete(this.cache.keys().next().value!);
    return loaded;
  }
}

function index(questions: readonly Question[]): GuildBank {
  const byLecture = new Map<string, Question[]>();
  for (const question of questions) {
    const list = byLecture.get(question.lecture);
    if (list) list.push(question);
    else byLecture.set(question.lecture, [question]);
  }
  return { active: [...questions], ids: new Set(questions.map((question) => question.id)), byLecture };
}
