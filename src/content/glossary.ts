import type { Locale } from './types.js';

/**
 * The glossary: how each term of the lectures is spelt, in Korean and English, everywhere the bot
 * shows it (lecture sections, quiz questions) and which names `/summary` also accepts for it.
 *
 * - `ko` / `en`: the one spelling lectures and questions use.
 * - `aliases`: lowercase extra names a member may type; `/summary` and its autocomplete find every
 *   section whose title or body uses the term (see `catalog.ts`). Aliases may include a variant we
 *   avoid in our own text (e.g. `차등 프라이버시`), so a member who types it still finds the section.
 * - `avoid`: variant spellings that must not appear in any lecture or question text of that
 *   language (checked by `test/bank.test.ts`).
 */
export interface GlossaryTerm {
  /** Stable id: lowercase ascii, digits and dashes. */
  id: string;
  ko: string;
  en: string;
  aliases: readonly string[];
  avoid: { ko?: readonly string[]; en?: readonly string[] };
}

/** A word spelt one way in one language, with the wrong forms (Korean spacing, US spelling, wording). */
export interface WordRule {
  id: string;
  locale: Locale;
  /** The right form. */
  word: string;
  /** Wrong forms that must not appear in that language's lecture or question text. */
  avoid: readonly string[];
}

export const glossary: readonly GlossaryTerm[] = [
  // ── AI Ethics: bias metrics ─────────────────────────────────────────────
  {
    id: 'bias-metrics',
    ko: '편향 지표',
    en: 'bias metrics',
    aliases: ['bias metric', '공정성 지표', 'fairness metric', 'fairness metrics'],
    avoid: {},
  },
  {
    id: 'protected-attribute',
    ko: '보호 속성',
    en: 'protected attribute',
    aliases: ['protected attributes', 'protected group', 'protected groups', '보호 집단', '민감 속성', 'sensitive attribute'],
    avoid: { ko: ['민감 속성', '민감한 속성'], en: ['sensitive attribute', 'sensitive attributes'] },
  },
  {
    id: 'demographic-parity',
    ko: '인구통계학적 동등성',
    en: 'demographic parity',
    aliases: ['인구통계적 동등성', 'statistical parity'],
    avoid: { ko: ['인구통계적 동등성'] },
  },
  {
    id: 'equalized-odds',
    ko: '균등화된 오즈',
    en: 'equalized odds',
    aliases: ['균등 오즈', 'equalised odds'],
    avoid: { ko: ['균등 오즈', '균등화 오즈'], en: ['equalised odds'] },
  },
  {
    id: 'equal-opportunity',
    ko: '기회 균등',
    en: 'equal opportunity',
    aliases: ['기회의 균등'],
    avoid: {},
  },
  {
    id: 'predictive-parity',
    ko: '예측 동등성',
    en: 'predictive parity',
    aliases: ['예측적 동등성'],
    avoid: { ko: ['예측적 동등성'] },
  },
  {
    id: 'true-positive-rate',
    ko: '참양성률',
    en: 'true-positive rate',
    aliases: ['tpr', 'true positive rate', '진양성률'],
    avoid: { ko: ['참 양성률', '진양성률'] },
  },
  {
    id: 'false-positive-rate',
    ko: '거짓양성률',
    en: 'false-positive rate',
    aliases: ['fpr', 'false positive rate', '위양성률'],
    avoid: { ko: ['거짓 양성률', '위양성률'] },
  },
  {
    id: 'base-rate',
    ko: '기저율',
    en: 'base rate',
    aliases: ['base rates', '기본 비율'],
    avoid: {},
  },
  // ── AI Ethics: privacy ──────────────────────────────────────────────────
  {
    id: 'membership-inference',
    ko: '멤버십 추론',
    en: 'membership inference',
    aliases: ['membership inference attack', '멤버십 추론 공격', '소속 추론'],
    avoid: { ko: ['멤버십추론', '소속 추론'] },
  },
  {
    id: 're-identification',
    ko: '재식별',
    en: 're-identification',
    aliases: ['reidentification', '재식별 공격'],
    avoid: { ko: ['재 식별'], en: ['reidentification'] },
  },
  {
    id: 'quasi-identifier',
    ko: '준식별자',
    en: 'quasi-identifier',
    aliases: ['quasi-identifiers', 'quasi identifier', '준 식별자'],
    avoid: { ko: ['준 식별자'] },
  },
  {
    id: 'data-minimization',
    ko: '데이터 최소화',
    en: 'data minimization',
    aliases: ['data minimisation', '최소 수집'],
    avoid: { en: ['data minimisation'] },
  },
  {
    id: 'pseudonymization',
    ko: '가명처리',
    en: 'pseudonymization',
    aliases: ['가명 처리', '가명화', 'pseudonymisation', '비식별화', 'de-identification', 'anonymization', '익명화'],
    avoid: { en: ['pseudonymisation'] },
  },
  {
    id: 'differential-privacy',
    ko: '차분 프라이버시',
    en: 'differential privacy',
    aliases: ['차등 프라이버시', '차분 개인정보 보호'],
    avoid: { ko: ['차등 프라이버시', '차등프라이버시', '차분프라이버시'] },
  },
  // ── AI Ethics: inequality, misinformation ───────────────────────────────
  {
    id: 'proxy',
    ko: '대리 변수',
    en: 'proxy',
    aliases: ['proxy variable', 'proxies', '대리변수', '프록시'],
    avoid: { ko: ['대리변수'] },
  },
  {
    id: 'feedback-loop',
    ko: '피드백 루프',
    en: 'feedback loop',
    aliases: ['feedback loops', '피드백루프'],
    avoid: { ko: ['피드백루프'] },
  },
  {
    id: 'deepfake',
    ko: '딥페이크',
    en: 'deepfake',
    aliases: ['deepfakes', 'deep fake'],
    avoid: { ko: ['딥 페이크'], en: ['deep fake', 'deep fakes'] },
  },
  {
    id: 'filter-bubble',
    ko: '필터 버블',
    en: 'filter bubble',
    aliases: ['filter bubbles', '필터버블'],
    avoid: { ko: ['필터버블'] },
  },
  {
    id: 'hallucination',
    ko: '환각',
    en: 'hallucination',
    aliases: ['hallucinations', '할루시네이션'],
    avoid: {},
  },
  // ── NLP ─────────────────────────────────────────────────────────────────
  {
    id: 'language-modeling',
    ko: '언어 모델링',
    en: 'language modeling',
    aliases: ['언어모델링', 'language modelling'],
    avoid: { ko: ['언어모델링'], en: ['language modelling'] },
  },
  {
    id: 'self-supervised-learning',
    ko: '자기 지도 학습',
    en: 'self-supervised learning',
    aliases: ['자기지도 학습', 'self supervised learning'],
    avoid: { ko: ['자기지도학습', '자기지도 학습'] },
  },
  {
    id: 'masked-lm',
    ko: '마스크 언어 모델',
    en: 'masked language model',
    aliases: ['mlm', 'masked lm', '마스크드 언어 모델'],
    avoid: { ko: ['마스크드 언어 모델'] },
  },
  {
    id: 'next-sentence-prediction',
    ko: '다음 문장 예측',
    en: 'next sentence prediction',
    aliases: ['nsp'],
    avoid: {},
  },
  {
    id: 'fine-tuning',
    ko: '미세조정',
    en: 'fine-tuning',
    aliases: ['미세 조정', '파인튜닝', 'finetuning', 'fine tuning'],
    avoid: { en: ['finetuning'] },
  },
  {
    id: 'ner',
    ko: '개체명 인식',
    en: 'named entity recognition',
    aliases: ['ner', '개체명', '개체명인식'],
    avoid: { ko: ['개체명인식'] },
  },
  {
    id: 'pos-tagging',
    ko: '품사 태깅',
    en: 'POS tagging',
    aliases: ['pos', 'pos tagging', 'part-of-speech tagging', 'part of speech tagging', '품사', '품사태깅', '품사 태킹'],
    avoid: { ko: ['품사 태킹', '품사태깅'], en: ['pos-tagging'] },
  },
  {
    id: 'dependency-parsing',
    ko: '의존 구문 분석',
    en: 'dependency parsing',
    aliases: ['dp', '의존 구문분석', '의존구문분석', '구문 분석'],
    avoid: { ko: ['의존 구문분석', '의존구문분석'] },
  },
  {
    id: 'topic-classification',
    ko: '주제 분류',
    en: 'topic classification',
    aliases: ['tc', 'ynat', '문장 분류', 'text classification'],
    avoid: {},
  },
  {
    id: 'nli',
    ko: '자연어 추론',
    en: 'natural language inference',
    aliases: ['nli', '함의', 'entailment'],
    avoid: { ko: ['자연어추론'] },
  },
  {
    id: 'sts',
    ko: '문장 유사도',
    en: 'semantic textual similarity',
    aliases: ['sts', 'sentence similarity', '의미 유사도'],
    avoid: {},
  },
  {
    id: 'relation-extraction',
    ko: '관계 추출',
    en: 'relation extraction',
    aliases: ['re', '관계추출'],
    avoid: { ko: ['관계추출'] },
  },
  {
    id: 'mrc',
    ko: '기계 독해',
    en: 'machine reading comprehension',
    aliases: ['mrc', '질의 응답', '질의응답', 'question answering', 'qa'],
    avoid: {},
  },
  {
    id: 'dialogue-state-tracking',
    ko: '대화 상태 추적',
    en: 'dialogue state tracking',
    aliases: ['dst', 'wos', 'dialog state tracking', '목적형 대화', 'task-oriented dialogue', 'task oriented dialog'],
    avoid: { en: ['dialog state tracking', 'task-oriented dialog'] },
  },
  // ── Full Stack ML Engineer ──────────────────────────────────────────────
  {
    id: 'prototyping',
    ko: '빠른 프로토타이핑',
    en: 'fast prototyping',
    aliases: ['프로토타이핑', 'prototyping', '프로토타입', 'prototype'],
    avoid: {},
  },
  {
    id: 'synergy',
    ko: '기술 간 시너지',
    en: 'synergy between technologies',
    aliases: ['시너지', 'synergy', '기술간 시너지'],
    // The spacing rule `기술 간` catches `기술간 시너지`.
    avoid: {},
  },
  {
    id: 'growth',
    ko: '성장의 다각화',
    en: 'growing in many directions',
    aliases: ['다각화', '성장 다각화', 'diversified growth'],
    avoid: {},
  },
  {
    id: 'annotation-tool',
    ko: 'Annotation tool',
    en: 'annotation tool',
    aliases: ['annotation', '어노테이션', '어노테이션 툴', '레이블링 도구', 'labeling tool'],
    avoid: {},
  },
  // ── Career building ─────────────────────────────────────────────────────
  {
    id: 'soft-skills',
    ko: 'soft skill',
    en: 'soft skills',
    aliases: ['소프트 스킬', 'soft skills', '공통 soft skill'],
    avoid: { en: ['soft-skills', 'soft-skill'] },
  },
  {
    id: 'ai-competition',
    ko: 'AI competition',
    en: 'AI competitions',
    aliases: ['ai 대회', 'ai competitions', '캐글', 'kaggle', '데이콘', 'dacon', '경진대회'],
    avoid: {},
  },
];

/** Korean spacing (띄어쓰기) the notes get wrong and our text must get right. */
export const spacing: readonly WordRule[] = [
  { id: 'persistent', locale: 'ko', word: '끈기 있는', avoid: ['끈기있는'] },
  { id: 'interested', locale: 'ko', word: '관심 있는가', avoid: ['관심있는가'] },
  { id: 'modeling-only', locale: 'ko', word: '모델링뿐', avoid: ['모델링 뿐'] },
  { id: 'between-technologies', locale: 'ko', word: '기술 간', avoid: ['기술간'] },
  { id: 'when-planning', locale: 'ko', word: '기획 시', avoid: ['기획시'] },
  { id: 'daily-life', locale: 'ko', word: '실생활', avoid: ['실 생활'] },
  { id: 'contradiction', locale: 'ko', word: '모순 관계', avoid: ['모순관계'] },
];

/** `-ise` verbs and their derived forms (British) → `-ize` (US). */
const ISE_STEMS = [
  'optimis',
  'organis',
  'specialis',
  'recognis',
  'minimis',
  'maximis',
  'summaris',
  'generalis',
  'anonymis',
  'pseudonymis',
  'normalis',
  'utilis',
  'tokenis',
  'categoris',
  'prioritis',
  'visualis',
  'realis',
  'characteris',
  'memoris',
  'customis',
  'standardis',
  'personalis',
  'criticis',
  'finalis',
  'apologis',
  'digitis',
];
const ISE_ENDINGS = ['e', 'ed', 'es', 'ing', 'ation', 'ations', 'er', 'ers'];

/** British → US pairs other than `-ise`. */
const BRITISH_US: readonly (readonly [string, string])[] = [
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analysing', 'analyzing'],
  ['emphasise', 'emphasize'],
  ['emphasised', 'emphasized'],
  ['emphasises', 'emphasizes'],
  ['emphasising', 'emphasizing'],
  ['modelling', 'modeling'],
  ['modelled', 'modeled'],
  ['modeller', 'modeler'],
  ['modellers', 'modelers'],
  ['labelling', 'labeling'],
  ['labelled', 'labeled'],
  ['labeller', 'labeler'],
  ['labellers', 'labelers'],
  ['travelling', 'traveling'],
  ['travelled', 'traveled'],
  ['traveller', 'traveler'],
  ['travellers', 'travelers'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['signalling', 'signaling'],
  ['signalled', 'signaled'],
  ['levelled', 'leveled'],
  ['levelling', 'leveling'],
  ['fuelled', 'fueled'],
  ['fuelling', 'fueling'],
  ['behaviour', 'behavior'],
  ['behaviours', 'behaviors'],
  ['behavioural', 'behavioral'],
  ['behaviourally', 'behaviorally'],
  ['neighbour', 'neighbor'],
  ['neighbours', 'neighbors'],
  ['neighbourhood', 'neighborhood'],
  ['neighbourhoods', 'neighborhoods'],
  ['neighbouring', 'neighboring'],
  ['favour', 'favor'],
  ['favours', 'favors'],
  ['favoured', 'favored'],
  ['favourable', 'favorable'],
  ['favourably', 'favorably'],
  ['unfavourable', 'unfavorable'],
  ['unfavourably', 'unfavorably'],
  ['favourite', 'favorite'],
  ['colour', 'color'],
  ['colours', 'colors'],
  ['coloured', 'colored'],
  ['labour', 'labor'],
  ['honour', 'honor'],
  ['honours', 'honors'],
  ['humour', 'humor'],
  ['rumour', 'rumor'],
  ['rumours', 'rumors'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['fibre', 'fiber'],
  ['fibres', 'fibers'],
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
];

/** US spelling throughout the English text. */
export const usSpelling: readonly WordRule[] = [
  ...ISE_STEMS.flatMap((stem) => ISE_ENDINGS.map((ending) => [stem + ending, stem.replace(/is$/, 'iz') + ending] as const)),
  ...BRITISH_US,
].map(([british, us]) => ({ id: `us-${us}`, locale: 'en', word: us, avoid: [british] }));

/** English wordings the issue asked to fix: names as the lectures write them, ZIP code, no "a storage". */
export const wording: readonly WordRule[] = [
  { id: 'zip-code', locale: 'en', word: 'ZIP code', avoid: ['postcode', 'postcodes', 'post code', 'post codes', 'zip code', 'zip codes'] },
  { id: 'storage', locale: 'en', word: 'storage (uncountable: "to storage", "to a storage service")', avoid: ['a storage'] },
  { id: 'shared-soft-skills', locale: 'en', word: 'shared soft skills (the section title)', avoid: ['common soft skills'] },
  {
    id: 'growing-in-many-directions',
    locale: 'en',
    word: "growing in many directions (the lecture's wording)",
    avoid: ['diversified growth', 'diversification of growth', 'growth diversification'],
  },
];

/** Every rule that forbids a variant, as one list: glossary terms, Korean spacing, US spelling, wording. */
export interface AvoidRule {
  /** `glossary:<id>`, `spacing:<id>`, `spelling:<id>` or `wording:<id>`. */
  rule: string;
  locale: Locale;
  /** The form to use instead. */
  use: string;
  variant: string;
}

export const avoidRules: readonly AvoidRule[] = [
  ...glossary.flatMap((term) =>
    (['ko', 'en'] as const).flatMap((locale) =>
      (term.avoid[locale] ?? []).map((variant) => ({ rule: `glossary:${term.id}`, locale, use: term[locale], variant })),
    ),
  ),
  ...spacing.flatMap((r) => r.avoid.map((variant) => ({ rule: `spacing:${r.id}`, locale: r.locale, use: r.word, variant }))),
  ...usSpelling.flatMap((r) => r.avoid.map((variant) => ({ rule: `spelling:${r.id}`, locale: r.locale, use: r.word, variant }))),
  ...wording.flatMap((r) => r.avoid.map((variant) => ({ rule: `wording:${r.id}`, locale: r.locale, use: r.word, variant }))),
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasHangul = (text: string) => /[\u3131-\u318e\uac00-\ud7a3]/.test(text);

/**
 * A matcher for `form` in running text. Latin forms match as whole words (so `a storage` does not
 * match inside `data storage`, nor `NLI` inside `MNLI`); Hangul forms match as substrings, since
 * Korean particles attach to the word (`보호 속성에`).
 */
export function termPattern(form: string, { ignoreCase }: { ignoreCase: boolean }): RegExp {
  const body = escapeRegExp(form.normalize('NFC'));
  if (hasHangul(form)) return new RegExp(body, ignoreCase ? 'iu' : 'u');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, ignoreCase ? 'iu' : 'u');
}

let avoidPatterns: { rule: AvoidRule; patterns: RegExp[] }[] | undefined;

/** Built on first use (the checks in the tests): hundreds of patterns the running bot never needs. */
const patternsOfRules = () =>
  (avoidPatterns ??= avoidRules.map((rule) => {
    // Case matters (`ZIP code` is right, `zip code` is not), but a variant at the start of a
    // sentence is still the variant: match it as written and with its first letter capitalized.
    const capitalized = rule.variant.charAt(0).toUpperCase() + rule.variant.slice(1);
    const forms = capitalized === rule.variant ? [rule.variant] : [rule.variant, capitalized];
    return { rule, patterns: forms.map((form) => termPattern(form, { ignoreCase: false })) };
  }));

/** The avoided variants that occur in `text` (a text in `locale`). */
export function findAvoided(text: string, locale: Locale): AvoidRule[] {
  const nfc = text.normalize('NFC');
  return patternsOfRules()
    .filter(({ rule, patterns }) => rule.locale === locale && patterns.some((p) => p.test(nfc)))
    .map(({ rule }) => rule);
}
