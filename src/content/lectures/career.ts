import type { Lecture } from '../types.js';

/** Special lecture by 박은정: career building in the AI era. Written from the seed notes, typos fixed. */
export const career: Lecture = {
  slug: 'career',
  aliases: ['커리어', '진로', 'career building', '커리어 빌딩', 'ai 커리어', 'ai career', '취업', '박은정'],
  title: { ko: 'AI 시대의 커리어 빌딩', en: 'Career Building in the AI Era' },
  speaker: { ko: '박은정', en: 'Park Eun-jeong' },
  blurb: {
    ko: 'AI 분야에는 어떤 직업이 있는지, 연구자와 엔지니어 중 나의 방향을 정하고 AI engineering 커리어를 시작하는 방법, 공통으로 필요한 soft skill과 실력을 보여 주는 스펙을 다룹니다.',
    en: 'Careers in AI, choosing between research and engineering to start an AI engineering career, shared soft skills, and a record that shows your skill.',
  },
  color: 0xfee75c,
  sections: [
    {
      id: 'careers',
      aliases: ['직무', '직업', 'careers in ai', 'ai 직무', 'roles', 'jobs'],
      title: { ko: 'Careers in AI (AI 분야의 직업)', en: 'Careers in AI' },
      body: {
        ko: [
          '**Business**',
          '- 사업 기획자, 서비스 기획자 등',
          '',
          '**Engineering**',
          '- Data engineer, AI engineer 등 (그림 1)',
          '',
          '노트에는 다음 직무(조합)마다 그림이 하나씩 있습니다.',
          '- **AI engineer + AI researcher** (그림 2)',
          '- **AI researcher** (그림 3)',
          '- **Data engineer + AIOps** (그림 4)',
          '- **AI engineer** (그림 5)',
          '',
          '**AI modeling에 대한 수요는 점차 줄어들 가능성도 있습니다!**',
        ].join('\n'),
        en: [
          '**Business**',
          '- Business planners, service planners and so on',
          '',
          '**Engineering**',
          '- Data engineers, AI engineers and so on (Figure 1)',
          '',
          'The notes show one figure for each of these roles (or combinations of roles):',
          '- **AI engineer + AI researcher** (Figure 2)',
          '- **AI researcher** (Figure 3)',
          '- **Data engineer + AIOps** (Figure 4)',
          '- **AI engineer** (Figure 5)',
          '',
          '**Demand for AI modeling itself may gradually decrease!**',
        ].join('\n'),
      },
      diagrams: [
        {
          url: 'https://user-images.githubusercontent.com/59636424/134680972-cb31b3c6-cc68-4e8e-850d-3ff0243e8840.PNG',
          caption: {
            ko: 'AI 분야의 직업: Business와 Engineering 직무',
            en: 'Careers in AI: business and engineering roles',
          },
        },
        {
          url: 'https://user-images.githubusercontent.com/59636424/134681451-57ec8df9-ea2c-40be-a3f7-616a0880b9af.PNG',
          caption: { ko: 'AI engineer + AI researcher 직무', en: 'The AI engineer + AI researcher role' },
        },
        {
          url: 'https://user-images.githubusercontent.com/59636424/134681527-a43286a9-1542-4a37-ac0a-2630c6371636.PNG',
          caption: { ko: 'AI researcher 직무', en: 'The AI researcher role' },
        },
        {
          url: 'https://user-images.githubusercontent.com/59636424/134681806-a7a4e8ae-7376-4e36-9aaa-b9b34b2f91e7.PNG',
          caption: { ko: 'Data engineer + AIOps 직무', en: 'The data engineer + AIOps role' },
        },
        {
          url: 'https://user-images.githubusercontent.com/59636424/134682001-9fd9ca4b-3b7e-4fd1-a2d5-1ef33fdd4415.PNG',
          caption: { ko: 'AI engineer 직무', en: 'The AI engineer role' },
        },
      ],
    },
    {
      id: 'step-one',
      aliases: ['1단계', 'step 1', '첫 단계', '자기 점검', 'self check', '연구자 또는 엔지니어', 'researcher or engineer'],
      title: { ko: 'Step One: 연구자와 엔지니어 중 나의 방향', en: 'Step one: researcher or engineer?' },
      body: {
        ko: [
          '"How to start my AI engineering career"(AI engineering 커리어를 시작하는 법)의 첫 단계는 나에게 맞는 방향을 점검하는 것입니다.',
          '',
          '**이런 질문에 "그렇다"라면 → 연구자!**',
          '- 나는 기본적인 학문을 좋아하는가?',
          '- AI/ML 모델링뿐 아니라, 그 과정에서 발생하는 모든 일(전처리 등)을 기꺼이 할 수 있는가?',
          '',
          '**이런 질문에 "그렇다"라면 → 엔지니어!**',
          '- 비즈니스에 관심이 있는가?',
          '- 내가 만든 모델로 사람들의 실생활이 변화하기를 바라는가?',
        ].join('\n'),
        en: [
          'The first step of "How to start my AI engineering career" is to check which direction suits you.',
          '',
          '**If you answer "yes" to these → researcher!**',
          '- Do I like the fundamental disciplines?',
          '- Am I willing to do not only the AI/ML modeling but everything else the process involves (preprocessing and so on)?',
          '',
          '**If you answer "yes" to these → engineer!**',
          '- Am I interested in business?',
          "- Do I want the models I build to change people's daily lives?",
        ].join('\n'),
      },
      diagrams: [],
    },
    {
      id: 'step-two',
      aliases: ['2단계', 'step 2', '경험 쌓기', '인턴십', 'internship', '캐글', 'kaggle', '데이콘', 'dacon'],
      title: { ko: 'Step Two: 경험과 실력 쌓기', en: 'Step two: build experience and skills' },
      body: {
        ko: [
          '- **학교에 다니는 동안 AI 인턴십이나 아르바이트**를 해 보길 추천합니다!',
          '- **AI competition**(캐글 Kaggle, 데이콘 Dacon 등)에 참여해 봅니다.',
          '- **최신 논문을 재현**해 봅니다.',
          '- **다양한 곳에 지원**하고, 그중 **내가 가장 많이 성장할 수 있는 환경**을 택하세요!',
          '- **개발 능력(소프트웨어 능력)을 기르는 것이 중요합니다!**',
        ].join('\n'),
        en: [
          '- An **AI internship or part-time job while you are in school** is recommended!',
          '- Take part in **AI competitions** (Kaggle, Dacon and the like).',
          '- **Reproduce a recent paper.**',
          '- **Apply to many different places**, and choose **the environment where you can grow the most**!',
          '- **Building your development (software) skills is important!**',
        ].join('\n'),
      },
      diagrams: [],
    },
    {
      id: 'soft-skills',
      aliases: ['소프트 스킬', '소프트스킬', 'soft skill', '태도', 'attitude'],
      title: { ko: '공통적인 Soft-skills', en: 'Shared soft skills' },
      body: {
        ko: ['어떤 방향으로 가든 공통적으로 필요한 soft skill입니다.', '', '- **끈기 있는 자세!**', '- **열정, 겸손함, 팀워크, 친절함**'].join('\n'),
        en: ['Soft skills you need whichever direction you take.', '', '- **Persistence!**', '- **Passion, humility, teamwork and kindness**'].join('\n'),
      },
      diagrams: [],
    },
    {
      id: 'evidence',
      aliases: ['스펙', '실력 증명', '포트폴리오', 'portfolio', 'credentials', 'track record'],
      title: { ko: '실력을 보여주는 스펙의 예시', en: 'Examples of a record that shows your skill' },
      body: {
        ko: [
          '실력을 보여 주는 스펙으로는 이런 것들이 있습니다.',
          '',
          '- **Coding competitions** (코딩 대회)',
          '- **AI competitions** (AI 대회)',
          '- **서비스 경험**',
          '- **다른 회사 경력** 등',
        ].join('\n'),
        en: [
          'Things that show what you can do:',
          '',
          '- **Coding competitions**',
          '- **AI competitions**',
          '- **Experience with a service**',
          '- **Experience at other companies**, and so on',
        ].join('\n'),
      },
      diagrams: [],
    },
  ],
};
