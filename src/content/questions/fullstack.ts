import type { Question } from '../types.js';

/** Quiz questions for 이준엽 — Full Stack ML Engineer. */
export const fullstackQuestions: readonly Question[] = [
  {
    id: 'fullstack-01',
    lecture: 'fullstack',
    section: 'what-is',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 정의한 ML Engineer는 어떤 직무인가요?',
      en: 'How did the lecture define an ML Engineer?',
    },
    choices: [
      { ko: '데이터 라벨링만 전담하는 직무', en: 'A role dedicated only to data labeling' },
      { ko: '서버 인프라 운영만 맡는 직무', en: 'A role that only operates server infrastructure' },
      {
        ko: 'ML 기술 이해 + 연구 + Product에 적용하는 직무',
        en: 'A role that understands ML, does research and applies it to products',
      },
      { ko: '프런트엔드 화면만 개발하는 직무', en: 'A role that only builds front-end screens' },
    ],
    answer: 2,
    explanation: {
      ko: "노트는 ML Engineer를 'ML 기술 이해 + 연구 + Product에 적용하는 직무'로 정의합니다. 이해·연구·제품 적용을 모두 아우르므로, 한 가지 일만 하는 나머지 보기는 틀립니다.",
      en: "The notes define an ML Engineer as a role of 'understanding ML technology + research + applying it to a Product'. It spans understanding, research and product work, so the options that do only one thing are wrong.",
    },
  },
  {
    id: 'fullstack-02',
    lecture: 'fullstack',
    section: 'what-is',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 소개한 (일반적인) Full stack Engineer의 정의로 알맞은 것은?',
      en: 'Which matches the (general) definition of a Full stack Engineer given in the lecture?',
    },
    choices: [
      { ko: '코딩 잘하고 창의적이고 협업이 가능한 자', en: 'Someone who codes well, is creative and can collaborate' },
      { ko: '한 가지 stack만 깊게 파는 전문가', en: 'A specialist who digs deep into just one stack' },
      { ko: '코딩 없이 기획만 하는 사람', en: 'Someone who only plans, without coding' },
      { ko: '딥러닝 논문만 구현하는 연구자', en: 'A researcher who only implements deep learning papers' },
    ],
    answer: 0,
    explanation: {
      ko: "노트의 정의는 '코딩 잘하고 창의적이고 협업이 가능한 자'입니다. 한 stack만 파거나 코딩을 하지 않는 사람은 이 정의와 맞지 않습니다.",
      en: "The notes define a Full stack Engineer as 'someone who codes well, is creative and can collaborate'. Someone who sticks to one stack or does not code does not fit that definition.",
    },
  },
  {
    id: 'fullstack-03',
    lecture: 'fullstack',
    section: 'what-is',
    difficulty: 'medium',
    prompt: {
      ko: '이준엽 강사님이 직접 밝힌 Full stack Engineer에 대한 생각에 가장 가까운 것은?',
      en: "Which is closest to the speaker's own view of what a Full stack Engineer is?",
    },
    choices: [
      {
        ko: '회사가 정해 준 stack 하나만 다루는 개발자',
        en: 'A developer who handles only the one stack the company assigns',
      },
      {
        ko: '만들고 싶은 Product가 있으면 혼자 만들 수 있는 개발자',
        en: 'A developer who can build a product they want to make on their own',
      },
      {
        ko: '구현은 다른 개발자에게 맡기는 관리자',
        en: 'A manager who hands the implementation to other developers',
      },
    ],
    answer: 1,
    explanation: {
      ko: "강사님은 '모든 stack을 잘 다루려는 방향이라면 Full stack Engineer', 그리고 '내가 만들고 싶은 Product가 있다면 혼자 만들 수 있는 개발자'라고 했습니다. stack 하나만 다루거나 구현을 남에게 맡기는 것은 반대입니다.",
      en: "The speaker said that if you aim to handle every stack well, you are a Full stack Engineer: 'a developer who can build a product they want to make on their own'. Sticking to one stack or handing off implementation is the opposite.",
    },
  },
  {
    id: 'fullstack-04',
    lecture: 'fullstack',
    section: 'what-is',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 말한 Full stack ML Engineer의 정의는?',
      en: 'What is a Full stack ML Engineer according to the lecture?',
    },
    choices: [
      { ko: 'ML 없이 웹 서비스만 개발하는 엔지니어', en: 'An engineer who builds web services without any ML' },
      { ko: '데이터 수집만 담당하는 엔지니어', en: 'An engineer in charge of data collection only' },
      {
        ko: '연구는 이해하지 않고 모델 서빙만 하는 엔지니어',
        en: 'An engineer who only serves models, with no grasp of the research',
      },
      {
        ko: '딥러닝 연구를 이해하고 ML Product로 만들 수 있는 엔지니어',
        en: 'An engineer who understands deep learning research and can build ML products',
      },
    ],
    answer: 3,
    explanation: {
      ko: "노트의 정의는 '딥러닝 연구 이해 + ML Product로 만들 수 있는 Engineer'입니다. 연구 이해와 제품화 두 가지가 모두 있어야 하므로 한쪽만 하는 보기는 틀립니다.",
      en: "The notes define it as 'an engineer who understands deep learning research + can turn it into an ML Product'. Both halves are needed, so the options covering only one side are wrong.",
    },
  },
  {
    id: 'fullstack-05',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 Full stack ML Engineer의 단점으로 꼽은 것은?',
      en: 'Which did the lecture name as a drawback of being a Full stack ML Engineer?',
    },
    choices: [
      { ko: '기술 간 시너지가 생긴다', en: 'Synergy arises between technologies' },
      { ko: '깊이가 없어질 수 있다', en: 'You may lose depth' },
      { ko: '빠른 프로토타이핑이 가능하다', en: 'Fast prototyping becomes possible' },
      { ko: '팀 플레이에 도움이 된다', en: 'It helps teamwork' },
    ],
    answer: 1,
    explanation: {
      ko: "노트의 단점은 '깊이가 없어질 수 있다'와 '시간이 많이 들어간다' 두 가지입니다. 기술간 시너지, 빠른 프로토타이핑, 팀 플레이는 모두 장점으로 소개되었습니다.",
      en: "The notes list two drawbacks: 'you may lose depth' and 'it takes a lot of time'. Synergy between technologies, fast prototyping and team play were all presented as advantages.",
    },
  },
  {
    id: 'fullstack-06',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'medium',
    prompt: {
      ko: "단점 '시간이 많이 들어간다'의 이유로 노트가 든 것은?",
      en: "What reason do the notes give for the drawback 'it takes a lot of time'?",
    },
    choices: [
      { ko: '회의가 너무 많아서', en: 'There are too many meetings' },
      { ko: '배포 서버가 느려서', en: 'Deployment servers are slow' },
      { ko: '공부해야 할 분야가 많아서', en: 'There are many fields to study' },
    ],
    answer: 2,
    explanation: {
      ko: "노트에는 '단점 - 시간이 많이 들어간다. 공부 분야가 많기 때문이다!'라고 적혀 있습니다. 모든 stack을 다뤄야 하니 공부할 것이 많다는 뜻입니다.",
      en: "The notes say: 'Drawback - it takes a lot of time, because there are many fields to study!' Covering every stack means a lot to learn.",
    },
  },
  {
    id: 'fullstack-07',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'medium',
    prompt: {
      ko: "노트에 따르면 장점 '팀 플레이'는 구체적으로 어떤 점에서 도움이 되나요?",
      en: "According to the notes, how exactly does the 'team play' advantage help?",
    },
    choices: [
      {
        ko: '갈등이 생길 법한 부분에서 기술적 이해가 도움이 된다',
        en: 'Technical understanding helps where conflicts are likely to arise',
      },
      { ko: '팀원 수를 줄여 인건비를 아낄 수 있다', en: 'You can cut staff and save on salaries' },
      { ko: '혼자 일하므로 팀과 소통할 필요가 없다', en: 'You work alone, so there is no need to talk to the team' },
      { ko: '팀장 역할을 자동으로 맡게 된다', en: 'You automatically become the team lead' },
    ],
    answer: 0,
    explanation: {
      ko: "노트는 '팀 플레이! 서로 갈등이 생길 법한 부분에서 기술적 이해가 도움이 됨'이라고 설명합니다. 다른 stack을 이해하니 협업 중 마찰을 줄일 수 있다는 뜻입니다.",
      en: "The notes say: 'Team play! Technical understanding helps in the parts where conflicts are likely.' Knowing the other stacks reduces friction when working together.",
    },
  },
  {
    id: 'fullstack-08',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'hard',
    prompt: {
      ko: "노트는 장점 '빠른 프로토타이핑'에 어떤 단서를 덧붙였나요?",
      en: "What caveat did the notes attach to the 'fast prototyping' advantage?",
    },
    choices: [
      { ko: '프로토타입은 절대 배포하면 안 된다', en: 'A prototype must never be deployed' },
      { ko: '프로토타이핑은 연구자만 할 수 있다', en: 'Only researchers can do prototyping' },
      { ko: '프로토타이핑에는 큰 예산이 든다', en: 'Prototyping needs a large budget' },
      { ko: '프로토타이핑은 깊이를 얻는 유일한 방법이다', en: 'Prototyping is the only way to gain depth' },
      { ko: '프로토타이핑을 협업하기에는 곤란한 경우가 있다', en: 'Prototyping can be awkward to do collaboratively' },
    ],
    answer: 4,
    explanation: {
      ko: "노트에는 '빠른 프로토타이핑 => 프로토타이핑 협업하기에는 곤란한 경우가 있음!'이라고 적혀 있습니다. 혼자 빠르게 만들 수 있는 대신, 프로토타이핑을 여럿이 나눠 하기는 어려울 때가 있다는 단서입니다.",
      en: "The notes say: 'Fast prototyping => there are cases where prototyping is awkward to do collaboratively!' You can build fast alone, but splitting prototyping among several people can be hard.",
    },
  },
  {
    id: 'fullstack-09',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'medium',
    prompt: {
      ko: "장점 '성장의 다각화'에 대한 노트의 설명으로 알맞은 것은?",
      en: "Which matches the notes' explanation of the 'diversified growth' advantage?",
    },
    choices: [
      { ko: '한 분야만 파고들어 빠르게 전문가가 된다', en: 'You dig into one field and quickly become an expert' },
      { ko: '회의에 참석하지 않아도 되어 시간을 번다', en: 'You save time because you can skip meetings' },
      { ko: '여러 회사로 이직하기 쉬워진다', en: 'It becomes easy to move between companies' },
      {
        ko: '모든 stack을 이해하므로 회의 내용이 모두 성장의 밑거름이 된다',
        en: 'Knowing every stack, you follow meetings, so everything feeds your growth',
      },
    ],
    answer: 3,
    explanation: {
      ko: "노트: '모든 stack에 대해 이해도가 있다면 회의에서 어느 정도의 내용을 이해하므로 모든 내용이 성장의 밑거름이 된다!' 회의를 건너뛰거나 한 분야만 파는 것과는 반대입니다.",
      en: "The notes: 'If you understand every stack, you follow much of what is said in meetings, so everything becomes fuel for your growth!' That is the opposite of skipping meetings or focusing on one field.",
    },
  },
  {
    id: 'fullstack-10',
    lecture: 'fullstack',
    section: 'pros-cons',
    difficulty: 'hard',
    prompt: {
      ko: "노트에 따르면 장점 '기술간 시너지'는 무엇에 도움을 주나요?",
      en: "According to the notes, what does the 'synergy between technologies' advantage help with?",
    },
    choices: [
      { ko: '서버 비용 절감', en: 'Cutting server costs' },
      { ko: '각 stack에 대한 깊은 이해', en: 'A deeper understanding of each stack' },
      { ko: '채용 면접 통과', en: 'Passing job interviews' },
      { ko: '데이터 라벨링 자동화', en: 'Automating data labeling' },
    ],
    answer: 1,
    explanation: {
      ko: "노트에는 '기술간 시너지! 각 Stack의 깊은 이해에도 도움을 준다!'라고 적혀 있습니다. 여러 기술을 함께 다루면 각 stack을 더 깊이 이해하게 된다는 뜻입니다.",
      en: "The notes say: 'Synergy between technologies! It also helps you understand each stack deeply!' Working across technologies deepens your grasp of each one.",
    },
  },
  {
    id: 'fullstack-11',
    lecture: 'fullstack',
    section: 'product',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 제시한 ML Product 개발 흐름의 올바른 순서는?',
      en: 'What is the correct order of the ML product flow presented in the lecture?',
    },
    choices: [
      {
        ko: '데이터 수집 → 요구사항 전달 → 실 서버 배포 → ML 모델 개발',
        en: 'Data collection → requirements → deployment → model development',
      },
      {
        ko: 'ML 모델 개발 → 데이터 수집 → 요구사항 전달 → 실 서버 배포',
        en: 'Model development → data collection → requirements → deployment',
      },
      {
        ko: '요구사항 전달 → 데이터 수집 → ML 모델 개발 → 실 서버 배포',
        en: 'Requirements → data collection → model development → deployment',
      },
      {
        ko: '요구사항 전달 → ML 모델 개발 → 실 서버 배포 → 데이터 수집',
        en: 'Requirements → model development → deployment → data collection',
      },
    ],
    answer: 2,
    explanation: {
      ko: "노트의 ML Product 흐름은 '요구사항 전달 -> 데이터 수집 -> ML 모델 개발 -> (실) 서버 배포'입니다. 요구사항을 받아야 필요한 데이터를 알 수 있고, 데이터가 있어야 모델을 만들며, 만든 모델을 배포합니다.",
      en: "The notes give the ML product flow as 'requirements -> data collection -> ML model development -> (production) server deployment'. Requirements tell you what data you need, data lets you build the model, and the model is then deployed.",
    },
  },
  {
    id: 'fullstack-12',
    lecture: 'fullstack',
    section: 'product',
    difficulty: 'easy',
    prompt: {
      ko: 'ML Product 흐름에서 가장 먼저 오는 단계는?',
      en: 'Which step comes first in the ML product flow?',
    },
    choices: [
      { ko: '요구사항 전달', en: 'Delivering the requirements' },
      { ko: 'ML 모델 개발', en: 'Developing the ML model' },
      { ko: '실 서버 배포', en: 'Deploying to the production server' },
    ],
    answer: 0,
    explanation: {
      ko: "흐름은 '요구사항 전달 -> 데이터 수집 -> ML 모델 개발 -> 실 서버 배포' 순서이므로 첫 단계는 요구사항 전달입니다. 모델 개발은 세 번째, 배포는 마지막입니다.",
      en: "The flow is 'requirements -> data collection -> ML model development -> production deployment', so delivering the requirements comes first. Model development is third and deployment is last.",
    },
  },
  {
    id: 'fullstack-13',
    lecture: 'fullstack',
    section: 'product',
    difficulty: 'medium',
    prompt: {
      ko: "ML Product 흐름에서 '데이터 수집' 바로 다음 단계는?",
      en: "In the ML product flow, which step comes right after 'data collection'?",
    },
    choices: [
      { ko: '요구사항 전달', en: 'Delivering the requirements' },
      { ko: '실 서버 배포', en: 'Deploying to the production server' },
      { ko: '논문 작성', en: 'Writing a paper' },
      { ko: 'ML 모델 개발', en: 'Developing the ML model' },
    ],
    answer: 3,
    explanation: {
      ko: "'요구사항 전달 -> 데이터 수집 -> ML 모델 개발 -> 실 서버 배포'이므로 데이터 수집 다음은 ML 모델 개발입니다. 요구사항 전달은 그 앞, 배포는 맨 끝이고, 논문 작성은 이 흐름에 없습니다.",
      en: "The flow is 'requirements -> data collection -> ML model development -> deployment', so model development follows data collection. Requirements come before it, deployment is last, and paper writing is not part of this flow.",
    },
  },
  {
    id: 'fullstack-14',
    lecture: 'fullstack',
    section: 'team',
    difficulty: 'easy',
    prompt: {
      ko: 'ML Team에서 Raw Data를 수집하는 예로 노트가 든 방법은?',
      en: 'Which method did the notes give as an example of collecting raw data in an ML team?',
    },
    choices: [
      { ko: '사내 설문조사만 사용하기', en: 'Using only internal surveys' },
      {
        ko: 'Web Crawler를 개발해 웹에서 학습 데이터 모으기',
        en: 'Building a web crawler to gather training data from the web',
      },
      { ko: '공개 모델의 가중치를 복사하기', en: "Copying a public model's weights" },
      {
        ko: '모델 파일을 압축해 저장소에 올리기',
        en: 'Compressing model files and uploading them to storage',
      },
    ],
    answer: 1,
    explanation: {
      ko: "노트: 'Raw Data 수집 — Web Crawler 개발해서 데이터 수집하는 등의 웹에서 학습 데이터를 모으는 경우!' 모델 파일 압축·업로드는 수집이 아니라 배포 단계의 일입니다.",
      en: "The notes: 'Raw data collection — e.g. building a web crawler to gather training data from the web!' Compressing and uploading model files belongs to deployment, not collection.",
    },
  },
  {
    id: 'fullstack-15',
    lecture: 'fullstack',
    section: 'team',
    difficulty: 'medium',
    prompt: {
      ko: '새로운 Task의 Annotation tool을 기획할 때 필요할 수 있다고 노트가 강조한 것은?',
      en: 'When planning an annotation tool for a new task, what did the notes stress may be needed?',
    },
    choices: [
      { ko: '모델에 대한 이해', en: 'An understanding of the model' },
      { ko: '대규모 GPU 클러스터', en: 'A large GPU cluster' },
      { ko: '법률 전문가의 승인', en: "A legal expert's approval" },
      { ko: '웹 크롤러 개발 경험', en: 'Experience building web crawlers' },
    ],
    answer: 0,
    explanation: {
      ko: "노트는 굵은 글씨로 '새로운 Task에 대한 Annotation tool 기획시 모델에 대한 이해가 필요할 수 있다!'고 강조합니다. 모델이 어떤 정답 형식을 필요로 하는지 알아야 정답 입력 도구를 설계할 수 있기 때문입니다.",
      en: "The notes stress in bold: 'When planning an annotation tool for a new task, an understanding of the model may be needed!' You must know what labels the model needs to design the tool that records them.",
    },
  },
  {
    id: 'fullstack-16',
    lecture: 'fullstack',
    section: 'team',
    difficulty: 'medium',
    prompt: {
      ko: '노트에서 설명한 모델 실 서버 배포 방식은?',
      en: 'How did the notes describe deploying a model to the production server?',
    },
    choices: [
      {
        ko: '서버에서 매번 모델을 처음부터 다시 학습',
        en: 'Retrain the model from scratch on the server every time',
      },
      { ko: '모델 코드를 사용자에게 이메일로 전송', en: 'Email the model code to users' },
      {
        ko: '모델 파일을 압축해 저장소에 올려 사용',
        en: 'Compress the model file, upload it to storage and use it from there',
      },
    ],
    answer: 2,
    explanation: {
      ko: "노트의 '모델 실 서버 배포!' 항목에 '모델 파일을 압축해 저장소에 올려 사용!'이라고 적혀 있습니다. 학습은 배포 전에 끝나므로 서버에서 매번 다시 학습하지 않습니다.",
      en: "Under 'deploying the model to the production server', the notes say: 'compress the model file, upload it to storage and use it!' Training is done before deployment, so the server does not retrain each time.",
    },
  },
  {
    id: 'fullstack-17',
    lecture: 'fullstack',
    section: 'team',
    difficulty: 'hard',
    prompt: {
      ko: "노트는 고객/서비스의 요구사항을 '실 생활 문제'라고 봅니다. ML Team에서 Full stack ML Engineer는 이것을 어떻게 다루나요?",
      en: "The notes call customer/service requirements 'real-life problems'. What does a Full stack ML Engineer in an ML team do with them?",
    },
    choices: [
      { ko: '바로 실 서버에 배포한다', en: 'Deploy straight to the production server' },
      { ko: 'Annotation 작업자에게 그대로 넘긴다', en: 'Hand them unchanged to annotators' },
      { ko: 'Data version 관리 대상으로 등록한다', en: 'Register them for data version control' },
      { ko: '논문 주제로만 사용한다', en: 'Use them only as paper topics' },
      { ko: 'ML 문제로 Formulation한다', en: 'Formulate them as an ML problem' },
    ],
    answer: 4,
    explanation: {
      ko: "ML Team 업무의 첫 항목이 '실 생활 문제를 ML 문제로 Formulation — 고객/서비스의 요구사항은 실 생활 문제!'입니다. 요구사항을 ML로 풀 수 있는 문제로 바꾸는 것이 출발점입니다.",
      en: "The first item of the ML-team work is 'formulate real-life problems as ML problems — customer/service requirements are real-life problems!' Turning the requirement into a problem ML can solve is the starting point.",
    },
  },
  {
    id: 'fullstack-18',
    lecture: 'fullstack',
    section: 'team',
    difficulty: 'medium',
    prompt: {
      ko: '노트가 ML Team에서 Full stack ML Engineer가 하는 일로 나열하지 않은 것은?',
      en: 'Which of these did the notes NOT list as work a Full stack ML Engineer does in an ML team?',
    },
    choices: [
      { ko: 'Annotation tool 개발', en: 'Developing annotation tools' },
      { ko: 'Data version 관리 및 loader 개발', en: 'Data version control and data-loader development' },
      { ko: 'Evaluation tool 혹은 Demo 개발', en: 'Developing evaluation tools or demos' },
      { ko: '반도체 칩 설계', en: 'Designing semiconductor chips' },
    ],
    answer: 3,
    explanation: {
      ko: '노트의 ML Team 업무는 ML 문제 Formulation, Raw Data 수집, Annotation tool 개발, Data version 관리 및 loader 개발, Model 개발 및 논문 작성, Evaluation tool 혹은 Demo 개발, 모델 실 서버 배포입니다. 반도체 칩 설계는 없습니다.',
      en: 'The notes list: formulating the ML problem, raw data collection, annotation tool development, data version control and loaders, model development and paper writing, evaluation tools or demos, and production deployment. Chip design is not on the list.',
    },
  },
  {
    id: 'fullstack-19',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'easy',
    prompt: {
      ko: '강의의 Roadmap에서 처음 시작할 때 권장한 조합은?',
      en: "In the lecture's roadmap, what combination should you start with?",
    },
    choices: [
      {
        ko: '익숙한 언어 + 가장 적은 기능 + 가장 쉬운 Framework',
        en: 'A familiar language + the fewest features + the easiest framework',
      },
      {
        ko: '새 언어 + 가장 많은 기능 + 가장 강력한 Framework',
        en: 'A new language + the most features + the most powerful framework',
      },
      {
        ko: '원론 공부 먼저 + 기능 없이 + Framework 없이',
        en: 'Theory first, with no features and no framework',
      },
      {
        ko: '가장 인기 있는 언어 + 모든 기능 + 여러 Framework 동시 학습',
        en: 'The most popular language + every feature + several frameworks at once',
      },
    ],
    answer: 0,
    explanation: {
      ko: "노트는 굵은 글씨로 '익숙한 언어 + 가장 적은 기능 + 가장 쉬운 Framework로 시작!!'이라고 권합니다. 원론적인 공부는 그 다음이고, 처음부터 많은 것을 한꺼번에 하지 말라는 뜻입니다.",
      en: "The notes say in bold: 'Start with a familiar language + the fewest features + the easiest framework!!' Fundamentals come after that; don't take on everything at once at the start.",
    },
  },
  {
    id: 'fullstack-20',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'medium',
    prompt: {
      ko: 'Roadmap에 따르면 원론적인 부분은 언제 공부하라고 했나요?',
      en: 'According to the roadmap, when should you study the fundamentals?',
    },
    choices: [
      { ko: '아무것도 만들기 전에 가장 먼저', en: 'First, before building anything' },
      { ko: '쉬운 조합으로 먼저 시작한 뒤에', en: 'After first starting with the easy combination' },
      { ko: '공부하지 않아도 된다', en: 'There is no need to study them' },
    ],
    answer: 1,
    explanation: {
      ko: "노트: '익숙한 언어 + 가장 적은 기능 + 가장 쉬운 Framework로 시작!! => 그 후, 원론적인 부분 공부!!' 쉬운 것부터 시작하고 원론은 그 다음에 공부합니다.",
      en: "The notes: 'Start with a familiar language + the fewest features + the easiest framework!! => Then study the fundamentals!!' Start easy, and study the fundamentals afterwards.",
    },
  },
  {
    id: 'fullstack-21',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'medium',
    prompt: {
      ko: '강의가 완성품을 만드는 것에 대해 조언한 태도는?',
      en: 'What attitude toward building a finished product did the lecture advise?',
    },
    choices: [
      { ko: '완벽해질 때까지 공개하지 않는다', en: "Don't release it until it is perfect" },
      {
        ko: '완성보다 설계 문서를 먼저 완벽히 쓴다',
        en: 'Perfect the design documents before finishing anything',
      },
      {
        ko: "최대한 빨리 완성해 '완성'이라는 가치에 먼저 도달한다",
        en: "Finish it as fast as possible and reach the value of 'done' first",
      },
      { ko: '남이 만든 완성품만 분석한다', en: 'Only analyze products others have built' },
    ],
    answer: 2,
    explanation: {
      ko: "노트: '최대한 빨리 완성품을 작성해보자! => 완성이라는 가치에 우선 도달해보자! (너무 잘 만들려고 하지 말자!)' 완벽을 기다리는 보기들은 이와 반대입니다.",
      en: "The notes: 'Build a finished product as fast as possible! => Reach the value of completion first! (Don't try to make it too good!)' Waiting for perfection is the opposite.",
    },
  },
  {
    id: 'fullstack-22',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'hard',
    prompt: {
      ko: '강의에서 각 stack의 framework가 발전하고 있는 방향으로 설명한 것은?',
      en: 'In which direction did the lecture say the frameworks in each stack are developing?',
    },
    choices: [
      { ko: 'interface가 점점 더 복잡해지는 방향', en: 'Interfaces getting more and more complex' },
      { ko: '하나의 stack으로 통합되어 사라지는 방향', en: 'Merging into a single stack and disappearing' },
      {
        ko: '전문가만 쓸 수 있게 진입 장벽이 높아지는 방향',
        en: 'Raising the barrier so only experts can use them',
      },
      { ko: 'interface가 점점 더 쉬워지는 방향', en: 'Interfaces getting easier and easier' },
    ],
    answer: 3,
    explanation: {
      ko: "노트: '각 스택에서 점점 더 framework의 발전이 점점 더 interface가 쉬워지는 방향으로 가고 있다!!' 그래서 쉬운 framework로 시작해 완성품을 빨리 만드는 전략이 가능합니다.",
      en: "The notes: 'In each stack, frameworks are developing so that their interfaces become easier and easier!!' That is why starting with an easy framework and finishing quickly is a workable strategy.",
    },
  },
  {
    id: 'fullstack-23',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'easy',
    prompt: {
      ko: '강의에 따르면 새로운 것에 대한 두려움을 없애려면 어떻게 해야 하나요?',
      en: 'According to the lecture, how do you get rid of the fear of new things?',
    },
    choices: [
      { ko: '새 기술은 검증될 때까지 피한다', en: 'Avoid new technology until it is proven' },
      { ko: '한 번에 모든 기술을 깊이 익힌다', en: 'Master every technology deeply at once' },
      { ko: '전문가에게 전부 맡긴다', en: 'Leave it all to experts' },
      { ko: '이론서만 끝까지 읽는다', en: 'Only read theory books cover to cover' },
      { ko: '새로운 것을 반복적으로 접한다', en: 'Meet new things repeatedly' },
    ],
    answer: 4,
    explanation: {
      ko: "노트의 마지막 조언은 '새로운 것에 대한 두려움 없애기 위해 반복적으로 접하기!!'입니다. 피하거나 남에게 맡기면 두려움은 그대로 남습니다.",
      en: "The notes' last piece of advice is: 'Meet new things repeatedly to get rid of the fear of them!!' Avoiding them or leaving them to others keeps the fear in place.",
    },
  },
  {
    id: 'fullstack-24',
    lecture: 'fullstack',
    section: 'roadmap',
    difficulty: 'medium',
    prompt: {
      ko: 'Full stack을 지향하더라도 강의가 하라고 권한 것은?',
      en: 'Even when aiming to be full stack, what did the lecture advise?',
    },
    choices: [
      { ko: '전문 분야를 정한다', en: 'Pick a specialty' },
      { ko: '모든 stack을 똑같은 깊이로 공부한다', en: 'Study every stack to exactly the same depth' },
      { ko: '전문 분야는 일부러 정하지 않는다', en: 'Deliberately avoid choosing a specialty' },
      { ko: 'ML은 빼고 웹만 공부한다', en: 'Skip ML and study only the web' },
    ],
    answer: 0,
    explanation: {
      ko: "노트는 굵은 글씨로 'Full stack이라도 전문 분야를 정하자!!'라고 말합니다. 단점인 '깊이가 없어질 수 있다'를 보완하는 조언이기도 합니다.",
      en: "The notes say in bold: 'Even as full stack, pick a specialty!!' It also offsets the drawback that you 'may lose depth'.",
    },
  },
];
