/**
 * The question bank's figures, and the thresholds an instructor would sign (issue 12).
 * Prints one summary line and a per-lecture table, so a reviewer sees the figures on every run;
 * each check fails naming the question ids (or lecture texts) to fix.
 */
import { describe, expect, it } from 'vitest';
import { lectures } from '../src/content/catalog.js';
import { findAvoided } from '../src/content/glossary.js';
import { questions } from '../src/content/questions/index.js';
import type { Question } from '../src/content/types.js';
import { LOCALES, type Locale } from '../src/core/locale.js';

const MIN_BANK = 91;
const MIN_PER_LECTURE = 20;
/** Share of questions whose right choice is strictly the longest (chance is about 26%). */
const MAX_LONGEST_SHARE = 0.3;
/** The right choice must stay below this multiple of the longest distractor. */
const MAX_RATIO = 1.3;
/** Per lecture, each of positions 0..3 holds the answer at least this often… */
const MIN_POSITION_COUNT = 2;
/** …and no position holds it in more than this share of the lecture's questions. */
const MAX_POSITION_SHARE = 0.4;
/** Of the 5-choice questions, at most this share may have the answer last. */
const MAX_LAST_OF_FIVE = 0.5;
const MIN_NOTES_SHARE = 0.5;
/** A prompt may not contain its right answer, for answers at least this long (normalised). */
const MIN_GIVEAWAY_LENGTH = 4;

/** Characters as a reader counts them (code points, not UTF-16 units). */
const chars = (text: string) => [...text.trim()].length;
/** For duplicate and give-away checks: NFC, lowercase, no punctuation, symbols or whitespace. */
const norm = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '');
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

interface Lengths {
  /** The right choice is strictly longer than every distractor. */
  rightLongest: boolean;
  /** The right choice is at least as long as every distractor (ties count; printed, not a threshold). */
  rightLongestOrTied: boolean;
  /** Right choice length / longest distractor length. */
  ratio: number;
}

function lengths(q: Question, locale: Locale): Lengths {
  const all = q.choices.map((c) => chars(c[locale]));
  const right = all[q.answer] ?? 0;
  const longestDistractor = Math.max(...all.filter((_, i) => i !== q.answer));
  return { rightLongest: right > longestDistractor, rightLongestOrTied: right >= longestDistractor, ratio: right / longestDistractor };
}

const perLecture = lectures.map((lecture) => ({ slug: lecture.slug, qs: questions.filter((q) => q.lecture === lecture.slug) }));

function longestRight(qs: readonly Question[], locale: Locale): Question[] {
  return qs.filter((q) => lengths(q, locale).rightLongest);
}

function maxRatio(qs: readonly Question[], locale: Locale): number {
  return Math.max(0, ...qs.map((q) => lengths(q, locale).ratio));
}

/** Groups of question ids whose prompts are the same after normalising. */
function duplicatePrompts(locale: Locale): string[][] {
  const byPrompt = new Map<string, string[]>();
  for (const q of questions) {
    const key = norm(q.prompt[locale]);
    byPrompt.set(key, [...(byPrompt.get(key) ?? []), q.id]);
  }
  return [...byPrompt.values()].filter((ids) => ids.length > 1);
}

/** `id: choice` for every choice that repeats another choice of the same question, normalised. */
function duplicateChoices(locale: Locale): string[] {
  return questions.flatMap((q) => {
    const seen = new Set<string>();
    return q.choices.flatMap((c) => {
      const key = norm(c[locale]);
      if (seen.has(key)) return [`${q.id}: ${c[locale]}`];
      seen.add(key);
      return [];
    });
  });
}

function positions(qs: readonly Question[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const q of qs) counts[q.answer] = (counts[q.answer] ?? 0) + 1;
  return counts;
}

const isNotes = (q: Question) => (q as { source?: unknown }).source === 'notes';

/** Every text of one language the bot shows, with where it is. */
function* texts(locale: Locale): Generator<[string, string]> {
  for (const lecture of lectures) {
    yield [`${lecture.slug}.title`, lecture.title[locale]];
    yield [`${lecture.slug}.blurb`, lecture.blurb[locale]];
    for (const section of lecture.sections) {
      yield [`${lecture.slug}/${section.id}.title`, section.title[locale]];
      yield [`${lecture.slug}/${section.id}.body`, section.body[locale]];
      for (const [i, d] of section.diagrams.entries()) yield [`${lecture.slug}/${section.id}.diagram${i + 1}`, d.caption[locale]];
    }
  }
  for (const q of questions) {
    yield [`${q.id}.prompt`, q.prompt[locale]];
    for (const [i, c] of q.choices.entries()) yield [`${q.id}.choice${i}`, c[locale]];
    yield [`${q.id}.explanation`, q.explanation[locale]];
  }
}

function avoided(locale: Locale): string[] {
  const found: string[] = [];
  for (const [where, text] of texts(locale)) {
    for (const rule of findAvoided(text, locale)) found.push(`${where}: "${rule.variant}" → "${rule.use}" (${rule.rule})`);
  }
  return found;
}

/** `id (locale): answer` where the prompt contains its right answer's text. */
function giveaways(): string[] {
  return questions.flatMap((q) =>
    LOCALES.flatMap((locale) => {
      const answer = norm(q.choices[q.answer]?.[locale] ?? '');
      if ([...answer].length < MIN_GIVEAWAY_LENGTH || !norm(q.prompt[locale]).includes(answer)) return [];
      return [`${q.id} (${locale}): ${q.choices[q.answer]![locale]}`];
    }),
  );
}

/** Over-long right answers, worst first: `id 2.10×`. */
function overLong(qs: readonly Question[], locale: Locale, atLeast: number): string[] {
  return qs
    .map((q) => ({ id: q.id, ratio: lengths(q, locale).ratio }))
    .filter((r) => r.ratio >= atLeast)
    .sort((a, b) => b.ratio - a.ratio)
    .map((r) => `${r.id} ${r.ratio.toFixed(2)}×`);
}

function figuresReport(): string {
  const n = questions.length;
  const dups =
    LOCALES.reduce((sum, l) => sum + duplicatePrompts(l).reduce((s, ids) => s + ids.length - 1, 0), 0) +
    LOCALES.reduce((sum, l) => sum + duplicateChoices(l).length, 0);
  const ratio = Math.max(...LOCALES.map((l) => maxRatio(questions, l)));
  const tied = (l: Locale) => pct(questions.filter((q) => lengths(q, l).rightLongestOrTied).length, n);
  const lines = [
    `bank: ${n} questions, longest right ${pct(longestRight(questions, 'ko').length, n)}% ko / ${pct(longestRight(questions, 'en').length, n)}% en, ` +
      `max ratio ${ratio.toFixed(2)}, duplicates ${dups}, notes-sourced ${pct(questions.filter(isNotes).length, n)}%`,
    `      right choice longest or tied for longest: ${tied('ko')}% ko / ${tied('en')}% en; ` +
      `max ratio ${maxRatio(questions, 'ko').toFixed(2)} ko / ${maxRatio(questions, 'en').toFixed(2)} en`,
    '',
    'lecture      n  longest ko  longest en  ratio ko  ratio en  ≥1.3 ko/en  notes  answer at 0/1/2/3/4',
  ];
  for (const { slug, qs } of perLecture) {
    const cells = [
      slug.padEnd(10),
      String(qs.length).padStart(3),
      `${pct(longestRight(qs, 'ko').length, qs.length)}%`.padStart(11),
      `${pct(longestRight(qs, 'en').length, qs.length)}%`.padStart(11),
      maxRatio(qs, 'ko').toFixed(2).padStart(9),
      maxRatio(qs, 'en').toFixed(2).padStart(9),
      `${overLong(qs, 'ko', MAX_RATIO).length}/${overLong(qs, 'en', MAX_RATIO).length}`.padStart(11),
      `${pct(qs.filter(isNotes).length, qs.length)}%`.padStart(6),
      `  ${positions(qs).join('/')}`,
    ];
    lines.push(cells.join(' '));
  }
  const five = questions.filter((q) => q.choices.length === 5);
  lines.push(`5-choice questions: ${five.length}, answer last in ${five.filter((q) => q.answer === 4).length}`);
  return lines.join('\n');
}

describe('question bank figures', () => {
  it('prints the figures', () => {
    console.log(figuresReport());
  });

  it(`has at least ${MIN_BANK} questions and ${MIN_PER_LECTURE} per lecture`, () => {
    expect(questions.length, 'bank').toBeGreaterThanOrEqual(MIN_BANK);
    for (const { slug, qs } of perLecture) expect(qs.length, slug).toBeGreaterThanOrEqual(MIN_PER_LECTURE);
  });

  for (const locale of LOCALES) {
    it(`(${locale}) has the right choice strictly longest in at most ${pct(MAX_LONGEST_SHARE, 1)}% of questions, bank-wide and per lecture`, () => {
      const all = longestRight(questions, locale);
      expect(all.length / questions.length, `bank ${locale}: right choice longest in ${all.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(
        MAX_LONGEST_SHARE,
      );
      for (const { slug, qs } of perLecture) {
        const longest = longestRight(qs, locale);
        expect(
          longest.length / qs.length,
          `${slug} ${locale}: right choice longest in ${longest.length}/${qs.length}: ${overLong(longest, locale, 0).join(', ')}`,
        ).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
      }
    });

    it(`(${locale}) never has a right choice ${MAX_RATIO}× or more the longest distractor`, () => {
      expect(overLong(questions, locale, MAX_RATIO), `${locale}: right choice ≥ ${MAX_RATIO}× the longest distractor`).toEqual([]);
    });

    it(`(${locale}) has no duplicate prompts across the bank and no duplicate choices within a question`, () => {
      expect(duplicatePrompts(locale), `${locale}: questions with the same prompt`).toEqual([]);
      expect(duplicateChoices(locale), `${locale}: repeated choices`).toEqual([]);
    });

    it(`(${locale}) spells every glossary term, spacing rule and US spelling one way in lectures and questions`, () => {
      expect(avoided(locale), `${locale}: variants to replace`).toEqual([]);
    });
  }

  it('spreads the answer positions in every lecture', () => {
    const problems: string[] = [];
    for (const { slug, qs } of perLecture) {
      const counts = positions(qs);
      for (let p = 0; p < 4; p++) {
        if (counts[p]! < MIN_POSITION_COUNT) problems.push(`${slug}: answer at position ${p} only ${counts[p]}× (needs ${MIN_POSITION_COUNT})`);
      }
      counts.forEach((count, p) => {
        if (count / qs.length > MAX_POSITION_SHARE) {
          const ids = qs.filter((q) => q.answer === p).map((q) => q.id);
          problems.push(`${slug}: answer at position ${p} in ${count}/${qs.length} (> ${pct(MAX_POSITION_SHARE, 1)}%): ${ids.join(', ')}`);
        }
      });
    }
    const five = questions.filter((q) => q.choices.length === 5);
    const last = five.filter((q) => q.answer === 4);
    if (last.length > MAX_LAST_OF_FIVE * five.length) {
      problems.push(`5-choice questions with the answer last: ${last.length}/${five.length}: ${last.map((q) => q.id).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it(`has at least ${pct(MIN_NOTES_SHARE, 1)}% of each lecture's questions sourced from the notes`, () => {
    const problems: string[] = [];
    for (const q of questions) {
      const source = (q as { source?: unknown }).source;
      if (source !== 'notes' && source !== 'added') problems.push(`${q.id}: source is ${JSON.stringify(source)}, not 'notes' or 'added'`);
    }
    for (const { slug, qs } of perLecture) {
      const notes = qs.filter(isNotes).length;
      if (notes / qs.length < MIN_NOTES_SHARE) problems.push(`${slug}: ${notes}/${qs.length} questions sourced from the notes`);
    }
    expect(problems).toEqual([]);
  });

  it('has no prompt that contains its right answer', () => {
    expect(giveaways(), 'prompts containing their answer').toEqual([]);
  });
});
