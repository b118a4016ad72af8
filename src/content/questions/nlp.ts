import type { Question } from '../types.js';

/** Quiz questions for 박성준 — 자연어 처리를 위한 언어 모델의 학습과 평가. */
export const nlpQuestions: readonly Question[] = [
  {
    id: 'nlp-01',
    lecture: 'nlp',
    section: 'language-modeling',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 정의한 언어 모델링이란?',
      en: 'How did the lecture define language modeling?',
    },
    choices: [
      {
        ko: '주어진 문맥을 활용해 다음에 나타날 단어를 예측하는 것',
        en: 'Using the given context to predict the word that comes next',
      },
      { ko: '문장을 다른 언어로 번역하는 것', en: 'Translating a sentence into another language' },
      { ko: '이미지 속 글자를 인식하는 것', en: 'Recognizing the characters in an image' },
      { ko: '긴 문서를 짧게 요약하는 것', en: 'Summarizing a long document briefly' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: '언어 모델링 — 주어진 문맥을 활용해 다음에 나타날 단어 예측!' 번역·요약·글자 인식은 언어 모델링의 정의가 아닙니다.",
      en: "The notes: 'Language modeling — use the given context to predict the word that will appear next!' Translation, summarization and character recognition are not its definition.",
    },
  },
  {
    id: 'nlp-02',
    lecture: 'nlp',
    section: 'language-modeling',
    difficulty: 'easy',
    prompt: {
      ko: "앞의 문맥만 보고 다음에 올 단어를 맞히는 일(예: '나는 아침마다 커피를' → '마신다')은 어떤 작업인가요?",
      en: "Guessing the next word from the preceding context alone (e.g. 'Every morning I drink' → 'coffee') is which task?",
    },
    choices: [
      { ko: '개체명 인식 (NER)', en: 'Named entity recognition (NER)' },
      { ko: '문장 유사도', en: 'Sentence similarity' },
      { ko: '언어 모델링', en: 'Language modeling' },
    ],
    answer: 2,
    explanation: {
      ko: '주어진 문맥으로 다음 단어를 예측하는 것이 바로 강의에서 정의한 언어 모델링입니다. 개체명 인식은 이름·장소 같은 개체를 찾고, 문장 유사도는 두 문장을 비교합니다.',
      en: 'Predicting the next word from the given context is exactly how the lecture defines language modeling. NER finds entities such as names and places, and sentence similarity compares two sentences.',
    },
  },
  {
    id: 'nlp-03',
    lecture: 'nlp',
    section: 'language-modeling',
    difficulty: 'medium',
    prompt: {
      ko: '언어 모델링에서 다음 단어를 예측할 때 활용하는 것은?',
      en: 'In language modeling, what is used to predict the next word?',
    },
    choices: [
      { ko: '정답 레이블이 달린 개체명', en: 'Labeled named entities' },
      { ko: '주어진 문맥', en: 'The given context' },
      { ko: '이미지 픽셀', en: 'Image pixels' },
      { ko: '사용자의 클릭 기록', en: "The user's click history" },
    ],
    answer: 1,
    explanation: {
      ko: "정의 그대로 '주어진 문맥을 활용해' 다음 단어를 예측합니다. 그래서 따로 정답 레이블을 달지 않은 텍스트만으로도 학습할 수 있습니다.",
      en: "By definition it 'uses the given context' to predict the next word, which is why it can be trained on plain text without hand-made labels.",
    },
  },
  {
    id: 'nlp-04',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    prompt: {
      ko: 'BERT라는 이름은 어떤 말의 약자인가요?',
      en: 'BERT is an acronym. What is its full form?',
    },
    choices: [
      {
        ko: 'Bidirectional Embeddings from Recurrent Transformers',
        en: 'Bidirectional Embeddings from Recurrent Transformers',
      },
      { ko: 'Basic English Representation Toolkit', en: 'Basic English Representation Toolkit' },
      { ko: 'Benchmark for English Reading Tasks', en: 'Benchmark for English Reading Tasks' },
      {
        ko: 'Bidirectional Encoder Representations from Transformers',
        en: 'Bidirectional Encoder Representations from Transformers',
      },
    ],
    answer: 3,
    explanation: {
      ko: "노트: 'BERT(Bidirectional Encoder Representations from Transformers)'. 양방향(Bidirectional) 언어 모델링의 예로 소개되었습니다.",
      en: "The notes: 'BERT (Bidirectional Encoder Representations from Transformers)', given as an example of bidirectional language modeling.",
    },
  },
  {
    id: 'nlp-05',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    prompt: {
      ko: '양방향 언어 모델 ELMo라는 이름에 담긴 원래 표현은?',
      en: 'What is the expanded name behind the bidirectional language model ELMo?',
    },
    choices: [
      { ko: 'Embeddings from Language Models', en: 'Embeddings from Language Models' },
      { ko: 'Encoder for Language Modeling Objectives', en: 'Encoder for Language Modeling Objectives' },
      { ko: 'Evaluation of Language Models', en: 'Evaluation of Language Models' },
      { ko: 'Embeddings from Long Memory Outputs', en: 'Embeddings from Long Memory Outputs' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'ELMo(Embeddings from Language Models)'. BERT와 함께 양방향 언어 모델링의 예로 소개되었습니다.",
      en: "The notes: 'ELMo (Embeddings from Language Models)', given with BERT as an example of bidirectional language modeling.",
    },
  },
  {
    id: 'nlp-06',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'medium',
    prompt: {
      ko: '강의에서 ELMo와 BERT를 예로 들어 설명한 언어 모델링 방식은?',
      en: 'Which kind of language modeling did the lecture illustrate with ELMo and BERT?',
    },
    choices: [
      {
        ko: '단방향(왼쪽→오른쪽만) 언어 모델링',
        en: 'Unidirectional (left-to-right only) language modeling',
      },
      { ko: '규칙 기반 언어 모델링', en: 'Rule-based language modeling' },
      { ko: '양방향 언어 모델링', en: 'Bidirectional language modeling' },
      { ko: '다국어 벤치마크', en: 'Multilingual benchmarking' },
    ],
    answer: 2,
    explanation: {
      ko: "노트에서 ELMo와 BERT는 '양방향 언어 모델링' 제목 아래에 나옵니다. BERT의 B도 Bidirectional(양방향)입니다. 다국어 벤치마크는 FLUE·CLUE 같은 평가 데이터셋입니다.",
      en: "In the notes, ELMo and BERT appear under the heading 'bidirectional language modeling', and the B in BERT stands for Bidirectional. Multilingual benchmarks are evaluation sets such as FLUE and CLUE.",
    },
  },
  {
    id: 'nlp-07',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'medium',
    prompt: {
      ko: "BERT 이름의 'B', 즉 Bidirectional(양방향)이 뜻하는 것은?",
      en: "What does the 'B' in BERT, Bidirectional, mean?",
    },
    choices: [
      { ko: '두 개의 언어를 동시에 학습한다', en: 'It learns two languages at once' },
      { ko: '문맥을 양방향으로 활용한다', en: 'It uses context from both directions' },
      { ko: '두 개의 GPU로 학습한다', en: 'It is trained on two GPUs' },
      { ko: '벤치마크를 두 번 평가한다', en: 'It is evaluated on benchmarks twice' },
      { ko: '입력과 출력 언어가 서로 다르다', en: 'Its input and output languages differ' },
    ],
    answer: 1,
    explanation: {
      ko: "양방향 언어 모델링은 한 단어의 앞쪽과 뒤쪽 문맥을 모두 활용한다는 뜻입니다. '두 언어'나 '두 GPU'와는 관계가 없습니다.",
      en: 'Bidirectional language modeling means using the context on both sides of a word, before and after it. It has nothing to do with two languages or two GPUs.',
    },
  },
  {
    id: 'nlp-08',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'medium',
    prompt: {
      ko: "풀네임이 '... from Language Models'로 끝나는 것은?",
      en: "Whose full name ends in '... from Language Models'?",
    },
    choices: [
      { ko: 'BERT', en: 'BERT' },
      { ko: 'GLUE', en: 'GLUE' },
      { ko: 'KLUE', en: 'KLUE' },
      { ko: 'ELMo', en: 'ELMo' },
    ],
    answer: 3,
    explanation: {
      ko: "ELMo = Embeddings from Language Models입니다. BERT는 '... from Transformers', GLUE와 KLUE는 '... Language Understanding Evaluation'으로 끝납니다.",
      en: "ELMo = Embeddings from Language Models. BERT ends in '... from Transformers', and GLUE and KLUE end in '... Language Understanding Evaluation'.",
    },
  },
  {
    id: 'nlp-09',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'easy',
    prompt: {
      ko: '영어 벤치마크 GLUE의 G, L, U, E가 가리키는 단어로 옳은 것은?',
      en: 'In the English benchmark GLUE, which words do G, L, U and E stand for?',
    },
    choices: [
      { ko: 'General Language Usage Estimation', en: 'General Language Usage Estimation' },
      { ko: 'General Language Understanding Evaluation', en: 'General Language Understanding Evaluation' },
      { ko: 'Global Language Understanding Evaluation', en: 'Global Language Understanding Evaluation' },
      { ko: 'Generative Language Universal Encoder', en: 'Generative Language Universal Encoder' },
    ],
    answer: 1,
    explanation: {
      ko: 'GLUE = General Language Understanding Evaluation으로, 언어 모델의 언어 이해 능력을 평가하는 영어 벤치마크입니다. Global이 아니라 General입니다.',
      en: "GLUE = General Language Understanding Evaluation, an English benchmark that evaluates language models' understanding. It is General, not Global.",
    },
  },
  {
    id: 'nlp-10',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'easy',
    prompt: {
      ko: 'GLUE 벤치마크는 어떤 언어로 언어 모델을 평가하나요?',
      en: 'In which language does the GLUE benchmark evaluate language models?',
    },
    choices: [
      { ko: '영어', en: 'English' },
      { ko: '한국어', en: 'Korean' },
      { ko: '프랑스어', en: 'French' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'GLUE 벤치마크 -> 언어 모델 평가를 위한 영어 벤치마크!' 프랑스어는 FLUE, 한국어는 KLUE가 다룹니다.",
      en: "The notes: 'GLUE benchmark -> an English benchmark for evaluating language models!' French is covered by FLUE and Korean by KLUE.",
    },
  },
  {
    id: 'nlp-11',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'medium',
    prompt: {
      ko: '강의에서 GLUE 벤치마크의 용도로 설명한 것은?',
      en: 'What did the lecture say the GLUE benchmark is for?',
    },
    choices: [
      {
        ko: '언어 모델 학습용 대규모 말뭉치 수집',
        en: 'Collecting a huge corpus to train language models',
      },
      { ko: '모델 파일 압축과 배포', en: 'Compressing and deploying model files' },
      { ko: '언어 모델 평가', en: 'Evaluating language models' },
      { ko: '이미지 분류 모델 평가', en: 'Evaluating image classifiers' },
    ],
    answer: 2,
    explanation: {
      ko: "GLUE는 '언어 모델 평가를 위한 영어 벤치마크'입니다. 이름의 E도 Evaluation(평가)입니다. 학습용 말뭉치나 이미지 모델과는 관계가 없습니다.",
      en: "GLUE is 'an English benchmark for evaluating language models'; the E in its name is Evaluation. It is not a training corpus and has nothing to do with image models.",
    },
  },
  {
    id: 'nlp-12',
    lecture: 'nlp',
    section: 'multilingual',
    difficulty: 'easy',
    prompt: {
      ko: '다국어 벤치마크 중 FLUE가 다루는 언어는?',
      en: 'Among the multilingual benchmarks, which language does FLUE cover?',
    },
    choices: [
      { ko: '중국어', en: 'Chinese' },
      { ko: '한국어', en: 'Korean' },
      { ko: '영어', en: 'English' },
      { ko: '프랑스어', en: 'French' },
    ],
    answer: 3,
    explanation: {
      ko: "노트의 '다국어 벤치마크 등장' 아래에 'FLUE(프랑스어)', 'CLUE(중국어)'가 있습니다. 영어는 GLUE, 한국어는 KLUE입니다.",
      en: "Under 'multilingual benchmarks appeared' the notes list 'FLUE (French)' and 'CLUE (Chinese)'. English is GLUE and Korean is KLUE.",
    },
  },
  {
    id: 'nlp-13',
    lecture: 'nlp',
    section: 'multilingual',
    difficulty: 'easy',
    prompt: {
      ko: '강의에서 중국어 벤치마크로 소개한 것은?',
      en: 'Which benchmark did the lecture introduce as the Chinese one?',
    },
    choices: [
      { ko: 'CLUE', en: 'CLUE' },
      { ko: 'FLUE', en: 'FLUE' },
      { ko: 'KLUE', en: 'KLUE' },
      { ko: 'GLUE', en: 'GLUE' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'CLUE(중국어)'. FLUE는 프랑스어, KLUE는 한국어, GLUE는 영어 벤치마크입니다.",
      en: "The notes: 'CLUE (Chinese)'. FLUE is French, KLUE is Korean and GLUE is the English benchmark.",
    },
  },
  {
    id: 'nlp-14',
    lecture: 'nlp',
    section: 'multilingual',
    difficulty: 'medium',
    prompt: {
      ko: 'FLUE, CLUE 같은 다국어 벤치마크가 등장한 배경으로 가장 알맞은 것은?',
      en: 'What best explains why multilingual benchmarks such as FLUE and CLUE appeared?',
    },
    choices: [
      { ko: 'GLUE가 더 이상 영어를 지원하지 않아서', en: 'GLUE stopped supporting English' },
      {
        ko: 'GLUE는 영어 벤치마크라 다른 언어 모델 평가에는 맞지 않아서',
        en: 'GLUE is English-only, so it does not fit models of other languages',
      },
      { ko: '언어 모델링이 더 이상 필요 없어져서', en: 'Language modeling was no longer needed' },
    ],
    answer: 1,
    explanation: {
      ko: "노트는 GLUE를 '영어 벤치마크'라고 한 뒤 '다국어 벤치마크 등장'으로 FLUE(프랑스어), CLUE(중국어)를 소개합니다. 영어 벤치마크로는 다른 언어의 모델을 평가할 수 없어 언어별 벤치마크가 생겼고, 한국어판이 KLUE입니다.",
      en: "The notes call GLUE 'an English benchmark', then introduce FLUE (French) and CLUE (Chinese) under 'multilingual benchmarks appeared'. An English benchmark cannot evaluate models of other languages, so per-language benchmarks followed; the Korean one is KLUE.",
    },
  },
  {
    id: 'nlp-15',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    prompt: {
      ko: 'KLUE라는 이름이 말해 주는 이 벤치마크의 목적은?',
      en: "What purpose does KLUE's name tell you the benchmark has?",
    },
    choices: [
      { ko: '한국어 음성 인식 평가', en: 'Evaluating Korean speech recognition' },
      { ko: '영어 언어 이해 능력 평가', en: 'Evaluating English language understanding' },
      { ko: '한국어 언어 이해 능력 평가', en: 'Evaluating Korean language understanding' },
      { ko: '한국어 번역 모델 학습', en: 'Training Korean translation models' },
    ],
    answer: 2,
    explanation: {
      ko: 'KLUE = Korean Language Understanding Evaluation, 즉 한국어 언어 이해 평가입니다. 영어 언어 이해 평가는 GLUE(General Language Understanding Evaluation)이고, KLUE는 그 한국어판입니다.',
      en: 'KLUE = Korean Language Understanding Evaluation: it evaluates Korean language understanding. Evaluating English understanding is GLUE (General Language Understanding Evaluation); KLUE is its Korean counterpart.',
    },
  },
  {
    id: 'nlp-16',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    prompt: {
      ko: '다음 중 KLUE의 8개 과제에 포함되지 않는 것은?',
      en: "Which of these is NOT one of KLUE's eight tasks?",
    },
    choices: [
      { ko: '개체명 인식 (NER)', en: 'Named entity recognition (NER)' },
      { ko: '자연어 추론 (NLI)', en: 'Natural language inference (NLI)' },
      { ko: '관계 추출 (RE)', en: 'Relation extraction (RE)' },
      { ko: '문장 유사도', en: 'Sentence similarity' },
      { ko: '기계 번역', en: 'Machine translation' },
    ],
    answer: 4,
    explanation: {
      ko: 'KLUE의 8개 과제: 개체명 인식, 품사 태깅 및 의존 구문 분석, 문장 분류, 자연어 추론, 문장 유사도, 관계 추출, 질의 응답, 목적형 대화. 기계 번역은 없습니다.',
      en: "KLUE's eight tasks: NER, POS tagging + dependency parsing, text classification, NLI, sentence similarity, relation extraction, question answering and task-oriented dialogue. Machine translation is not one of them.",
    },
  },
  {
    id: 'nlp-17',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    prompt: {
      ko: 'KLUE의 자연어 추론(NLI) 과제가 판별하는 것은?',
      en: "What does KLUE's natural language inference (NLI) task judge?",
    },
    choices: [
      { ko: '두 문장 사이의 함의·모순 관계', en: 'Whether one sentence entails or contradicts another' },
      { ko: '문장 속 개체의 이름과 종류', en: 'The names and types of entities in a sentence' },
      { ko: '각 단어의 품사', en: 'The part of speech of each word' },
      { ko: '대화에서 사용자가 원하는 정보', en: 'What the user wants in a dialogue' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: '자연어 추론(Natural Language Inference) -> 문장 모순관계 판별'. 한 문장이 다른 문장을 함의하는지, 모순되는지를 가립니다. 개체 찾기는 NER, 품사는 품사 태깅입니다.",
      en: "The notes: 'Natural Language Inference -> judging contradiction between sentences'. It decides whether one sentence entails or contradicts another. Finding entities is NER, and parts of speech are POS tagging.",
    },
  },
  {
    id: 'nlp-18',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    prompt: {
      ko: 'KLUE에서 문장 속 엔티티(개체) 사이의 관계를 찾는 과제는?',
      en: 'Which KLUE task finds the relation between entities in a sentence?',
    },
    choices: [
      { ko: '개체명 인식 (NER)', en: 'Named entity recognition (NER)' },
      { ko: '관계 추출 (RE)', en: 'Relation extraction (RE)' },
      { ko: '문장 분류', en: 'Text classification' },
      { ko: '질의 응답', en: 'Question answering' },
    ],
    answer: 1,
    explanation: {
      ko: "노트는 관계 추출(RE)을 '엔티티 관계 등'의 관계를 찾는 과제로 적었습니다. KLUE의 RE는 문장 속 두 엔티티 사이의 관계를 분류합니다. 개체명 인식은 개체를 찾아 종류를 붙이는 데서 끝납니다.",
      en: "The notes describe relation extraction (RE) as finding relations such as 'relations between entities'. KLUE's RE classifies the relation between two entities in a sentence; NER stops at finding entities and their types.",
    },
  },
  {
    id: 'nlp-19',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'hard',
    prompt: {
      ko: 'KLUE의 목적형 대화(Task-oriented Dialogue) 과제에서 공식적으로 추적하는 것은?',
      en: "What does KLUE's task-oriented dialogue task officially track?",
    },
    choices: [
      { ko: '대화 참여자의 감정 변화', en: "The speakers' changing emotions" },
      { ko: '대화에 나온 모든 단어의 품사', en: 'The part of speech of every word in the dialogue' },
      { ko: '대화를 다른 언어로 번역한 결과', en: 'A translation of the dialogue into another language' },
      { ko: '대화 상태 (Dialogue State Tracking)', en: 'The dialogue state (dialogue state tracking)' },
    ],
    answer: 3,
    explanation: {
      ko: "노트는 목적형 대화를 '대화를 보고 필요로 하는 것을 뽑아서 정리'하는 과제로 설명합니다. KLUE의 공식 과제는 대화 상태 추적(DST)으로, 대화가 진행되는 동안 사용자가 원하는 조건(슬롯과 값)을 정리해 나갑니다.",
      en: "The notes describe task-oriented dialogue as 'looking at the dialogue and extracting and organizing what is needed'. KLUE's official task is dialogue state tracking (DST): keeping track of what the user wants (slots and values) as the dialogue goes on.",
    },
  },
  {
    id: 'nlp-20',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'hard',
    prompt: {
      ko: '노트에서 KLUE의 한 과제로 함께 묶여 있는 두 분석은?',
      en: 'Which two analyses do the notes group together as a single KLUE task?',
    },
    choices: [
      { ko: '개체명 인식 + 관계 추출', en: 'NER + relation extraction' },
      { ko: '문장 분류 + 문장 유사도', en: 'Text classification + sentence similarity' },
      { ko: '품사 태깅 + 의존 구문 분석', en: 'POS tagging + dependency parsing' },
      { ko: '질의 응답 + 목적형 대화', en: 'Question answering + task-oriented dialogue' },
    ],
    answer: 2,
    explanation: {
      ko: "노트의 2번 과제가 '품사 태깅 및 의존 구문 분석(POS tagging + Dependency Parsing)'입니다. 나머지 조합의 과제들은 각각 별도의 번호로 나옵니다.",
      en: "Task 2 in the notes is 'POS tagging and dependency parsing'. The tasks in the other pairs each have their own number.",
    },
  },
  {
    id: 'nlp-21',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    prompt: {
      ko: 'KLUE의 문장 유사도 과제가 측정하는 것은?',
      en: "What does KLUE's sentence similarity task measure?",
    },
    choices: [
      { ko: '두 문장이 얼마나 비슷한지', en: 'How similar two sentences are' },
      { ko: '한 문장 안의 단어 개수', en: 'How many words a sentence has' },
      { ko: '문장이 어느 언어로 쓰였는지', en: 'Which language a sentence is written in' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: '문장 유사도 -> 2개 문장 유사도'. 두 문장의 의미가 얼마나 비슷한지를 측정합니다.",
      en: "The notes: 'Sentence similarity -> similarity of 2 sentences'. It measures how close two sentences are in meaning.",
    },
  },
  {
    id: 'nlp-22',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    prompt: {
      ko: '강의 노트에 정리된 KLUE 과제는 모두 몇 개인가요?',
      en: 'How many KLUE tasks are listed in the lecture notes?',
    },
    choices: [
      { ko: '4개', en: '4' },
      { ko: '8개', en: '8' },
      { ko: '10개', en: '10' },
      { ko: '12개', en: '12' },
    ],
    answer: 1,
    explanation: {
      ko: '노트는 1번 개체명 인식부터 8번 목적형 대화까지 8개 과제를 나열합니다: 개체명 인식, 품사 태깅 및 의존 구문 분석, 문장 분류, 자연어 추론, 문장 유사도, 관계 추출, 질의 응답, 목적형 대화.',
      en: 'The notes number eight tasks, from 1 (NER) to 8 (task-oriented dialogue): NER, POS tagging + dependency parsing, text classification, NLI, sentence similarity, relation extraction, question answering and task-oriented dialogue.',
    },
  },
  {
    id: 'nlp-23',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    prompt: {
      ko: 'KLUE의 질의 응답 과제는 어떤 형태의 과제인가요?',
      en: "What kind of task is KLUE's question answering?",
    },
    choices: [
      { ko: '이미지를 보고 질문에 답하기', en: 'Answering questions about images' },
      { ko: '음성을 텍스트로 받아쓰기', en: 'Transcribing speech into text' },
      { ko: '질문을 다른 언어로 번역하기', en: 'Translating the question into another language' },
      {
        ko: '지문을 읽고 질문에 답하는 기계 독해 (MRC)',
        en: 'Machine reading comprehension: read a passage, answer a question',
      },
    ],
    answer: 3,
    explanation: {
      ko: 'KLUE의 질의 응답(7번 과제)은 주어진 지문을 읽고 질문의 답을 찾는 기계 독해(Machine Reading Comprehension)입니다. 이미지·음성·번역은 KLUE 과제가 아닙니다.',
      en: "KLUE's question answering (task 7) is machine reading comprehension: read a given passage and find the answer to a question. Images, speech and translation are not KLUE tasks.",
    },
  },
];
