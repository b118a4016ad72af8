import type { Question } from '../types.js';

/** Quiz questions for 박성준 — 자연어 처리를 위한 언어 모델의 학습과 평가. */
export const nlpQuestions: readonly Question[] = [
  {
    id: 'nlp-01',
    lecture: 'nlp',
    section: 'language-modeling',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '강의에서 정의한 언어 모델링이란?',
      en: 'How did the lecture define language modeling?',
    },
    choices: [
      {
        ko: '두 문장을 비교해 의미가 얼마나 비슷한지 점수를 매기는 것',
        en: 'Comparing two sentences and scoring how close their meanings are',
      },
      {
        ko: '문장에서 인물·장소 같은 개체명을 찾아 그 유형을 붙이는 것',
        en: 'Finding named entities such as people and places and marking their types',
      },
      {
        ko: '주어진 문맥을 활용해 다음에 나타날 단어를 예측하는 것',
        en: 'Using the given context to predict the word that comes next',
      },
      {
        ko: '지문을 읽고 질문의 답이 되는 부분을 지문에서 찾아내는 것',
        en: 'Reading a passage and finding the part of it that answers a question',
      },
    ],
    answer: 2,
    explanation: {
      ko: "노트: '언어 모델링 — 주어진 문맥을 활용해 다음에 나타날 단어 예측!' 나머지는 KLUE의 과제입니다: 두 문장의 점수는 문장 유사도, 개체명 찾기는 개체명 인식, 지문에서 답 찾기는 질의 응답(기계 독해)입니다.",
      en: "The notes: 'Language modeling — use the given context to predict the word that will appear next!' The others are KLUE tasks: scoring two sentences is sentence similarity, finding entities is NER, and finding the answer in a passage is question answering (machine reading comprehension).",
    },
  },
  {
    id: 'nlp-02',
    lecture: 'nlp',
    section: 'language-modeling',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: '언어 모델링은 왜 사람이 붙인 정답 레이블 없이 대량의 텍스트만으로 학습할 수 있나요?',
      en: 'Why can language modeling be trained on large amounts of text alone, without human-made labels?',
    },
    choices: [
      {
        ko: '텍스트에서 실제로 이어지는 다음 단어가 곧 정답이 되므로',
        en: 'The word that actually comes next in the text is the target',
      },
      {
        ko: '사전학습 전에 사람이 모든 단어에 품사를 하나씩 붙여 두므로',
        en: 'People tag every word with its part of speech before pre-training',
      },
      {
        ko: 'GLUE 벤치마크에 있는 정답 레이블을 학습에 그대로 쓰므로',
        en: "It reuses the GLUE benchmark's answer labels for its training",
      },
      {
        ko: '미세조정 단계에서 과제별 정답을 먼저 학습해 두므로',
        en: "It first learns each task's answers in the fine-tuning stage",
      },
    ],
    answer: 0,
    explanation: {
      ko: '다음 단어를 맞히는 과제에서는 텍스트 속 실제 다음 단어가 정답이므로, 사람이 레이블을 달 필요가 없습니다(자기 지도 학습). 그래서 사전학습의 기본 과제로 쓰입니다. 품사 태깅된 말뭉치나 GLUE의 레이블은 사람이 만든 것이고, 미세조정은 사전학습이 끝난 뒤의 단계입니다.',
      en: 'When the task is to predict the next word, the actual next word in the text is the answer, so no human labels are needed (self-supervised learning); that is why it is the basic pre-training task. POS-tagged corpora and GLUE labels are made by people, and fine-tuning comes after pre-training.',
    },
  },
  {
    id: 'nlp-03',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: 'BERT는 사전학습에서 다음 단어 예측 대신 무엇을 하나요?',
      en: 'What does BERT do in pre-training instead of predicting the next word?',
    },
    choices: [
      {
        ko: '앞→뒤와 뒤→앞 LSTM 언어 모델로 두 방향의 다음 단어를 맞힌다',
        en: 'It predicts the next word both ways with forward and backward LSTMs',
      },
      {
        ko: '문장 쌍마다 0~5 사이의 유사도 점수를 매기는 과제로만 학습한다',
        en: 'It trains only on scoring the similarity of sentence pairs from 0 to 5',
      },
      {
        ko: '사람이 품사를 붙인 말뭉치로 각 단어의 품사를 맞힌다',
        en: "It predicts each word's part of speech from a hand-tagged corpus",
      },
      {
        ko: '입력 토큰 일부를 가리고, 양쪽 문맥으로 가린 토큰을 맞힌다',
        en: 'It hides some input tokens and predicts them from both sides',
      },
    ],
    answer: 3,
    explanation: {
      ko: 'BERT는 양쪽 문맥을 한 번에 보므로, 그대로 다음 단어를 예측하면 정답을 미리 보게 됩니다. 그래서 입력 토큰 일부(15%)를 가리고 맞히는 마스크 언어 모델과 다음 문장 예측으로 사전학습합니다. 두 방향의 LSTM 언어 모델은 ELMo의 방식이고, 유사도 점수는 KLUE의 STS 과제입니다.',
      en: 'BERT sees both sides at once, so plain next-word prediction would reveal the answer. It is pre-trained instead with a masked language model (hide some input tokens, 15%, and predict them) and next sentence prediction. Forward and backward LSTM language models are how ELMo works, and similarity scores are the STS task of KLUE.',
    },
  },
  {
    id: 'nlp-04',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: 'BERT라는 이름은 어떤 말의 약자인가요?',
      en: 'BERT is an acronym. What is its full form?',
    },
    choices: [
      {
        ko: 'Bidirectional Embedding Representations from Transformers',
        en: 'Bidirectional Embedding Representations from Transformers',
      },
      {
        ko: 'Bidirectional Encoder Representations from Transformers',
        en: 'Bidirectional Encoder Representations from Transformers',
      },
      {
        ko: 'Bidirectional Embeddings from Recurrent Transformers',
        en: 'Bidirectional Embeddings from Recurrent Transformers',
      },
      { ko: 'Balanced Encoder Representations from Transformers', en: 'Balanced Encoder Representations from Transformers' },
    ],
    answer: 1,
    explanation: {
      ko: "노트: 'BERT(Bidirectional Encoder Representations from Transformers)'. Transformer의 인코더(Encoder)로 만든 표현이라 Embedding이 아니라 Encoder이고, B는 Balanced가 아니라 양방향(Bidirectional)입니다.",
      en: "The notes: 'BERT (Bidirectional Encoder Representations from Transformers)'. The representations come from a Transformer encoder, so it is Encoder, not Embedding, and the B is Bidirectional, not Balanced.",
    },
  },
  {
    id: 'nlp-05',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: 'ELMo라는 이름은 어떤 말을 줄인 것인가요?',
      en: 'ELMo is short for what?',
    },
    choices: [
      { ko: 'Embeddings from Language Models', en: 'Embeddings from Language Models' },
      { ko: 'Encoder for Language Modeling Objectives', en: 'Encoder for Language Modeling Objectives' },
      { ko: 'Evaluation of Language Models', en: 'Evaluation of Language Models' },
      { ko: 'Embeddings from Long Memory Outputs', en: 'Embeddings from Long Memory Outputs' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: 'ELMo(Embeddings from Language Models)'. 언어 모델에서 얻은 임베딩이라는 뜻입니다. ELMo는 LSTM을 쓰지만 이름의 'Mo'는 Models이고, 평가(Evaluation)는 GLUE 같은 벤치마크가 하는 일입니다.",
      en: "The notes: 'ELMo (Embeddings from Language Models)': embeddings taken from language models. ELMo does use LSTMs, but the 'Mo' is Models, and evaluation is what benchmarks such as GLUE do.",
    },
  },
  {
    id: 'nlp-06',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '노트가 ELMo와 BERT를 예로 들어 소개한 언어 모델링의 특징은?',
      en: 'Which kind of language modeling did the notes illustrate with ELMo and BERT?',
    },
    choices: [
      {
        ko: '왼쪽 문맥만 보고 다음 단어를 예측한다 (단방향)',
        en: 'Predicting the next word from the left context only (unidirectional)',
      },
      {
        ko: '여러 언어의 텍스트로 한 모델을 함께 학습한다 (다국어)',
        en: 'Training one model on text in many languages together (multilingual)',
      },
      {
        ko: '단어의 앞쪽과 뒤쪽 문맥을 모두 활용한다 (양방향)',
        en: 'Using the context both before and after a word (bidirectional)',
      },
      {
        ko: '사람이 만든 문법 규칙으로 문장을 분석한다 (규칙 기반)',
        en: 'Analyzing sentences with hand-written grammar rules (rule-based)',
      },
    ],
    answer: 2,
    explanation: {
      ko: "노트에서 ELMo와 BERT는 '양방향 언어 모델링' 아래에 나옵니다. 한 단어의 앞쪽과 뒤쪽 문맥을 모두 활용한다는 뜻이고, BERT의 B도 Bidirectional(양방향)입니다. '다국어'는 벤치마크에 관한 노트의 다른 제목이고, 규칙 기반은 노트에 나오지 않습니다.",
      en: "In the notes, ELMo and BERT appear under 'bidirectional language modeling': using the context on both sides of a word, and the B in BERT stands for Bidirectional. 'Multilingual' is a different heading of the notes, about benchmarks, and rule-based modeling is not in the notes.",
    },
  },
  {
    id: 'nlp-07',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'hard',
    source: 'added',
    prompt: {
      ko: 'ELMo는 앞→뒤 방향과 뒤→앞 방향의 LSTM 언어 모델을 어떻게 학습하나요?',
      en: 'How does ELMo train its forward and backward LSTM language models?',
    },
    choices: [
      {
        ko: '따로 학습한다: 앞→뒤 모델을 다 학습한 뒤 뒤→앞 모델을 학습',
        en: 'Separately: the forward model is fully trained, then the backward one',
      },
      {
        ko: '하나의 LSTM으로 학습한다: 문장을 두 방향으로 읽고 가중치도 공유',
        en: 'As a single LSTM that reads each sentence both ways, sharing all weights',
      },
      {
        ko: '가려서 학습한다: 입력 토큰 일부를 가리고 양쪽 문맥으로 맞힘',
        en: 'By masking: hiding some input tokens and predicting them from both sides',
      },
      {
        ko: '함께 학습한다: 두 손실을 더하고 토큰 표현·소프트맥스 층은 공유',
        en: 'Jointly: both losses are summed; token representation and softmax shared',
      },
    ],
    answer: 3,
    explanation: {
      ko: 'ELMo는 두 방향의 로그 우도를 더한 하나의 목표로 두 모델을 함께 학습합니다. 입력 토큰 표현과 소프트맥스 층은 두 방향이 공유하고, LSTM만 방향마다 따로 둡니다. 그러니 차례로 따로 학습하는 것도, LSTM 하나를 같이 쓰는 것도 아닙니다. 토큰을 가리고 맞히는 것은 BERT의 마스크 언어 모델입니다.',
      en: "ELMo trains both models jointly on one objective, the sum of the two directions' log-likelihoods. The input token representation and the softmax layer are shared by both directions; only the LSTMs are separate. So it is neither trained one after the other nor one shared LSTM. Masking tokens is BERT's masked language model.",
    },
  },
  {
    id: 'nlp-08',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: "ELMo·BERT처럼 문맥을 반영하는 표현에서, '배를 깎아 먹었다'와 '배를 타고 떠났다'의 '배'는?",
      en: "In context-aware representations such as ELMo's and BERT's, what happens to 'bank' in 'the bank of the river' and 'the bank lent money'?",
    },
    choices: [
      {
        ko: '같은 단어이므로 어느 문장에서나 같은 벡터를 갖는다',
        en: 'It gets the same vector in both, as it is the same word',
      },
      {
        ko: '뜻이 다르므로 두 문장에서 서로 다른 벡터를 갖는다',
        en: 'It gets a different vector in each, as the meanings differ',
      },
      {
        ko: '두 뜻을 평균 낸 하나의 벡터를 두 문장에 똑같이 쓴다',
        en: 'It gets one vector, the average of both meanings, in both',
      },
      {
        ko: '품사가 같은 명사이므로 품사별 벡터 하나를 함께 쓴다',
        en: 'It shares one vector per part of speech, as both are nouns',
      },
    ],
    answer: 1,
    explanation: {
      ko: '양방향 언어 모델은 단어를 주변 문맥과 함께 표현하므로, 같은 단어라도 뜻(과일/선박)에 따라 서로 다른 벡터를 갖습니다. 단어마다 벡터가 하나로 정해지는 방식(같은 벡터, 평균 벡터)은 바로 이 점에서 다르고, 품사별 벡터는 강의에 나오지 않습니다.',
      en: 'A bidirectional language model represents a word together with its context, so the same word gets different vectors for different meanings (river side / money). One fixed vector per word, or an average of the meanings, is exactly what this avoids, and one vector per part of speech is not in the lecture.',
    },
  },
  {
    id: 'nlp-09',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'easy',
    source: 'added',
    prompt: {
      ko: '영어 벤치마크 GLUE는 어떤 말의 약자인가요?',
      en: 'The English benchmark GLUE is short for what?',
    },
    choices: [
      { ko: 'Global Language Understanding Evaluation', en: 'Global Language Understanding Evaluation' },
      { ko: 'Generalized Language Understanding Estimation', en: 'Generalized Language Understanding Estimation' },
      { ko: 'General Linguistic Understanding Evaluation', en: 'General Linguistic Understanding Evaluation' },
      { ko: 'General Language Understanding Evaluation', en: 'General Language Understanding Evaluation' },
    ],
    answer: 3,
    explanation: {
      ko: 'GLUE = General Language Understanding Evaluation(Wang 외, 2018): 여러 과제에 걸친 일반적인 언어 이해 능력을 평가한다는 뜻입니다. Global이나 Generalized가 아니라 General이고, 추정(Estimation)이 아니라 평가(Evaluation)입니다.',
      en: 'GLUE = General Language Understanding Evaluation (Wang et al., 2018): it evaluates general language understanding across many tasks. It is General, not Global or Generalized; and Evaluation, not Estimation.',
    },
  },
  {
    id: 'nlp-10',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '노트는 GLUE를 무엇이라고 소개했나요?',
      en: 'How did the notes introduce GLUE?',
    },
    choices: [
      { ko: '언어 모델 평가를 위한 다국어 벤치마크', en: 'A multilingual benchmark for evaluating language models' },
      { ko: '언어 모델 평가를 위한 영어 벤치마크', en: 'An English benchmark for evaluating language models' },
      { ko: '언어 모델 사전학습을 위한 영어 말뭉치', en: 'An English corpus for pre-training language models' },
      { ko: '양방향 언어 모델을 학습하기 위한 영어 데이터', en: 'English data for training bidirectional language models' },
    ],
    answer: 1,
    explanation: {
      ko: "노트: 'GLUE 벤치마크 -> 언어 모델 평가를 위한 영어 벤치마크!' 학습용 말뭉치가 아니라 평가용이고, 다국어가 아니라 영어만 다룹니다. 그래서 다른 언어에는 FLUE(프랑스어), CLUE(중국어), KLUE(한국어) 같은 벤치마크가 따로 생겼습니다.",
      en: "The notes: 'GLUE benchmark -> an English benchmark for evaluating language models!' It is for evaluation, not a training corpus, and it covers English only, not many languages; that is why other languages got their own, such as FLUE (French), CLUE (Chinese) and KLUE (Korean).",
    },
  },
  {
    id: 'nlp-11',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: 'GLUE 다음에 SuperGLUE(2019)가 나온 이유는?',
      en: 'Why was SuperGLUE (2019) introduced after GLUE?',
    },
    choices: [
      {
        ko: 'GLUE는 영어만 다뤄서, 다른 언어의 모델을 평가할 방법이 필요해서',
        en: 'GLUE covers only English, so models of other languages had no benchmark',
      },
      {
        ko: 'GLUE의 과제가 너무 어려워서, 모델이 풀 수 있는 쉬운 과제가 필요해서',
        en: "GLUE's tasks were too hard for models, so easier tasks were needed",
      },
      {
        ko: '모델들이 GLUE에서 빠르게 높은 점수를 내서, 더 어려운 과제가 필요해서',
        en: 'Models quickly reached high GLUE scores, so harder tasks were needed',
      },
      {
        ko: 'GLUE에는 9개 과제의 점수를 하나로 합쳐 비교하는 방법이 없어서',
        en: 'GLUE had no way to combine its nine task scores into a single score',
      },
    ],
    answer: 2,
    explanation: {
      ko: '모델들이 GLUE에서 빠르게 높은 점수를 내자, 모델을 더 잘 가려낼 수 있는 어려운 후속 벤치마크 SuperGLUE가 나왔습니다. SuperGLUE도 영어 벤치마크이므로 다른 언어를 위한 것이 아니고(그건 FLUE·CLUE·KLUE), GLUE는 이미 과제별 점수의 평균을 하나의 점수로 씁니다.',
      en: 'As models quickly reached high GLUE scores, a harder successor that separates models better, SuperGLUE, followed. SuperGLUE is English too, so it is not about other languages (that is FLUE, CLUE and KLUE), and GLUE already uses the average of its task scores as one score.',
    },
  },
  {
    id: 'nlp-12',
    lecture: 'nlp',
    section: 'multilingual',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '노트에 나온 FLUE와 CLUE는 각각 어느 언어의 벤치마크인가요?',
      en: 'In the notes, FLUE and CLUE are benchmarks for which languages?',
    },
    choices: [
      { ko: 'FLUE는 핀란드어, CLUE는 중국어', en: 'FLUE: Finnish; CLUE: Chinese' },
      { ko: 'FLUE는 중국어, CLUE는 프랑스어', en: 'FLUE: Chinese; CLUE: French' },
      { ko: 'FLUE는 프랑스어, CLUE는 체코어', en: 'FLUE: French; CLUE: Czech' },
      { ko: 'FLUE는 프랑스어, CLUE는 중국어', en: 'FLUE: French; CLUE: Chinese' },
    ],
    answer: 3,
    explanation: {
      ko: "노트: 'FLUE(프랑스어)', 'CLUE(중국어)'. 이름의 첫 글자가 French, Chinese입니다(French/Chinese Language Understanding Evaluation). 영어는 GLUE, 한국어는 KLUE입니다.",
      en: "The notes: 'FLUE (French)', 'CLUE (Chinese)'. The first letters stand for French and Chinese (French/Chinese Language Understanding Evaluation). English is GLUE and Korean is KLUE.",
    },
  },
  {
    id: 'nlp-13',
    lecture: 'nlp',
    section: 'multilingual',
    difficulty: 'hard',
    source: 'added',
    prompt: {
      ko: 'FLUE·CLUE와 XTREME을 비교한 설명으로 옳은 것은?',
      en: 'Which statement comparing FLUE and CLUE with XTREME is correct?',
    },
    choices: [
      {
        ko: 'FLUE·CLUE는 여러 언어를 함께 평가하고, XTREME은 영어만 평가한다',
        en: 'FLUE and CLUE cover many languages at once; XTREME covers English only',
      },
      {
        ko: 'FLUE·CLUE는 한 언어씩 평가하고, XTREME은 여러 언어를 함께 평가한다',
        en: 'FLUE and CLUE cover one language each; XTREME covers many languages',
      },
      {
        ko: '셋 모두 한 벤치마크로 여러 언어를 함께 평가하는 다국어 벤치마크다',
        en: 'All three are multilingual: each one covers many languages at once',
      },
      {
        ko: '셋 모두 GLUE처럼 영어 하나만 평가하는 벤치마크다',
        en: 'All three evaluate a single language, English, as GLUE does',
      },
    ],
    answer: 1,
    explanation: {
      ko: "노트의 제목은 '다국어 벤치마크 등장'이지만, FLUE는 프랑스어, CLUE는 중국어만 평가하는 언어별 벤치마크입니다. 하나의 벤치마크로 여러 언어를 함께 평가하는 다국어 벤치마크는 XTREME(40개 언어)이나 XGLUE 같은 것입니다. 영어만 평가하는 것은 GLUE입니다.",
      en: "The notes' heading says 'multilingual benchmarks appear', but FLUE evaluates French only and CLUE Chinese only: one language each. A multilingual benchmark, one benchmark over many languages, is something like XTREME (40 languages) or XGLUE. The English-only one is GLUE.",
    },
  },
  {
    id: 'nlp-14',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: 'KLUE의 데이터는 어떻게 만들어졌나요?',
      en: "How was KLUE's data made?",
    },
    choices: [
      {
        ko: 'GLUE의 9개 과제 데이터를 한국어로 번역한 뒤 사람이 검수했다',
        en: "GLUE's data for all nine of its tasks was translated into Korean and checked",
      },
      {
        ko: 'GLUE·FLUE·CLUE의 데이터를 모아 한국어로 옮겨 하나로 합쳤다',
        en: 'Data from GLUE, FLUE and CLUE was gathered and translated into Korean',
      },
      {
        ko: '한국어 언어 모델이 만든 문장에 그 모델이 정답까지 자동으로 붙였다',
        en: 'A Korean language model wrote the sentences and labeled them itself',
      },
      {
        ko: '뉴스·위키백과·리뷰 같은 한국어 원천 텍스트에 새로 주석을 달았다',
        en: 'Korean source texts such as news, Wikipedia and reviews were annotated',
      },
    ],
    answer: 3,
    explanation: {
      ko: 'KLUE는 GLUE를 번역한 것이 아니라, 한국어로 쓰인 원천 텍스트(대화 과제는 새로 모은 한국어 대화)에 사람이 새로 주석을 달아 만든 한국어 벤치마크입니다. 번역한 데이터로는 한국어의 문법적 특성과 문화적 맥락을 담기 어렵기 때문입니다. 모델이 스스로 만든 정답으로는 모델을 공정하게 평가할 수 없습니다.',
      en: 'KLUE is not a translation of GLUE: it is a Korean benchmark made by annotating texts written in Korean (for the dialogue task, newly collected Korean dialogues), because translated data hardly captures the grammar and cultural context of Korean. Answers a model wrote itself could not evaluate models fairly.',
    },
  },
  {
    id: 'nlp-15',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: "노트의 3번 과제 '문장 분류'는 KLUE에서 실제로 무엇을 분류하나요?",
      en: "What does task 3 of the notes, 'text classification', actually classify in KLUE?",
    },
    choices: [
      {
        ko: '영화 리뷰 문장을 긍정·부정 두 감성으로 (GLUE의 SST-2처럼)',
        en: "Movie review sentences into positive or negative sentiment, like GLUE's SST-2",
      },
      {
        ko: '연합뉴스 기사 제목을 정치·경제·스포츠 등 7개 주제로 (YNAT)',
        en: 'Yonhap news headlines into seven topics such as politics, sports (YNAT)',
      },
      {
        ko: '문장을 문법적으로 맞는 것과 틀린 것으로 (GLUE의 CoLA처럼)',
        en: "Sentences into grammatical and ungrammatical ones, like GLUE's CoLA",
      },
      {
        ko: '전제와 가설 문장 쌍을 함의·모순·중립의 세 가지로 (NLI)',
        en: 'Premise-hypothesis pairs into entailment, contradiction or neutral',
      },
    ],
    answer: 1,
    explanation: {
      ko: "노트의 '문장 분류(Text classification)'는 KLUE의 공식 과제명으로 주제 분류(Topic Classification, TC)이고, 연합뉴스 기사 제목을 7개 주제(정치·경제·사회·생활문화·세계·IT과학·스포츠)로 분류합니다(YNAT). 감성 분석과 문법성 판단은 GLUE의 SST-2와 CoLA이고, 함의·모순·중립은 자연어 추론(NLI)입니다.",
      en: "The notes' 'text classification' is officially KLUE's Topic Classification (TC): classifying Yonhap news headlines into seven topics (politics, economy, society, life and culture, world, IT/science, sports; YNAT). Sentiment and grammaticality are GLUE's SST-2 and CoLA, and entailment/contradiction/neutral is NLI.",
    },
  },
  {
    id: 'nlp-16',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '다음 중 노트에 나온 KLUE의 8개 과제가 아닌 것은?',
      en: "Which of these is NOT one of KLUE's eight tasks in the notes?",
    },
    choices: [
      { ko: '개체명 인식 (NER)', en: 'Named entity recognition (NER)' },
      { ko: '기계 번역 (MT)', en: 'Machine translation (MT)' },
      { ko: '자연어 추론 (NLI)', en: 'Natural language inference (NLI)' },
      { ko: '관계 추출 (RE)', en: 'Relation extraction (RE)' },
      { ko: '문장 유사도 (STS)', en: 'Semantic textual similarity (STS)' },
    ],
    answer: 1,
    explanation: {
      ko: 'KLUE의 8개 과제: 개체명 인식, 품사 태깅 및 의존 구문 분석, 문장 분류, 자연어 추론, 문장 유사도, 관계 추출, 질의 응답, 목적형 대화. 기계 번역은 없습니다. KLUE는 번역이 아니라 한국어 이해를 평가합니다.',
      en: "KLUE's eight tasks: NER, POS tagging + dependency parsing, text classification, NLI, sentence similarity, relation extraction, question answering and task-oriented dialogue. Machine translation is not one of them: KLUE evaluates understanding of Korean, not translation.",
    },
  },
  {
    id: 'nlp-17',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'notes',
    prompt: {
      ko: 'KLUE의 자연어 추론(NLI) 과제가 판별하는 것은?',
      en: "What does KLUE's natural language inference (NLI) task decide?",
    },
    choices: [
      {
        ko: '두 문장의 의미가 얼마나 비슷한지 (0~5 사이의 점수)',
        en: 'How close two sentences are in meaning (a score from 0 to 5)',
      },
      {
        ko: '가설 문장이 전제 문장과 모순되는지 (함의·모순·중립)',
        en: 'Whether a hypothesis contradicts a premise (entailment, contradiction…)',
      },
      {
        ko: '문장 속 두 개체 사이의 관계 종류 (예: 설립자)',
        en: 'The kind of relation between two entities in a sentence (e.g. founded by)',
      },
      {
        ko: '뉴스 제목이 속한 주제 (정치·경제 등 7개 중 하나)',
        en: 'Which of seven topics, such as politics, a news headline belongs to',
      },
    ],
    answer: 1,
    explanation: {
      ko: "노트: '자연어 추론(Natural Language Inference) -> 문장 모순 관계 판별'. 정확히는 전제 문장에 비추어 가설 문장이 함의·모순·중립 중 무엇인지 분류합니다. 두 문장의 점수는 문장 유사도(STS), 개체 사이의 관계는 관계 추출(RE), 뉴스 주제는 주제 분류(TC)입니다.",
      en: "The notes: 'Natural Language Inference -> judging contradiction between sentences'. Precisely, given a premise it classifies a hypothesis as entailment, contradiction or neutral. Scoring two sentences is STS, relations between entities are RE, and news topics are TC.",
    },
  },
  {
    id: 'nlp-18',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'notes',
    prompt: {
      ko: "'스티브 잡스는 애플을 설립했다'에서 (애플, 스티브 잡스) 쌍에 '설립자(org:founded_by)'라는 라벨을 붙이는 KLUE 과제는?",
      en: "'Steve Jobs founded Apple': which KLUE task labels the pair (Apple, Steve Jobs) 'founded by' (org:founded_by)?",
    },
    choices: [
      { ko: '개체명 인식 (NER)', en: 'Named entity recognition (NER)' },
      { ko: '의존 구문 분석 (DP)', en: 'Dependency parsing (DP)' },
      { ko: '관계 추출 (RE)', en: 'Relation extraction (RE)' },
      { ko: '자연어 추론 (NLI)', en: 'Natural language inference (NLI)' },
    ],
    answer: 2,
    explanation: {
      ko: "노트는 관계 추출(RE)을 '엔티티 관계 등'을 찾는 과제로 적었습니다. KLUE의 RE는 한 문장 속 두 개체(엔티티) 쌍의 관계를 분류합니다. 개체명 인식은 '스티브 잡스=인물, 애플=기관'처럼 개체와 유형을 찾는 데서 끝나고, 의존 구문 분석은 어절 사이의 문법적 의존 관계를 다룹니다.",
      en: "The notes describe relation extraction (RE) as finding 'entity relations etc.'. KLUE's RE classifies the relation of a pair of entities within one sentence. NER stops at finding the entities and their types (Steve Jobs = person, Apple = organization), and dependency parsing is about grammatical dependencies between words.",
    },
  },
  {
    id: 'nlp-19',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'notes',
    prompt: {
      ko: "KLUE의 8번 과제 '목적형 대화'에서 모델이 대화를 보며 하는 일은?",
      en: "In KLUE's task 8, 'task-oriented dialogue', what does the model do as it reads a dialogue?",
    },
    choices: [
      {
        ko: '대화에 나온 인물·장소 같은 개체명을 찾아 그 유형을 붙인다',
        en: 'Finds the people, places and other named entities and marks their types',
      },
      {
        ko: '각 발화를 정치·경제·스포츠 같은 주제 중 하나로 분류한다',
        en: 'Puts each utterance into one topic, such as politics, economy or sports',
      },
      {
        ko: '이어지는 두 발화가 서로 모순되는지를 함의·모순·중립으로 가린다',
        en: 'Decides whether two consecutive utterances contradict each other',
      },
      {
        ko: '사용자가 필요로 하는 것을 뽑아 정리한다 (예: 숙소 지역·가격대)',
        en: "Extracts and organizes what the user needs (e.g. a hotel's area, price)",
      },
    ],
    answer: 3,
    explanation: {
      ko: "노트: '목적형 대화: 대화 패턴을 찾는 것! -> 대화를 보고 필요로 하는 것을 뽑아서 정리!' KLUE의 공식 과제명은 대화 상태 추적(DST, WoS 데이터셋)으로, 대화가 진행되는 동안 사용자의 요구를 '슬롯-값' 쌍으로 정리해 나갑니다. 개체명 찾기는 NER, 주제 분류는 TC, 모순 판별은 NLI의 일입니다.",
      en: "The notes: 'Task-oriented dialogue: finding the patterns of a dialogue! -> read the dialogue, extract and organize what is needed!' KLUE's official task is Dialogue State Tracking (DST, the WoS dataset): keeping the user's goals as slot-value pairs as the dialogue goes on. Finding entities is NER, topics are TC, and contradiction is NLI.",
    },
  },
  {
    id: 'nlp-20',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'notes',
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
      ko: "노트의 2번 과제가 '품사 태깅 및 의존 구문 분석(POS tagging + Dependency Parsing)'입니다. KLUE의 공식 과제명은 의존 구문 분석(DP)이며, 데이터에 품사 정보가 함께 들어 있습니다. 나머지 조합의 과제들은 노트에서 각각 별도의 번호로 나옵니다.",
      en: "Task 2 in the notes is 'POS tagging + dependency parsing'. KLUE's official task is Dependency Parsing (DP), whose data also carries parts of speech. The tasks in the other pairs each have their own number in the notes.",
    },
  },
  {
    id: 'nlp-21',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: "'오늘 날씨가 정말 좋다'와 '하늘이 맑고 화창한 날이다', 두 문장에 5점 만점에 4.2점을 매기는 KLUE 과제는?",
      en: "Which KLUE task gives the two sentences 'The weather is really nice today' and 'It is a clear, sunny day' 4.2 points out of 5?",
    },
    choices: [
      { ko: '문장 유사도 (STS)', en: 'Semantic textual similarity (STS)' },
      { ko: '자연어 추론 (NLI)', en: 'Natural language inference (NLI)' },
      { ko: '관계 추출 (RE)', en: 'Relation extraction (RE)' },
      { ko: '주제 분류 (TC)', en: 'Topic classification (TC)' },
    ],
    answer: 0,
    explanation: {
      ko: "노트: '문장 유사도 -> 2개 문장 유사도'. KLUE의 STS는 두 문장의 의미가 얼마나 비슷한지 0~5 사이의 점수로 예측합니다. 자연어 추론도 두 문장을 받지만 점수가 아니라 함의·모순·중립 중 하나로 답하고, 관계 추출은 한 문장 속 두 개체를, 주제 분류는 뉴스 제목 하나를 다룹니다.",
      en: "The notes: 'Sentence similarity -> similarity of 2 sentences'. KLUE's STS predicts how similar two sentences are in meaning as a score from 0 to 5. NLI also takes two sentences but answers entailment, contradiction or neutral rather than a score; RE is about two entities in one sentence, and TC about a single headline.",
    },
  },
  {
    id: 'nlp-22',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'easy',
    source: 'added',
    prompt: {
      ko: "'학교에 간다'를 '학교/명사, 에/조사, 간다/동사'처럼 표시하는 분석은?",
      en: "Which analysis marks 'She reads books' as She/pronoun, reads/verb, books/noun?",
    },
    choices: [
      { ko: '품사 태깅', en: 'POS tagging' },
      { ko: '의존 구문 분석', en: 'Dependency parsing' },
      { ko: '개체명 인식', en: 'Named entity recognition' },
      { ko: '관계 추출', en: 'Relation extraction' },
    ],
    answer: 0,
    explanation: {
      ko: '품사 태깅은 각 단어나 형태소에 명사·동사·조사 같은 품사를 붙이는 일입니다(노트 2번 과제의 앞부분). 의존 구문 분석은 어절이 어느 어절에 딸리는지를, 개체명 인식은 인물·장소 같은 개체명을, 관계 추출은 두 개체 사이의 관계를 찾습니다.',
      en: 'POS tagging labels each word or morpheme with its part of speech, such as noun, verb or particle (the first half of task 2 in the notes). Dependency parsing finds which word each word depends on, NER finds named entities such as people and places, and relation extraction the relation between two entities.',
    },
  },
  {
    id: 'nlp-23',
    lecture: 'nlp',
    section: 'klue',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: "KLUE의 7번 과제 '질의 응답'에서 모델이 하는 일은?",
      en: "In KLUE's task 7, 'question answering', what does the model do?",
    },
    choices: [
      {
        ko: '지문과 질문을 받아, 지문 안에서 답이 되는 부분을 찾는다',
        en: 'It finds the part of a given passage that answers the given question',
      },
      {
        ko: '지문 없이 질문만 받아, 모델이 아는 지식으로 답 문장을 새로 쓴다',
        en: 'Given only a question, it writes a new answer from what it already knows',
      },
      {
        ko: '질문과 가장 비슷한 질문을 미리 모아 둔 목록에서 찾아 그 답을 준다',
        en: 'It finds the most similar question in a stored list and returns its answer',
      },
      {
        ko: '질문에 나온 인물·장소 같은 개체명을 찾아 그 유형을 붙인다',
        en: 'It finds the people, places and other named entities in the question',
      },
    ],
    answer: 0,
    explanation: {
      ko: 'KLUE의 질의 응답은 공식 과제명으로 기계 독해(Machine Reading Comprehension, MRC)입니다. 지문과 질문이 주어지면 지문 안에서 답이 되는 부분을 찾고, 지문에 답이 없는 질문도 섞여 있습니다. 지문 없이 답을 새로 쓰거나 비슷한 질문을 찾는 방식이 아니며, 개체명 찾기는 개체명 인식(NER)입니다.',
      en: "KLUE's question answering is officially Machine Reading Comprehension (MRC): given a passage and a question, find the part of the passage that answers it; some questions have no answer in the passage. It does not write answers without a passage or look up similar questions, and finding entities is NER.",
    },
  },
  {
    id: 'nlp-24',
    lecture: 'nlp',
    section: 'bidirectional',
    difficulty: 'easy',
    source: 'notes',
    prompt: {
      ko: '노트에 나온 이름 중 벤치마크가 아니라 언어 모델인 것만 모은 것은?',
      en: 'Of the names in the notes, which are language models rather than benchmarks?',
    },
    choices: [
      { ko: 'ELMo, BERT', en: 'ELMo, BERT' },
      { ko: 'GLUE, KLUE', en: 'GLUE, KLUE' },
      { ko: 'BERT, GLUE', en: 'BERT, GLUE' },
      { ko: 'ELMo, CLUE', en: 'ELMo, CLUE' },
    ],
    answer: 0,
    explanation: {
      ko: "노트에서 ELMo와 BERT는 '양방향 언어 모델링' 아래에 나오는 언어 모델이고, GLUE(영어)·FLUE(프랑스어)·CLUE(중국어)·KLUE(한국어)는 언어 모델을 평가하는 벤치마크입니다. 이름 끝의 'LUE'가 Language Understanding Evaluation(언어 이해 평가)입니다.",
      en: "In the notes, ELMo and BERT are language models, listed under 'bidirectional language modeling', while GLUE (English), FLUE (French), CLUE (Chinese) and KLUE (Korean) are benchmarks that evaluate language models. The 'LUE' at the end of their names is Language Understanding Evaluation.",
    },
  },
  {
    id: 'nlp-25',
    lecture: 'nlp',
    section: 'glue',
    difficulty: 'medium',
    source: 'added',
    prompt: {
      ko: 'GLUE의 9개 과제 가운데 문장 쌍이 아니라 한 문장만 입력받는 두 과제는?',
      en: "Which two of GLUE's nine tasks take a single sentence rather than a sentence pair?",
    },
    choices: [
      { ko: 'MRPC, QQP', en: 'MRPC, QQP' },
      { ko: 'MNLI, RTE', en: 'MNLI, RTE' },
      { ko: 'CoLA, SST-2', en: 'CoLA, SST-2' },
      { ko: 'STS-B, QNLI', en: 'STS-B, QNLI' },
    ],
    answer: 2,
    explanation: {
      ko: 'CoLA(문법적으로 올바른 문장인지)와 SST-2(감성 분석)는 한 문장을 입력받습니다. MRPC·QQP·STS-B는 두 문장의 유사도나 같은 의미인지를, MNLI·QNLI·RTE는 문장 쌍의 추론을 다루는 과제입니다.',
      en: 'CoLA (is the sentence grammatical?) and SST-2 (sentiment) take one sentence. MRPC, QQP and STS-B judge the similarity or paraphrase of two sentences, and MNLI, QNLI and RTE inference over sentence pairs.',
    },
  },
];
