import type { Question } from '../types.js';

/** Quiz questions for 박은정 — AI 시대의 커리어 빌딩 (career building in the AI era). */
export const careerQuestions: readonly Question[] = [
  {
    id: 'career-01',
    lecture: 'career',
    section: 'careers',
    difficulty: 'easy',
    prompt: {
      ko: 'AI 분야 커리어 중 Business 쪽 직무의 예로 강의가 든 것은?',
      en: 'Which roles did the lecture give as examples on the Business side of AI careers?',
    },
    choices: [
      { ko: '사업 기획자, 서비스 기획자', en: 'Business planner, service planner' },
      { ko: 'Data engineer, AI engineer', en: 'Data engineer, AI engineer' },
      { ko: 'AI researcher, AIOps', en: 'AI researcher, AIOps' },
      { ko: '디자이너, 마케터', en: 'Designer, marketer' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'Business: 사업 기획자, 서비스 기획자 등', 'Engineering: Data engineer, AI engineer 등'. Data/AI engineer는 Engineering 쪽이고, 디자이너·마케터는 강의에서 언급되지 않았습니다.",
      en: "The notes: 'Business: business planner, service planner, etc.' and 'Engineering: data engineer, AI engineer, etc.' Data/AI engineers are on the Engineering side, and designers or marketers were not mentioned.",
    },
  },
  {
    id: 'career-02',
    lecture: 'career',
    section: 'careers',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 Data engineer, AI engineer를 예로 든 직군은?',
      en: 'Under which track did the lecture list data engineers and AI engineers as examples?',
    },
    choices: [
      { ko: 'Business (비즈니스)', en: 'Business' },
      { ko: 'Engineering (엔지니어링)', en: 'Engineering' },
      { ko: 'Design (디자인)', en: 'Design' },
    ],
    answer: 1,
    explanation: {
      ko: "노트: 'Engineering: Data engineer, AI engineer 등'. Business 쪽 예시는 사업 기획자·서비스 기획자이고, Design 직군은 강의에서 언급되지 않았습니다.",
      en: "The notes: 'Engineering: data engineer, AI engineer, etc.' The Business examples are business and service planners, and a Design track was not mentioned.",
    },
  },
  {
    id: 'career-03',
    lecture: 'career',
    section: 'careers',
    difficulty: 'medium',
    prompt: {
      ko: '강의의 직무 구분에서 AIOps와 짝지어 소개된 직무는?',
      en: "In the lecture's breakdown of roles, which role was paired with AIOps?",
    },
    choices: [
      { ko: 'AI researcher', en: 'AI researcher' },
      { ko: '서비스 기획자', en: 'Service planner' },
      { ko: '사업 기획자', en: 'Business planner' },
      { ko: 'Data engineer', en: 'Data engineer' },
    ],
    answer: 3,
    explanation: {
      ko: "노트는 직무를 'AI engineer + AI researcher', 'AI researcher', 'Data engineer + AIOps', 'AI engineer' 순으로 소개합니다. AIOps와 묶인 것은 Data engineer입니다.",
      en: "The notes present the roles as 'AI engineer + AI researcher', 'AI researcher', 'Data engineer + AIOps' and 'AI engineer'. AIOps is paired with the data engineer.",
    },
  },
  {
    id: 'career-04',
    lecture: 'career',
    section: 'careers',
    difficulty: 'medium',
    prompt: {
      ko: '강의에서 AI modeling 수요에 대해 언급한 전망은?',
      en: 'What outlook did the lecture mention for the demand for AI modeling?',
    },
    choices: [
      { ko: '앞으로 폭발적으로 늘어날 것이 확실하다', en: 'It is certain to grow explosively' },
      { ko: '점차 줄어들 가능성도 있다', en: 'It may gradually decrease' },
      { ko: '이미 완전히 사라졌다', en: 'It has already disappeared entirely' },
    ],
    answer: 1,
    explanation: {
      ko: "노트는 굵은 글씨로 'AI modeling에 대한 수요는 점차 줄어들 가능성도 있음!'이라고 적었습니다. 그래서 뒤의 Step two에서 개발(소프트웨어) 능력을 기르는 것이 중요하다고 강조합니다.",
      en: "The notes say in bold: 'Demand for AI modeling may gradually decrease!' That is why Step two stresses building development (software) skills.",
    },
  },
  {
    id: 'career-05',
    lecture: 'career',
    section: 'careers',
    difficulty: 'hard',
    prompt: {
      ko: '강의에서 두 직무를 하나로 묶어 소개한 조합으로 옳은 것은?',
      en: 'Which pairing of two roles did the lecture present together as one?',
    },
    choices: [
      { ko: '사업 기획자 + Data engineer', en: 'Business planner + data engineer' },
      { ko: '서비스 기획자 + AI researcher', en: 'Service planner + AI researcher' },
      { ko: 'AIOps + 서비스 기획자', en: 'AIOps + service planner' },
      { ko: '사업 기획자 + AI engineer', en: 'Business planner + AI engineer' },
      { ko: 'AI engineer + AI researcher', en: 'AI engineer + AI researcher' },
    ],
    answer: 4,
    explanation: {
      ko: "노트에 묶음으로 나오는 것은 'AI engineer + AI researcher'와 'Data engineer + AIOps' 두 가지입니다. 기획자(Business)는 Engineering 직무와 묶여 소개되지 않았습니다.",
      en: "The notes show two pairings: 'AI engineer + AI researcher' and 'Data engineer + AIOps'. The planners (Business) were never paired with an engineering role.",
    },
  },
  {
    id: 'career-06',
    lecture: 'career',
    section: 'step-one',
    difficulty: 'easy',
    prompt: {
      ko: '기본적인 학문을 좋아하고, 전처리 등 모델링 과정의 모든 일을 기꺼이 할 수 있다면 강의가 가리킨 방향은?',
      en: 'If you like fundamental study and are willing to do every part of the process, preprocessing included, which path did the lecture point to?',
    },
    choices: [
      { ko: '엔지니어', en: 'Engineer' },
      { ko: '연구자', en: 'Researcher' },
      { ko: '사업 기획자', en: 'Business planner' },
      { ko: 'AIOps', en: 'AIOps' },
    ],
    answer: 1,
    explanation: {
      ko: "Step One: '나는 기본적인 학문을 좋아하는가?', 'AI/ML 모델링 뿐 아니라 그 과정에서 발생하는 모든 일(전처리 등)을 기꺼이 할 수 있는가?' => 연구자! 비즈니스와 실생활 변화에 끌린다면 엔지니어입니다.",
      en: "Step One: 'Do I like fundamental study?' and 'Am I willing to do not just AI/ML modeling but everything that comes with it (preprocessing, etc.)?' => researcher! If business and real-life impact draw you, it is engineer.",
    },
  },
  {
    id: 'career-07',
    lecture: 'career',
    section: 'step-one',
    difficulty: 'easy',
    prompt: {
      ko: '비즈니스에 관심이 있고, 만든 모델로 사람들의 실생활이 바뀌길 바란다면 강의가 가리킨 방향은?',
      en: "If you are interested in business and want your models to change people's daily lives, which path did the lecture point to?",
    },
    choices: [
      { ko: '엔지니어', en: 'Engineer' },
      { ko: '연구자', en: 'Researcher' },
      { ko: '데이터 라벨러', en: 'Data labeler' },
    ],
    answer: 0,
    explanation: {
      ko: "Step One의 두 번째 점검: '비즈니스에 관심있는가?', '만든 모델로 사람들 실생활 변화를 바라는가?' => 엔지니어. 기본 학문과 전처리까지 모든 일을 즐긴다면 연구자 쪽입니다.",
      en: "Step One's second check: 'Am I interested in business?' and 'Do I want my models to change people's daily lives?' => engineer. Enjoying fundamental study and all the work incl. preprocessing points to researcher.",
    },
  },
  {
    id: 'career-08',
    lecture: 'career',
    section: 'step-one',
    difficulty: 'medium',
    prompt: {
      ko: "Step One 자가 점검에서 '연구자' 쪽을 가리키는 질문은?",
      en: 'In the Step One self-check, which question points toward becoming a researcher?',
    },
    choices: [
      { ko: '비즈니스에 관심이 있는가?', en: 'Am I interested in business?' },
      {
        ko: '만든 모델로 사람들 실생활 변화를 바라는가?',
        en: "Do I want my models to change people's daily lives?",
      },
      { ko: '나는 기본적인 학문을 좋아하는가?', en: 'Do I like fundamental study?' },
      { ko: '연봉이 가장 높은 직무인가?', en: 'Is it the highest-paid role?' },
    ],
    answer: 2,
    explanation: {
      ko: "연구자 쪽 질문은 '나는 기본적인 학문을 좋아하는가?'와 '모델링뿐 아니라 전처리 등 모든 일을 기꺼이 할 수 있는가?'입니다. 비즈니스·실생활 변화 질문은 엔지니어 쪽이고, 연봉은 점검 항목에 없습니다.",
      en: "The researcher questions are 'Do I like fundamental study?' and 'Will I gladly do everything, preprocessing included, not just modeling?' The business and real-life questions point to engineer, and pay is not on the checklist.",
    },
  },
  {
    id: 'career-09',
    lecture: 'career',
    section: 'step-one',
    difficulty: 'hard',
    prompt: {
      ko: "Step One에서 연구자라면 모델링뿐 아니라 '그 과정에서 발생하는 모든 일'을 기꺼이 할 수 있어야 한다고 했습니다. 노트가 괄호 안에 든 예는?",
      en: "Step One says a researcher should gladly do not just modeling but 'everything that comes up in the process'. What example do the notes give in brackets?",
    },
    choices: [
      { ko: '영업', en: 'Sales' },
      { ko: '채용 면접 진행', en: 'Running hiring interviews' },
      { ko: '서비스 마케팅', en: 'Marketing the service' },
      { ko: '전처리', en: 'Preprocessing' },
    ],
    answer: 3,
    explanation: {
      ko: "노트: 'AI/ML 모델링 뿐 아니라 그 과정에서 발생하는 모든 일(전처리 등)을 기꺼이 할 수 있는가?' 괄호 속 예시는 전처리입니다. 영업·마케팅은 연구 과정의 일이 아닙니다.",
      en: "The notes: 'Can I gladly do not only AI/ML modeling but everything that arises in the process (preprocessing, etc.)?' The bracketed example is preprocessing; sales and marketing are not part of the research process.",
    },
  },
  {
    id: 'career-10',
    lecture: 'career',
    section: 'step-two',
    difficulty: 'easy',
    prompt: {
      ko: 'Step two에서 참여를 권한 AI competition의 예로 노트가 든 것은?',
      en: 'Which AI competitions did the Step two notes name as examples?',
    },
    choices: [
      { ko: '캐글(Kaggle), 데이콘(Dacon)', en: 'Kaggle and Dacon' },
      { ko: 'GLUE, KLUE', en: 'GLUE and KLUE' },
      { ko: 'ELMo, BERT', en: 'ELMo and BERT' },
      { ko: 'FLUE, CLUE', en: 'FLUE and CLUE' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'AI competition(캐글, 데이콘)'. GLUE·KLUE·FLUE·CLUE는 언어 모델 평가 벤치마크이고 ELMo·BERT는 언어 모델로, NLP 강의에서 나온 이름입니다.",
      en: "The notes: 'AI competitions (Kaggle, Dacon)'. GLUE, KLUE, FLUE and CLUE are language-model benchmarks and ELMo and BERT are language models, all from the NLP lecture.",
    },
  },
  {
    id: 'career-11',
    lecture: 'career',
    section: 'step-two',
    difficulty: 'easy',
    prompt: {
      ko: '강의가 학교에 다니는 동안 해 보라고 추천한 것은?',
      en: 'What did the lecture recommend doing while you are still in school?',
    },
    choices: [
      { ko: '졸업할 때까지 AI 공부를 미루기', en: 'Putting off AI study until graduation' },
      { ko: 'AI 인턴십이나 아르바이트', en: 'An AI internship or part-time job' },
      { ko: '한 회사에만 지원하기', en: 'Applying to just one company' },
      { ko: '논문 읽기를 피하기', en: 'Avoiding reading papers' },
    ],
    answer: 1,
    explanation: {
      ko: "노트: '학교 다니는 동안 AI 인턴십/알바 추천!' 또한 한 곳이 아니라 다양한 곳에 지원하고, 최신 논문을 재현해 보라고 했으므로 나머지 보기는 반대입니다.",
      en: "The notes: 'AI internship / part-time job recommended while in school!' They also say to apply widely and to reproduce recent papers, so the other options are the opposite.",
    },
  },
  {
    id: 'career-12',
    lecture: 'career',
    section: 'step-two',
    difficulty: 'medium',
    prompt: {
      ko: '다양한 곳에 지원한 뒤 어디를 선택하라고 강의가 조언했나요?',
      en: 'After applying widely, where did the lecture advise you to go?',
    },
    choices: [
      { ko: '이름이 가장 많이 알려진 회사', en: 'The best-known company' },
      { ko: '연봉을 가장 많이 주는 곳', en: 'The highest-paying offer' },
      { ko: '내가 가장 많이 성장할 수 있는 환경', en: 'The environment where you will grow the most' },
      { ko: '업무가 가장 적은 곳', en: 'The place with the least work' },
    ],
    answer: 2,
    explanation: {
      ko: "노트: '다양한 곳에 지원하고, 내가 가장 많이 성장할 수 있는 환경을 택할 것!' 기준은 회사 이름이나 연봉이 아니라 성장입니다.",
      en: "The notes: 'Apply to many places, and choose the environment where you can grow the most!' The criterion is growth, not the company's name or the pay.",
    },
  },
  {
    id: 'career-13',
    lecture: 'career',
    section: 'step-two',
    difficulty: 'medium',
    prompt: {
      ko: 'Step two에서 굵은 글씨로 특히 중요하다고 강조한 능력은?',
      en: 'Which ability did Step two stress in bold as especially important?',
    },
    choices: [
      { ko: '발표 능력', en: 'Presentation skills' },
      { ko: '외국어 능력', en: 'Foreign-language skills' },
      { ko: '수학 증명 능력', en: 'Mathematical proof skills' },
      { ko: '개발 능력 (소프트웨어 능력)', en: 'Development (software) skills' },
    ],
    answer: 3,
    explanation: {
      ko: "노트: '개발 능력(소프트웨어 능력)을 기르는 것이 중요!' (굵은 글씨). 앞에서 AI modeling 수요가 줄어들 수도 있다고 한 것과 이어지는 조언입니다.",
      en: "The notes, in bold: 'Building development (software) skills is important!' It follows from the earlier remark that demand for AI modeling may decrease.",
    },
  },
  {
    id: 'career-14',
    lecture: 'career',
    section: 'step-two',
    difficulty: 'medium',
    prompt: {
      ko: 'Step two에서 논문과 관련해 권장한 실력 쌓기 방법은?',
      en: 'Which way of building skill involving papers did Step two recommend?',
    },
    choices: [
      { ko: '최신 논문 재현', en: 'Reproducing recent papers' },
      { ko: '논문 제목만 외우기', en: 'Memorizing paper titles only' },
      { ko: '오래된 논문만 번역하기', en: 'Only translating old papers' },
    ],
    answer: 0,
    explanation: {
      ko: "Step two 목록에 '최신 논문 재현'이 있습니다. 논문의 결과를 직접 구현해 다시 만들어 보는 것으로, 인턴십·competition과 함께 실력을 쌓는 방법입니다.",
      en: "Step two lists 'reproducing recent papers': implementing a paper yourself to recreate its results, alongside internships and competitions as ways to build skill.",
    },
  },
  {
    id: 'career-15',
    lecture: 'career',
    section: 'soft-skills',
    difficulty: 'easy',
    prompt: {
      ko: '강의가 공통적인 Soft-skill로 가장 먼저 꼽은 자세는?',
      en: 'Which attitude did the lecture name first among the common soft skills?',
    },
    choices: [
      { ko: '혼자 빨리 끝내는 자세', en: 'Finishing things quickly on your own' },
      { ko: '완벽할 때까지 시작하지 않는 자세', en: 'Not starting until everything is perfect' },
      { ko: '끈기 있는 자세', en: 'Persistence' },
      { ko: '경쟁자를 이기는 데 집중하는 자세', en: 'Focusing on beating rivals' },
    ],
    answer: 2,
    explanation: {
      ko: "'공통적인 Soft-skills'의 첫 항목은 '끈기있는 자세!'이고, 이어서 열정, 겸손함, 팀워크, 친절함이 나옵니다. 혼자 하거나 경쟁에 집중하는 것은 팀워크와도 맞지 않습니다.",
      en: "The first item under 'common soft skills' is 'persistence!', followed by passion, humility, teamwork and kindness. Working alone or focusing on rivals also clashes with teamwork.",
    },
  },
  {
    id: 'career-16',
    lecture: 'career',
    section: 'soft-skills',
    difficulty: 'medium',
    prompt: {
      ko: '강의가 끈기 외에 공통 Soft-skill로 꼽은 네 가지는?',
      en: 'Besides persistence, which four common soft skills did the lecture name?',
    },
    choices: [
      { ko: '열정, 경쟁심, 속도, 자신감', en: 'Passion, competitiveness, speed, confidence' },
      { ko: '겸손함, 독립성, 침묵, 신중함', en: 'Humility, independence, silence, caution' },
      { ko: '리더십, 화술, 인맥, 야망', en: 'Leadership, eloquence, networking, ambition' },
      { ko: '팀워크, 자신감, 야망, 속도', en: 'Teamwork, confidence, ambition, speed' },
      { ko: '열정, 겸손함, 팀워크, 친절함', en: 'Passion, humility, teamwork, kindness' },
    ],
    answer: 4,
    explanation: {
      ko: "노트: '끈기있는 자세!' 다음에 '열정, 겸손함, 팀워크, 친절함'. 다른 보기들은 이 중 일부만 맞거나 하나도 맞지 않습니다.",
      en: "The notes: after 'persistence!' comes 'passion, humility, teamwork, kindness'. The other options get only some of these, or none.",
    },
  },
  {
    id: 'career-17',
    lecture: 'career',
    section: 'soft-skills',
    difficulty: 'medium',
    prompt: {
      ko: '강의의 공통 Soft-skill 목록에 없는 것은?',
      en: "Which is NOT on the lecture's list of common soft skills?",
    },
    choices: [
      { ko: '겸손함', en: 'Humility' },
      { ko: '경쟁심', en: 'Competitiveness' },
      { ko: '친절함', en: 'Kindness' },
      { ko: '끈기', en: 'Persistence' },
    ],
    answer: 1,
    explanation: {
      ko: "목록은 '끈기있는 자세'와 '열정, 겸손함, 팀워크, 친절함'입니다. 겸손함·친절함·끈기는 모두 있고, 경쟁심은 없습니다.",
      en: "The list is 'persistence' plus 'passion, humility, teamwork, kindness'. Humility, kindness and persistence are on it; competitiveness is not.",
    },
  },
  {
    id: 'career-18',
    lecture: 'career',
    section: 'evidence',
    difficulty: 'easy',
    prompt: {
      ko: "강의에서 '실력을 보여주는 스펙'의 예로 든 것은?",
      en: 'Which did the lecture give as an example of evidence that shows your skill?',
    },
    choices: [
      { ko: '토익 점수', en: 'A TOEIC score' },
      { ko: '출신 학교 이름', en: 'The name of your school' },
      { ko: '자격증 개수', en: 'The number of certificates you hold' },
      { ko: 'Coding competition 참가 경험', en: 'Taking part in coding competitions' },
    ],
    answer: 3,
    explanation: {
      ko: "노트의 '실력을 보여주는 스펙의 예시'는 'Coding competitions, AI competitions, 서비스 경험, 다른 회사 경력 등'입니다. 어학 점수·학교·자격증은 목록에 없습니다.",
      en: "The notes' examples of evidence of skill are 'coding competitions, AI competitions, service experience, experience at other companies, etc.' Language scores, school names and certificates are not listed.",
    },
  },
  {
    id: 'career-19',
    lecture: 'career',
    section: 'evidence',
    difficulty: 'medium',
    prompt: {
      ko: "다음 중 강의가 '실력을 보여주는 스펙'으로 들지 않은 것은?",
      en: 'Which of these did the lecture NOT give as a way to prove your skill?',
    },
    choices: [
      { ko: 'SNS 팔로워 수', en: 'Number of social-media followers' },
      { ko: 'AI competitions', en: 'AI competitions' },
      { ko: '서비스 경험', en: 'Service experience' },
      { ko: '다른 회사 경력', en: 'Experience at other companies' },
    ],
    answer: 0,
    explanation: {
      ko: "예시 목록은 'Coding competitions, AI competitions, 서비스 경험, 다른 회사 경력 등'입니다. AI competitions·서비스 경험·다른 회사 경력은 들어 있고, SNS 팔로워 수는 없습니다.",
      en: "The list is 'coding competitions, AI competitions, service experience, experience at other companies, etc.' The last three options are on it; social-media followers are not.",
    },
  },
  {
    id: 'career-20',
    lecture: 'career',
    section: 'evidence',
    difficulty: 'hard',
    prompt: {
      ko: "강의의 '실력을 보여주는 스펙' 예시를 빠짐없이, 그것만 모은 보기는?",
      en: "Which option gathers all of the lecture's examples of evidence of skill, and nothing else?",
    },
    choices: [
      {
        ko: 'Coding competitions, 학점, 자격증, 어학 점수',
        en: 'Coding competitions, GPA, certificates, language test scores',
      },
      { ko: 'AI competitions, 학점, 출신 학교, 수상 기사', en: 'AI competitions, GPA, school name, press coverage' },
      {
        ko: 'Coding/AI competitions, 서비스 경험, 다른 회사 경력',
        en: 'Coding/AI competitions, service experience, work at other companies',
      },
      { ko: '자격증, 어학 점수, 봉사 활동, 동아리', en: 'Certificates, language scores, volunteering, clubs' },
      { ko: 'SNS 팔로워, 블로그 방문자 수, 자격증', en: 'Social followers, blog visits, certificates' },
    ],
    answer: 2,
    explanation: {
      ko: "노트: 'Coding competitions, AI competitions, 서비스 경험, 다른 회사 경력 등!' 모두 직접 만들고 겨뤄 본 경험입니다. 학점·자격증·어학 점수는 이 목록에 없습니다.",
      en: "The notes: 'coding competitions, AI competitions, service experience, experience at other companies, etc.!' All are hands-on experience. GPA, certificates and language scores are not on this list.",
    },
  },
  {
    id: 'career-21',
    lecture: 'career',
    section: 'evidence',
    difficulty: 'medium',
    prompt: {
      ko: "'서비스 경험'과 '다른 회사 경력'은 강의의 어느 목록에 들어 있나요?",
      en: "Which of the lecture's lists includes 'service experience' and 'experience at other companies'?",
    },
    choices: [
      { ko: '공통적인 Soft-skills', en: 'Common soft skills' },
      { ko: '실력을 보여주는 스펙의 예시', en: 'Examples of evidence that shows your skill' },
      { ko: 'Step One 자가 점검 질문', en: 'The Step One self-check questions' },
    ],
    answer: 1,
    explanation: {
      ko: "두 항목은 '실력을 보여주는 스펙의 예시'(Coding competitions, AI competitions, 서비스 경험, 다른 회사 경력 등)에 있습니다. Soft-skills는 끈기·열정·겸손함·팀워크·친절함이고, Step One은 적성 점검 질문입니다.",
      en: "Both are in 'examples of evidence that shows your skill' (coding competitions, AI competitions, service experience, experience at other companies). Soft skills are persistence, passion, humility, teamwork and kindness; Step One is an aptitude self-check.",
    },
  },
];
