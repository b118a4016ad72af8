import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../src/content/notes/parse.js';
import { BLANK, CHOICE_LENGTH, clozeQuestions, type ClozeQuestion, type Emphasis } from '../src/content/notes/questions.js';
import { SAMPLES, SEED_PATH } from './helpers/shared.js';

const NOTES = `# 언어 모델 평가

## 벤치마크

GLUE는 영어 언어 이해 벤치마크입니다.

1. KLUE의 자연어 추론(NLI)은 무엇을 판별하나요?
   - [x] 가설이 전제와 함의·모순·중립 중 어떤 관계인지
   - [ ] 두 문장의 유사도 점수
   - [ ] 문장의 주제 분류
   > 해설: NLI는 전제와 가설의 관계를 세 가지로 판별합니다.

2. GLUE는 어떤 언어의 벤치마크인가요?
   - [ ] 한국어
   - [x] 영어
   - [ ] 프랑스어

> Explanation: GLUE는 영어 벤치마크이고, KLUE가 한국어 벤치마크입니다.

준비물:

- [ ] 노트북
- [ ] 충전기

## 퀴즈

- 세 번째 문제: KLUE의 과제가 아닌 것은?
  - [ ] 개체명 인식
  - [ ] 자연어 추론
  - [x] 이미지 분류
`;

const BROKEN = `# 깨진 문제들

## 퀴즈

- 정답 없는 문제
  - [ ] 가
  - [ ] 나
  - [ ] 다
- 정답 둘인 문제
  - [x] 가
  - [x] 나
  - [ ] 다
- 선택지 많은 문제
  - [x] 1
  - [ ] 2
  - [ ] 3
  - [ ] 4
  - [ ] 5
  - [ ] 6
- 선택지 적은 문제
  - [x] 예
  - [ ] 아니오
- 긴 선택지 문제
  - [x] ${'아주 긴 선택지 '.repeat(10)}
  - [ ] 짧음
  - [ ] 보통
`;

const lineOf = (text: string) => BROKEN.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('questions written in a notes file', () => {
  const [lecture] = parseNotes(NOTES, 'eval.md').lectures;

  it('reads each question, its right choice and its explanation (inside the item or right after the list)', () => {
    expect(lecture!.questions.map((q) => ({ prompt: q.prompt, answer: q.choices[q.answer], choices: q.choices.length, explanation: q.explanation }))).toEqual([
      {
        prompt: 'KLUE의 자연어 추론(NLI)은 무엇을 판별하나요?',
        answer: '가설이 전제와 함의·모순·중립 중 어떤 관계인지',
        choices: 3,
        explanation: 'NLI는 전제와 가설의 관계를 세 가지로 판별합니다.',
      },
      { prompt: 'GLUE는 어떤 언어의 벤치마크인가요?', answer: '영어', choices: 3, explanation: 'GLUE는 영어 벤치마크이고, KLUE가 한국어 벤치마크입니다.' },
      { prompt: '세 번째 문제: KLUE의 과제가 아닌 것은?', answer: '이미지 분류', choices: 3, explanation: '' },
    ]);
  });

  it('gives a section its own questions; a section named only “퀴즈” gives them to the lecture and is not shown', () => {
    expect(lecture!.sections.map((s) => s.title)).toEqual(['벤치마크']);
    const home = lecture!.sections[0]!.key;
    expect(lecture!.questions.every((q) => q.section === home)).toBe(true);
  });

  it('leaves the questions out of the section text, and keeps everything else (a checklist too)', () => {
    const text = lecture!.sections[0]!.pages.join('\n');
    expect(text).toContain('GLUE는 영어 언어 이해 벤치마크입니다.');
    expect(text).toContain('준비물');
    for (const giveaway of ['KLUE의 자연어 추론', '가설이 전제와', 'NLI는 전제와 가설', 'GLUE는 어떤 언어', 'KLUE가 한국어 벤치마크'])
      expect(text).not.toContain(giveaway);
    expect(lecture!.sections[0]!.checklist?.items.map((item) => item.text)).toEqual(['노트북', '충전기']);
  });

  it('skips a malformed question with the reason and its line, and keeps its text', () => {
    const broken = parseNotes(BROKEN, 'broken.md').lectures[0]!;
    expect(lecture!.skipped).toEqual([]);
    expect(broken.skipped.map((s) => ({ reason: s.reason, line: s.line }))).toEqual([
      { reason: 'no-right', line: lineOf('정답 없는 문제') },
      { reason: 'two-right', line: lineOf('정답 둘인 문제') },
      { reason: 'too-many-choices', line: lineOf('선택지 많은 문제') },
      { reason: 'too-few-choices', line: lineOf('선택지 적은 문제') },
      { reason: 'label-too-long', line: lineOf('긴 선택지 문제') },
    ]);
    expect(broken.questions).toEqual([]);
    // What could not be read stays in the text, so nothing the author wrote is lost.
    const text = broken.sections.flatMap((s) => s.pages).join('\n');
    for (const prompt of ['정답 없는 문제', '정답 둘인 문제', '선택지 많은 문제', '선택지 적은 문제', '긴 선택지 문제']) expect(text).toContain(prompt);
  });

  it('reads the English section names, and a file without questions has none', () => {
    const english = parseNotes('# Eval\n\n## Intro\n\ntext\n\n## Questions\n\n- Which one?\n  - [x] this\n  - [ ] that\n  - [ ] other\n', 'e.md').lectures[0]!;
    expect(english.sections.map((s) => s.title)).toEqual(['Intro']);
    expect(english.questions).toHaveLength(1);
    for (const path of SAMPLES) {
      const parsed = parseNotes(readFileSync(path, 'utf8'), basename(path));
      expect(
        parsed.lectures.flatMap((l) => l.questions),
        basename(path),
      ).toEqual([]);
    }
  });
});

/** The phrase the question blanked, put back: the sentence the notes wrote. */
const filled = (q: ClozeQuestion) => q.prompt.replace(BLANK, q.phrase);
const script = (text: string) => ((text.match(/[가-힣]/g) ?? []).length >= (text.match(/[A-Za-z]/g) ?? []).length ? 'hangul' : 'latin');
const lower = (text: string) => text.toLowerCase();

/** Every rule the issue sets for a generated question, checked on one question. */
function expectFair(q: ClozeQuestion, phrases: readonly string[]) {
  expect(q.prompt.split(BLANK)).toHaveLength(2);
  expect(filled(q)).toBe(q.sentence);
  expect(q.choices[q.answer]).toBe(q.phrase);
  const distractors = q.choices.filter((_, i) => i !== q.answer);
  expect(distractors.length).toBeGreaterThanOrEqual(2);
  expect(distractors.length).toBeLessThanOrEqual(3);
  // A fair blank: two characters or more, not a number alone, not the whole sentence.
  expect([...q.phrase.replace(/\s/g, '')].length).toBeGreaterThanOrEqual(2);
  expect(q.phrase).not.toMatch(/^[\d\s.,%+-]+$/);
  expect(q.prompt.replace(BLANK, '').replace(/[\s\p{P}]/gu, '').length).toBeGreaterThanOrEqual(4);
  for (const choice of q.choices) {
    expect(choice.length).toBeLessThanOrEqual(CHOICE_LENGTH);
    expect(script(choice), `${choice} / ${q.phrase}`).toBe(script(q.phrase));
  }
  for (const d of distractors) {
    // From the same lecture's emphasised phrases, of similar length, not in the blanked sentence.
    expect(phrases).toContain(d);
    expect(Math.abs([...d].length - [...q.phrase].length)).toBeLessThanOrEqual(Math.max(3, [...q.phrase].length * 0.5));
    expect(lower(q.prompt)).not.toContain(lower(d));
  }
  // None contained in another (so no choice gives another away).
  for (const a of q.choices) for (const b of q.choices) if (a !== b) expect(lower(a).includes(lower(b)), `${a} ⊃ ${b}`).toBe(false);
  // The answer is not left in the sentence either.
  expect(lower(q.prompt)).not.toContain(lower(q.phrase));
}

const generatedFrom = (path: string) =>
  parseNotes(readFileSync(path, 'utf8'), basename(path)).lectures.map((lecture) => ({
    lecture,
    questions: clozeQuestions(lecture.emphases),
  }));

describe('questions generated from emphasised phrases', () => {
  it('follow every rule on the seed notes and on notes written by others (a sample is printed)', () => {
    const sample: string[] = [];
    let total = 0;
    for (const path of [SEED_PATH, ...SAMPLES]) {
      for (const { lecture, questions } of generatedFrom(path)) {
        const phrases = lecture.emphases.map((e) => e.phrase);
        for (const q of questions) {
          expectFair(q, phrases);
          expect(lecture.sections.map((s) => s.key)).toContain(q.section);
          if (sample.length < 10) sample.push(`${q.prompt}\n    ${q.choices.map((c, i) => (i === q.answer ? `[${c}]` : c)).join(' · ')}`);
        }
        total += questions.length;
      }
    }
    console.log(`generated questions: ${total}; a sample:\n${sample.map((s, i) => `${i + 1}. ${s}`).join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(10);
  });

  it('make the seed’s term lines into questions on what the notes say about them', () => {
    const nlp = generatedFrom(SEED_PATH).find(({ lecture }) => lecture.title.includes('언어 모델'))!;
    const glue = nlp.questions.find((q) => q.phrase === 'GLUE 벤치마크');
    // The seed: “**GLUE 벤치마크**” then “-> 언어 모델 평가를 위한 영어 벤치마크!”
    expect(glue?.prompt).toBe(`${BLANK}: 언어 모델 평가를 위한 영어 벤치마크!`);
    expect(glue?.choices).toHaveLength(3);
    // The seed's emphasised exclamations (“**최대한 빨리 완성품을 작성해보자!**”) are sentences: never a blank.
    const all = generatedFrom(SEED_PATH).flatMap(({ questions }) => questions);
    expect(all.some((q) => /[!?]$/.test(q.phrase) || q.phrase.includes('작성해보자'))).toBe(false);
  });

  it('are the same every time the same notes are imported', () => {
    const once = generatedFrom(SAMPLES[0]!).flatMap(({ questions }) => questions);
    const again = generatedFrom(SAMPLES[0]!).flatMap(({ questions }) => questions);
    expect(again).toEqual(once);
    expect(new Set(once.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('skip bad blanks: one character, a number, a label, a whole sentence, an answer left in the sentence', () => {
    const at = (phrase: string, sentence: string): Emphasis => ({ phrase, sentence, section: 's' });
    const others = [at('gradient descent', 'x gradient descent y'), at('learning rate', 'x learning rate y'), at('weight decay', 'x weight decay y')];
    const asked = (e: Emphasis) => clozeQuestions([e, ...others]).filter((q) => q.phrase === e.phrase);
    expect(asked(at('x', 'The letter x is a variable we use here.'))).toEqual([]);
    expect(asked(at('42', 'The answer is 42 in the guide to galaxies.'))).toEqual([]);
    expect(asked(at('Note', 'Note that the loss goes down over time.'))).toEqual([]);
    expect(asked(at('The loss goes down', 'The loss goes down.'))).toEqual([]);
    expect(asked(at('Momentum', 'Momentum helps; momentum is a running average of gradients.'))).toEqual([]);
    // And a fair one is asked, with the other phrases as distractors.
    const fair = asked(at('momentum term', 'The momentum term smooths the updates of the optimizer.'));
    expect(fair).toHaveLength(1);
    expect(fair[0]!.choices.sort()).toEqual(['gradient descent', 'learning rate', 'momentum term', 'weight decay']);
  });
});
