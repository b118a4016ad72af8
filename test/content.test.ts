import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklists, findChecklist, findLecture, findSection, lectures, normalize, suggestLectures, suggestSections } from '../src/content/catalog.js';
import { checklistMessage } from '../src/commands/checklist/messages.js';
import { summaryMessage } from '../src/commands/summary/messages.js';
import { LOCALES, type Localized } from '../src/core/locale.js';
import { LIMITS, limitProblems } from './helpers/discordLimits.js';

const seed = readFileSync(new URL('./fixtures/seed.md', import.meta.url), 'utf8');
const seedImages = [...seed.matchAll(/!\[[^\]]*\]\((\S+?)\)/g)].map((m) => m[1]!);

function* texts(): Generator<[string, Localized]> {
  for (const lecture of lectures) {
    yield [`${lecture.slug}.title`, lecture.title];
    yield [`${lecture.slug}.speaker`, lecture.speaker];
    yield [`${lecture.slug}.blurb`, lecture.blurb];
    for (const section of lecture.sections) {
      yield [`${lecture.slug}/${section.id}.title`, section.title];
      yield [`${lecture.slug}/${section.id}.body`, section.body];
      for (const diagram of section.diagrams) yield [`${lecture.slug}/${section.id}.caption`, diagram.caption];
    }
  }
}

describe('lecture catalog', () => {
  it('has the four lectures of the notes', () => {
    expect(lectures.map((l) => l.slug)).toEqual(['fullstack', 'ethics', 'career', 'nlp']);
  });

  it('has unique slugs and aliases across lectures, and unique section ids and aliases within each', () => {
    const lectureNames = lectures.flatMap((l) => [l.slug, ...l.aliases].map(normalize));
    expect(new Set(lectureNames).size).toBe(lectureNames.length);
    for (const lecture of lectures) {
      const ids = lecture.sections.map((s) => s.id);
      expect(new Set(ids).size, lecture.slug).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,30}$/);
      const names = lecture.sections.flatMap((s) => [s.id, ...s.aliases].map(normalize));
      expect(new Set(names).size, `${lecture.slug} section names`).toBe(names.length);
    }
  });

  it('has every text in both languages, non-empty and different', () => {
    for (const [where, text] of texts()) {
      for (const locale of LOCALES) expect(text[locale].trim(), `${where}.${locale}`).not.toBe('');
      // Titles may be the same English term in both (e.g. "Full Stack ML Engineer"); prose may not.
      if (/\.(body|blurb|caption)$/.test(where)) {
        expect(text.ko, where).not.toBe(text.en);
        expect(text.ko, `${where} should be Korean`).toMatch(/[가-힣]/);
      }
    }
  });

  it('has the typos of the notes fixed', () => {
    const typos = ['압춧', '기혹자', '태킹', 'Ransformers', 'Embeddins', 'Soical', '가장 적인 기능', 'Emgineer', 'deicision'];
    for (const [where, text] of texts()) {
      for (const typo of typos) expect(`${text.ko}\n${text.en}`, where).not.toContain(typo);
    }
  });

  it('shows every diagram of the notes exactly once, in a well-formed https URL', () => {
    expect(seedImages).toHaveLength(15);
    const shown = lectures.flatMap((l) => l.sections.flatMap((s) => s.diagrams.map((d) => d.url)));
    expect([...shown].sort()).toEqual([...seedImages].sort());
    for (const url of shown) expect(() => new URL(url)).not.toThrow();
    for (const url of shown) expect(url).toMatch(/^https:\/\/user-images\.githubusercontent\.com\/\S+\.PNG$/);
  });

  it('keeps every section within Discord limits in both languages', () => {
    for (const lecture of lectures) {
      lecture.sections.forEach((section, index) => {
        for (const locale of LOCALES) {
          const message = summaryMessage(lecture, index, locale);
          expect(limitProblems(message, `${lecture.slug}/${section.id}/${locale}`)).toEqual([]);
        }
      });
    }
  });

  it('keeps autocomplete choices within 25 and names within 100 characters', () => {
    for (const locale of LOCALES) {
      const topics = suggestLectures('', locale);
      expect(topics.length).toBeLessThanOrEqual(25);
      for (const lecture of lectures) {
        const sections = suggestSections(lecture, '', locale);
        expect(sections).toHaveLength(lecture.sections.length);
        for (const choice of [...topics, ...sections]) {
          expect(choice.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect(choice.value.length).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it.each([
    ['fullstack', 'fullstack'],
    ['풀스택', 'fullstack'],
    ['Full Stack', 'fullstack'],
    ['윤리', 'ethics'],
    ['AI Ethics', 'ethics'],
    ['커리어', 'career'],
    ['자연어', 'nlp'],
    ['KLUE', 'nlp'],
  ])('finds %j as %s', (input, slug) => {
    expect(findLecture(input)?.slug).toBe(slug);
  });

  it('finds sections by id, alias and number', () => {
    const nlp = findLecture('nlp')!;
    expect(findSection(nlp, 'klue')?.id).toBe('klue');
    expect(findSection(nlp, 'KLUE')?.id).toBe('klue');
    expect(findSection(nlp, '1')?.id).toBe(nlp.sections[0]!.id);
    expect(findSection(nlp, '99')).toBeUndefined();
    expect(findSection(nlp, 'nothing-like-this')).toBeUndefined();
  });

  it('states the facts it adds correctly', () => {
    const nlp = findLecture('nlp')!;
    const all = nlp.sections.map((s) => `${s.body.ko}\n${s.body.en}`).join('\n');
    expect(all).toContain('Embeddings from Language Models');
    expect(all).toContain('Bidirectional Encoder Representations from Transformers');
    expect(all).toContain('General Language Understanding Evaluation');
    const klue = findSection(nlp, 'klue')!;
    for (const task of ['개체명 인식', '품사 태깅', '의존 구문 분석', '문장 분류', '자연어 추론', '문장 유사도', '관계 추출', '질의 응답', '목적형 대화']) {
      expect(klue.body.ko).toContain(task);
    }
    const ethics = findLecture('ethics')!;
    const ethicsText = ethics.sections
      .map((s) => s.body.en)
      .join('\n')
      .toLowerCase();
    for (const idea of ['demographic parity', 'equalized odds', 'housing', 'credit', 'employment', 'insurance']) {
      expect(ethicsText).toContain(idea);
    }
  });
});

describe('checklists', () => {
  it('have unique slugs and item ids, texts in both languages, and sources that exist', () => {
    const slugs = checklists.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const checklist of checklists) {
      expect(findChecklist(checklist.slug)).toBe(checklist);
      const ids = checklist.items.map((i) => i.id);
      expect(new Set(ids).size, checklist.slug).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(25);
      for (const item of checklist.items) {
        expect(item.id).toMatch(/^[a-z0-9-]{1,40}$/);
        expect(item.text.ko).toMatch(/[가-힣]/);
        expect(item.text.en.trim()).not.toBe('');
      }
      const lecture = findLecture(checklist.source.lecture);
      expect(
        lecture?.sections.some((s) => s.id === checklist.source.section),
        checklist.slug,
      ).toBe(true);
    }
  });

  it('fit Discord limits with every item checked or none, in both languages', () => {
    for (const checklist of checklists) {
      const lecture = findLecture(checklist.source.lecture);
      for (const locale of LOCALES) {
        for (const checked of [new Set<string>(), new Set(checklist.items.map((i) => i.id))]) {
          expect(limitProblems(checklistMessage(checklist, checked, lecture, locale), `${checklist.slug}/${locale}`)).toEqual([]);
        }
      }
    }
  });

  it('cover the career lecture and the full-stack roadmap', () => {
    const career = checklists.find((c) => c.slug === 'career-start')!;
    const careerText = career.items.map((i) => i.text.en).join('\n');
    for (const idea of ['Kaggle', 'Dacon', 'intern', 'paper']) expect(careerText).toContain(idea);
    const roadmap = checklists.find((c) => c.slug === 'fullstack-roadmap')!;
    expect(roadmap.items.map((i) => i.text.ko).join('\n')).toContain('가장 적은 기능');
  });
});
