import { describe, expect, it } from 'vitest';
import { findLecture, findSection, lectures, normalize, sectionGlossaryNames, suggestSections } from '../src/content/catalog.js';
import { avoidRules, findAvoided, glossary, spacing, termPattern, usSpelling, wording } from '../src/content/glossary.js';
import type { Lecture } from '../src/content/types.js';

const lecture = (slug: string): Lecture => findLecture(slug)!;

describe('glossary', () => {
  it('has unique ids, lowercase aliases and both forms of every term', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of glossary) {
      expect(term.id).toMatch(/^[a-z0-9-]+$/);
      expect(term.ko.trim(), term.id).not.toBe('');
      expect(term.en.trim(), term.id).not.toBe('');
      for (const alias of term.aliases) expect(alias, term.id).toBe(alias.toLowerCase());
    }
    const ruleIds = [...spacing, ...usSpelling, ...wording].map((r) => `${r.locale}:${r.id}`);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it('never forbids a form the glossary itself prescribes', () => {
    const prescribed = [
      ...glossary.flatMap((t) => [
        { locale: 'ko' as const, text: t.ko },
        { locale: 'en' as const, text: t.en },
      ]),
      ...spacing.map((r) => ({ locale: r.locale, text: r.word })),
      ...usSpelling.map((r) => ({ locale: r.locale, text: r.word })),
    ];
    for (const { locale, text } of prescribed) expect(findAvoided(text, locale), `${locale}: ${text}`).toEqual([]);
  });

  it('has every term used by some lecture section', () => {
    const text = lectures.flatMap((l) => l.sections.flatMap((s) => [s.title.ko, s.body.ko, s.title.en, s.body.en])).join('\n');
    const unused = glossary.filter((t) => ![t.ko, t.en].some((form) => termPattern(form, { ignoreCase: true }).test(text)));
    expect(unused.map((t) => t.id)).toEqual([]);
  });

  it('covers the terms and spacing the issue names', () => {
    const ko = (id: string) => glossary.find((t) => t.id === id)?.ko;
    expect(ko('demographic-parity')).toBe('인구통계학적 동등성');
    expect(ko('differential-privacy')).toBe('차분 프라이버시');
    expect(ko('protected-attribute')).toBe('보호 속성');
    const variants = avoidRules.filter((r) => r.locale === 'ko').map((r) => r.variant);
    for (const wrong of [
      '인구통계적 동등성',
      '차등 프라이버시',
      '민감 속성',
      '끈기있는',
      '관심있는가',
      '모델링 뿐',
      '기술간',
      '기획시',
      '실 생활',
      '모순관계',
    ]) {
      expect(variants, wrong).toContain(wrong);
    }
  });

  it('finds avoided variants as whole words in English, as substrings in Korean', () => {
    expect(findAvoided('upload it to a storage', 'en').map((r) => r.variant)).toEqual(['a storage']);
    expect(findAvoided('upload it to data storage', 'en')).toEqual([]);
    expect(findAvoided('ZIP code, date of birth', 'en')).toEqual([]);
    expect(findAvoided('Zip code and postcode', 'en').map((r) => r.variant)).toEqual(['postcode', 'zip code']);
    expect(findAvoided('Modelling is fun', 'en').map((r) => r.use)).toEqual(['modeling']);
    expect(findAvoided('analyses of the data', 'en')).toEqual([]);
    expect(findAvoided('끈기있는 자세와 기술간 시너지', 'ko').map((r) => r.use)).toEqual(['끈기 있는', '기술 간']);
    expect(findAvoided('끈기 있는 자세와 기술 간 시너지', 'ko')).toEqual([]);
    // Korean rules do not apply to English text and vice versa.
    expect(findAvoided('modelling', 'ko')).toEqual([]);
  });
});

describe('section look-up through the glossary', () => {
  it('finds the privacy section by the variant a member may type (차등 프라이버시), and by the term', () => {
    const ethics = lecture('ethics');
    expect(findSection(ethics, '차등 프라이버시')?.id).toBe('privacy');
    expect(findSection(ethics, '차분 프라이버시')?.id).toBe('privacy');
    expect(findSection(ethics, 'Differential Privacy')?.id).toBe('privacy');
    expect(findSection(ethics, 'membership inference')?.id).toBe('privacy');
    expect(findSection(ethics, '재식별')?.id).toBe('privacy');
  });

  it('finds the bias section by fairness terms and their variants', () => {
    const ethics = lecture('ethics');
    expect(findSection(ethics, '인구통계적 동등성')?.id).toBe('bias');
    expect(findSection(ethics, 'equalized odds')?.id).toBe('bias');
    expect(findSection(ethics, '민감 속성')?.id).toBe('bias');
    expect(findSection(ethics, 'base rate')?.id).toBe('bias');
  });

  it('finds the KLUE section by task names, and does not match NLI inside MNLI', () => {
    const nlp = lecture('nlp');
    expect(findSection(nlp, 'NER')?.id).toBe('klue');
    expect(findSection(nlp, '품사 태깅')?.id).toBe('klue');
    expect(findSection(nlp, 'pos tagging')?.id).toBe('klue');
    // GLUE comes before KLUE and lists MNLI, QNLI, WNLI: a substring match would pick it.
    expect(findSection(nlp, 'nli')?.id).toBe('klue');
    expect(findSection(nlp, '자연어 추론')?.id).toBe('klue');
    expect(sectionGlossaryNames(nlp.sections.find((s) => s.id === 'glue')!)).not.toContain('nli');
  });

  it("prefers a section's own names over glossary matches", () => {
    const nlp = lecture('nlp');
    // 언어 모델링 also appears in the body of the bidirectional section.
    expect(findSection(nlp, '언어 모델링')?.id).toBe('language-modeling');
    expect(findSection(nlp, 'elmo')?.id).toBe('bidirectional');
    expect(findSection(lecture('ethics'), '프라이버시')?.id).toBe('privacy');
    // Numbers and unknown names behave as before.
    expect(findSection(nlp, '1')?.id).toBe(nlp.sections[0]!.id);
    expect(findSection(nlp, 'nothing-like-this')).toBeUndefined();
  });

  it('suggests the section for a glossary term, after sections matching their own names', () => {
    const ethics = lecture('ethics');
    expect(suggestSections(ethics, '차등', 'ko').map((c) => c.value)).toEqual(['privacy']);
    expect(suggestSections(ethics, '차등 프라이버시', 'en')[0]?.value).toBe('privacy');
    const nlp = lecture('nlp');
    const lm = suggestSections(nlp, '언어 모델링', 'ko').map((c) => c.value);
    expect(lm[0]).toBe('language-modeling');
    expect(lm).toContain('bidirectional');
    expect(suggestSections(nlp, '', 'ko')).toHaveLength(nlp.sections.length);
  });

  it('keeps glossary names normalized like typed input', () => {
    for (const l of lectures) {
      for (const s of l.sections) for (const name of sectionGlossaryNames(s)) expect(name).toBe(normalize(name));
    }
  });
});
