import { describe, expect, it } from 'vitest';
import { findLecture, lectures } from '../src/content/catalog.js';
import { questions, questionsOf } from '../src/content/questions/index.js';
import { LOCALES } from '../src/core/locale.js';
import { quizMessage } from '../src/commands/quiz/messages.js';
import type { QuizPost } from '../src/db/quiz.js';
import { LIMITS, limitProblems } from './helpers/discordLimits.js';

describe('question bank', () => {
  it('has at least 60 questions, at least 12 per lecture', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const lecture of lectures) expect(questionsOf(lecture.slug).length, lecture.slug).toBeGreaterThanOrEqual(12);
  });

  it('has unique ids and no duplicate prompts', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of questions) expect(q.id).toMatch(new RegExp(`^${q.lecture}-\\d{2}$`));
    for (const locale of LOCALES) {
      const prompts = questions.map((q) => q.prompt[locale].trim().toLowerCase());
      expect(new Set(prompts).size, locale).toBe(prompts.length);
    }
  });

  it('has 3–5 distinct choices with exactly one correct answer, a difficulty and an explanation', () => {
    for (const q of questions) {
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.choices.length, q.id).toBeLessThanOrEqual(5);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.id).toBe(true);
      for (const locale of LOCALES) {
        const texts = q.choices.map((c) => c[locale].trim());
        expect(new Set(texts).size, `${q.id} ${locale} choices`).toBe(texts.length);
        expect(q.explanation[locale].trim().length, q.id).toBeGreaterThan(10);
        expect(q.prompt[locale].trim().length, q.id).toBeGreaterThan(5);
      }
      expect(q.prompt.ko, q.id).toMatch(/[가-힣]/);
      expect(q.prompt.en, q.id).not.toMatch(/[가-힣]/);
      expect(['easy', 'medium', 'hard']).toContain(q.difficulty);
    }
  });

  it('points every question at a lecture section that exists', () => {
    for (const q of questions) {
      const lecture = findLecture(q.lecture);
      expect(lecture?.slug, q.id).toBe(q.lecture);
      expect(
        lecture?.sections.some((s) => s.id === q.section),
        `${q.id} → ${q.section}`,
      ).toBe(true);
    }
  });

  it('spreads correct answers over positions in each lecture', () => {
    for (const lecture of lectures) {
      const pool = questionsOf(lecture.slug);
      const counts = [0, 0, 0, 0, 0];
      for (const q of pool) counts[q.answer]!++;
      for (let position = 0; position < 4; position++) expect(counts[position], `${lecture.slug} position ${position}`).toBeGreaterThanOrEqual(2);
      expect(Math.max(...counts) / pool.length, lecture.slug).toBeLessThanOrEqual(0.4);
    }
  });

  it('fits Discord limits: button labels with their letter within 80, five buttons a row', () => {
    for (const q of questions) {
      for (const locale of LOCALES) {
        for (const choice of q.choices) expect(`A. ${choice[locale]}`.length, `${q.id} ${locale}`).toBeLessThanOrEqual(LIMITS.buttonLabel);
        const post: QuizPost = {
          id: 123456789,
          guildId: '1',
          channelId: null,
          messageId: null,
          questionId: q.id,
          source: 'practice',
          choiceOrder: q.choices.map((_, i) => i),
          createdAt: '',
          expiresAt: '',
          day: null,
          revealedAt: null,
          snapshot: null,
        };
        expect(limitProblems(quizMessage(post, q, findLecture(q.lecture), locale, 1764000000000), `${q.id}/${locale}`)).toEqual([]);
      }
    }
  });

  it('keeps to the facts of the notes for the key questions', () => {
    const all = (lecture: string) =>
      questionsOf(lecture)
        .map((q) => `${q.prompt.en} ${q.choices[q.answer]!.en}`)
        .join('\n');
    expect(all('nlp')).toMatch(/Embeddings from Language Models/);
    expect(all('nlp')).toMatch(/Bidirectional Encoder Representations from Transformers/);
    for (const typo of ['압춧', '기혹자', '태킹', 'Ransformers', 'Embeddins', 'Soical', '가장 적인 기능']) {
      expect(JSON.stringify(questions)).not.toContain(typo);
    }
  });
});
