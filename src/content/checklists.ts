import type { Checklist } from './types.js';

/**
 * Per-member checklists drawn from the career lecture and the full-stack roadmap.
 * Item texts become select-menu option labels, so each stays within 100 characters per language.
 */
export const checklists: readonly Checklist[] = [
  {
    slug: 'career-start',
    aliases: ['커리어', 'career', 'ai 커리어', 'ai career', '커리어 시작', '진로', '취업 준비'],
    title: { ko: 'AI 커리어 시작 체크리스트', en: 'Starting an AI career' },
    description: {
      ko: '박은정 님의 "AI 시대의 커리어 빌딩" 강의에서: 나의 방향을 점검하고(Step One), 경험을 쌓고(Step Two), soft skill과 실력을 보여 주는 스펙을 갖춥니다.',
      en: 'From Park Eun-jeong\'s lecture "Career Building in the AI Era": check your direction (step one), build experience (step two), and grow the soft skills and the record that show what you can do.',
    },
    source: { lecture: 'career', section: 'step-two' },
    items: [
      {
        id: 'like-fundamentals',
        text: {
          ko: '기본적인 학문을 좋아하는지 스스로 점검하기 (연구자)',
          en: 'Ask yourself whether you like the fundamental disciplines (researcher)',
        },
      },
      {
        id: 'do-all-the-work',
        text: {
          ko: '모델링뿐 아니라 전처리 등 모든 일을 기꺼이 할 수 있는지 점검하기 (연구자)',
          en: 'Check that you would gladly do all the work, not just modeling (preprocessing etc.) (researcher)',
        },
      },
      {
        id: 'interest-in-business',
        text: {
          ko: '비즈니스에 관심이 있는지 점검하기 (엔지니어)',
          en: 'Check whether you are interested in business (engineer)',
        },
      },
      {
        id: 'change-daily-life',
        text: {
          ko: '내 모델로 사람들의 실생활을 바꾸고 싶은지 점검하기 (엔지니어)',
          en: "Check whether you want your models to change people's daily lives (engineer)",
        },
      },
      {
        id: 'internship',
        text: {
          ko: '학교에 다니는 동안 AI 인턴십이나 아르바이트 해 보기',
          en: 'Do an AI internship or part-time job while in school',
        },
      },
      {
        id: 'ai-competition',
        text: {
          ko: '캐글이나 데이콘 같은 AI 대회에 참가하기',
          en: 'Enter an AI competition such as Kaggle or Dacon',
        },
      },
      {
        id: 'reproduce-paper',
        text: { ko: '최신 논문 하나를 골라 재현해 보기', en: 'Reproduce a recent paper' },
      },
      {
        id: 'apply-widely',
        text: { ko: '다양한 곳에 지원하기', en: 'Apply to many different places' },
      },
      {
        id: 'choose-growth',
        text: {
          ko: '내가 가장 많이 성장할 수 있는 환경을 골라 가기',
          en: 'Choose the place where you will grow the most',
        },
      },
      {
        id: 'software-skills',
        text: { ko: '개발 능력(소프트웨어 능력) 기르기', en: 'Build your development (software) skills' },
      },
      {
        id: 'persistence',
        text: { ko: '끈기 있는 자세로 꾸준히 이어 가기', en: 'Keep at it with persistence' },
      },
      {
        id: 'attitude',
        text: {
          ko: '열정, 겸손함, 팀워크, 친절함을 갖추기',
          en: 'Bring passion, humility, teamwork and kindness',
        },
      },
      {
        id: 'coding-competition',
        text: { ko: '코딩 대회에 참가해 실력 보여 주기', en: 'Show your skill in coding competitions' },
      },
      {
        id: 'service-experience',
        text: { ko: '서비스 경험 쌓기', en: 'Gain experience with a service' },
      },
      {
        id: 'company-experience',
        text: { ko: '다른 회사에서 경력 쌓기', en: 'Gain experience at other companies' },
      },
    ],
  },
  {
    slug: 'fullstack-roadmap',
    aliases: ['로드맵', 'roadmap', '풀스택', 'fullstack', '풀스택 로드맵', 'full stack'],
    title: { ko: 'Full stack ML Engineer 로드맵', en: 'Full stack ML engineer roadmap' },
    description: {
      ko: '이준엽 님의 "Full Stack ML Engineer" 강의의 로드맵과, ML 팀에서 Full stack ML Engineer가 하는 일을 직접 해 보는 연습 항목입니다.',
      en: 'The roadmap from Lee Jun-yeop\'s lecture "Full Stack ML Engineer", plus practice items from the work a full stack ML engineer does in an ML team.',
    },
    source: { lecture: 'fullstack', section: 'roadmap' },
    items: [
      {
        id: 'start-small',
        text: {
          ko: '익숙한 언어 + 가장 적은 기능 + 가장 쉬운 Framework로 시작하기',
          en: 'Start with a familiar language, the fewest features and the easiest framework',
        },
      },
      {
        id: 'fundamentals',
        text: { ko: '그 후에 원론적인 부분 공부하기', en: 'Then study the fundamentals' },
      },
      {
        id: 'finish-fast',
        text: { ko: '최대한 빨리 완성품 만들어 보기', en: 'Finish a product as fast as possible' },
      },
      {
        id: 'done-before-perfect',
        text: {
          ko: '너무 잘 만들려 하지 말고 완성에 먼저 도달하기',
          en: 'Reach "done" before "perfect": don\'t try to make it too good',
        },
      },
      {
        id: 'pick-specialty',
        text: { ko: 'Full stack이라도 나의 전문 분야 정하기', en: 'Pick a specialty, even as a full stack engineer' },
      },
      {
        id: 'face-new-things',
        text: {
          ko: '새로운 것을 반복적으로 접해 두려움 없애기',
          en: 'Meet new things again and again to lose your fear of them',
        },
      },
      {
        id: 'web-crawler',
        text: {
          ko: 'Web Crawler를 만들어 학습 데이터 수집해 보기',
          en: 'Build a web crawler to collect training data',
        },
      },
      {
        id: 'annotation-tool',
        text: {
          ko: '데이터에 정답을 입력하는 Annotation tool 만들어 보기',
          en: 'Build an annotation tool for labelling data',
        },
      },
      {
        id: 'data-versioning',
        text: {
          ko: '쌓인 데이터의 version 관리하고 loader 만들기',
          en: 'Version your accumulated data and build a data loader',
        },
      },
      {
        id: 'demo',
        text: { ko: 'Evaluation tool이나 Demo 만들어 보기', en: 'Build an evaluation tool or a demo' },
      },
      {
        id: 'deploy-model',
        text: {
          ko: '모델 파일을 압축해 저장소에 올리고 서버에 배포해 보기',
          en: 'Compress a model file, upload it to storage and deploy the model to a server',
        },
      },
    ],
  },
];
