import type { Token, Tokens } from 'marked';

/** A quiz question written in a notes file (README: "Questions in your notes"). */
export interface NotesQuestion {
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
  line: number;
}

export type QuestionSkipReason = 'no-right' | 'two-right' | 'too-few-choices' | 'too-many-choices' | 'label-too-long';

export interface QuestionSkip {
  reason: QuestionSkipReason;
  prompt: string;
  line: number;
}

/** A choice is a button label: its letter (`A. `) and 77 characters fit Discord's 80. */
export const CHOICE_LENGTH = 77;

/** A section named only this gives its questions to the lecture and is not shown itself. */
export const QUIZ_SECTION = /^\s*(퀴즈|문제|quiz|questions?)\s*$/i;

const taskList = (token: Token): token is Tokens.List =>
  token.type === 'list' && (token as Tokens.List).items.length > 0 && (token as Tokens.List).items.every((item) => item.task);

/** Whether a list item is a question: it has a nested task list (its choices). */
export function isQuestionItem(item: Tokens.ListItem): boolean {
  return item.tokens.some(taskList);
}

const stripLabel = (text: string) => text.replace(/^\s*(해설|설명|explanation|answer)\s*[:：]\s*/i, '').trim();

/**
 * Reads a question list item: its own text is the prompt, its task list the choices (`[x]` the
 * right one: exactly one, with two to four wrong), a block quote inside it (or right after the
 * list, `following`) the explanation. A malformed one is a skip with the reason.
 */
export function readQuestion(
  item: Tokens.ListItem,
  line: number,
  plain: (tokens: readonly Token[]) => string,
  following?: Tokens.Blockquote,
): NotesQuestion | QuestionSkip {
  const promptTokens = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'blockquote' && t.type !== 'checkbox');
  const prompt = plain(promptTokens).replace(/\s+/g, ' ').trim();
  const list = item.tokens.find(taskList)!;
  const choices = list.items.map((choice) =>
    plain(choice.tokens.filter((t) => t.type !== 'checkbox'))
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const right = list.items.map((choice, i) => (choice.checked ? i : -1)).filter((i) => i >= 0);
  const quote = (item.tokens.find((t) => t.type === 'blockquote') as Tokens.Blockquote | undefined) ?? following;
  const explanation = quote ? stripLabel(plain(quote.tokens).replace(/\s+/g, ' ')) : '';
  if (right.length === 0) return { reason: 'no-right', prompt, line };
  if (right.length > 1) return { reason: 'two-right', prompt, line };
  if (choices.length < 3) return { reason: 'too-few-choices', prompt, line };
  if (choices.length > 5) return { reason: 'too-many-choices', prompt, line };
  if (choices.some((choice) => choice.length > CHOICE_LENGTH) || choices.some((choice) => choice === '')) return { reason: 'label-too-long', prompt, line };
  return { prompt, choices, answer: right[0]!, explanation, line };
}

/** A phrase the notes emphasised (`**bold**`), in the sentence it stands in. */
export interface Emphasis {
  phrase: string;
  sentence: string;
  section: string;
}

/** A cloze question made from an emphasised phrase: the sentence with the phrase blanked. */
export interface ClozeQuestion {
  section: string;
  prompt: string;
  sentence: string;
  phrase: string;
  choices: string[];
  answer: number;
}

export const BLANK = '_____';

const script = (text: string) => {
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return hangul >= latin ? 'hangul' : 'latin';
};

/** Lower case, without an English plural ending: `Activation functions` and `activation function` are one term. */
const stem = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(?<=[a-z]{3})(es|s)$/, ''))
    .join(' ');
const sameWords = (a: string, b: string) => stem(a) === stem(b);
const contains = (a: string, b: string) => stem(a).includes(stem(b));

/** Emphasised words that label a passage rather than name a term. */
const LABELS = new Set(['tldr', 'tl;dr', 'note', 'notes', 'tip', 'warning', 'example', 'important', 'summary', '참고', '주의', '예시', '요약', '팁', '중요']);

/** Whether a phrase makes a fair blank: at least two characters, not a number alone, not a label, not the whole sentence. */
export function goodBlank(phrase: string, sentence: string): boolean {
  if (LABELS.has(phrase.toLowerCase())) return false;
  const bare = phrase.replace(/[\s\p{P}]+/gu, '');
  if ([...bare].length < 2) return false;
  if (/^[\d.,%+-]+$/.test(bare)) return false;
  if (phrase.length > CHOICE_LENGTH) return false;
  // Past six words a phrase is a statement, not a term (`ML 기술 이해 + 연구 + Product`).
  if (phrase.split(/\s+/).length > 6) return false;
  const rest = sentence.replace(phrase, '').replace(/[\s\p{P}]+/gu, '');
  // What is left of the sentence must be something to read: a blank is not a whole sentence.
  return [...rest].length >= Math.max(4, [...bare].length / 2);
}

/**
 * Cloze questions from a lecture's emphasised phrases: for each phrase that makes a good blank,
 * two or three distractors from the lecture's other phrases — of similar length, in the same
 * script, none contained in another or in the phrase, none appearing in the blanked sentence.
 */
export function clozeQuestions(emphases: readonly Emphasis[], random: () => number = seeded(7)): ClozeQuestion[] {
  const unique = emphases.filter((e, i) => emphases.findIndex((o) => sameWords(o.phrase, e.phrase)) === i);
  const out: ClozeQuestion[] = [];
  for (const emphasis of unique) {
    if (!goodBlank(emphasis.phrase, emphasis.sentence) || !emphasis.sentence.includes(emphasis.phrase)) continue;
    const blanked = emphasis.sentence.replace(emphasis.phrase, BLANK);
    // `**Sigmoid.** The sigmoid non-linearity…` would give its answer away.
    if (contains(blanked, emphasis.phrase)) continue;
    const length = [...emphasis.phrase].length;
    const candidates = unique
      .map((e) => e.phrase)
      .filter(
        (p) =>
          !sameWords(p, emphasis.phrase) &&
          p.length <= CHOICE_LENGTH &&
          script(p) === script(emphasis.phrase) &&
          Math.abs([...p].length - length) <= Math.max(3, length * 0.5) &&
          !contains(p, emphasis.phrase) &&
          !contains(emphasis.phrase, p) &&
          !contains(blanked, p) &&
          goodBlank(p, `${p} ${emphasis.sentence}`),
      );
    const chosen: string[] = [];
    for (const candidate of shuffled(candidates, random)) {
      if (chosen.some((c) => contains(c, candidate) || contains(candidate, c) || sameWords(c, candidate))) continue;
      chosen.push(candidate);
      if (chosen.length === 3) break;
    }
    if (chosen.length < 2) continue;
    const answer = Math.floor(random() * (chosen.length + 1));
    const choices = [...chosen];
    choices.splice(answer, 0, emphasis.phrase);
    out.push({ section: emphasis.section, prompt: blanked, sentence: emphasis.sentence, phrase: emphasis.phrase, choices, answer });
  }
  return out;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A small deterministic PRNG (xorshift32): the same file generates the same questions every time it is imported, and tests and benchmarks replay their data. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** The sentence of a paragraph's plain text that holds `phrase`. */
export function sentenceWith(text: string, phrase: string): string {
  const sentences = text.split(/(?<=[.!?。])\s+|(?<=다\.)\s*|\n+/);
  return (sentences.find((s) => s.includes(phrase)) ?? text).trim();
}
