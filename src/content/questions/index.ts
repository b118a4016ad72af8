import type { Question } from '../types.js';
import { careerQuestions } from './career.js';
import { ethicsQuestions } from './ethics.js';
import { fullstackQuestions } from './fullstack.js';
import { nlpQuestions } from './nlp.js';

/** The whole question bank, in lecture order. */
export const questions: readonly Question[] = [...fullstackQuestions, ...ethicsQuestions, ...careerQuestions, ...nlpQuestions];

const byId = new Map(questions.map((question) => [question.id, question]));

export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}

export function questionsOf(lecture: string): Question[] {
  return questions.filter((question) => question.lecture === lecture);
}
