import type { Question } from '../types.js';

/** Quiz questions for 오혜연 — AI Ethics. */
export const ethicsQuestions: readonly Question[] = [
  {
    id: 'ethics-01',
    lecture: 'ethics',
    section: 'bias',
    difficulty: 'easy',
    prompt: {
      ko: '공정성 지표 중 인구통계적 동등성(demographic parity)이 요구하는 것은?',
      en: 'What does the fairness metric demographic parity require?',
    },
    choices: [
      { ko: '모든 그룹에서 정확도가 100%일 것', en: '100% accuracy in every group' },
      { ko: '그룹 간 긍정 예측 비율이 같을 것', en: 'Equal positive-prediction rates across groups' },
      {
        ko: '그룹 간 참양성률과 거짓양성률이 같을 것',
        en: 'Equal true-positive and false-positive rates across groups',
      },
      { ko: '민감 속성을 학습 데이터에서 삭제할 것', en: 'Removing sensitive attributes from the training data' },
    ],
    answer: 1,
    explanation: {
      ko: '인구통계적 동등성은 각 그룹이 긍정(예: 승인) 예측을 받는 비율이 같기를 요구합니다. 참양성률·거짓양성률이 같기를 요구하는 것은 균등화된 오즈(equalized odds)로, 다른 지표입니다.',
      en: 'Demographic parity requires each group to receive positive predictions (e.g. approvals) at the same rate. Equal true-positive and false-positive rates is equalized odds, a different metric.',
    },
  },
  {
    id: 'ethics-02',
    lecture: 'ethics',
    section: 'bias',
    difficulty: 'medium',
    prompt: {
      ko: '그룹 간 참양성률(TPR)과 거짓양성률(FPR)이 모두 같기를 요구하는 공정성 지표는?',
      en: 'Which fairness metric requires equal true-positive (TPR) and false-positive (FPR) rates across groups?',
    },
    choices: [
      { ko: '인구통계적 동등성 (demographic parity)', en: 'Demographic parity' },
      { ko: '전체 정확도 (accuracy)', en: 'Overall accuracy' },
      { ko: '균등화된 오즈 (equalized odds)', en: 'Equalized odds' },
      { ko: '학습 손실 (training loss)', en: 'Training loss' },
    ],
    answer: 2,
    explanation: {
      ko: '균등화된 오즈는 실제 정답이 같은 사람들끼리 비교해, 그룹 간 참양성률과 거짓양성률이 같기를 요구합니다. 인구통계적 동등성은 긍정 예측 비율만 비교하고, 정확도·손실은 공정성 지표가 아닙니다.',
      en: 'Equalized odds compares people with the same true outcome and requires equal true-positive and false-positive rates across groups. Demographic parity compares only positive-prediction rates, and accuracy or loss are not fairness metrics.',
    },
  },
  {
    id: 'ethics-03',
    lecture: 'ethics',
    section: 'bias',
    difficulty: 'hard',
    prompt: {
      ko: '여러 공정성 지표(예: 인구통계적 동등성과 균등화된 오즈)의 관계에 대한 설명으로 옳은 것은?',
      en: 'Which statement about different fairness metrics (e.g. demographic parity and equalized odds) is correct?',
    },
    choices: [
      {
        ko: '서로 충돌할 수 있어 모두를 동시에 만족하기 어려울 수 있다',
        en: 'They can conflict, so satisfying all of them at once can be hard',
      },
      {
        ko: '하나를 만족하면 나머지도 자동으로 만족된다',
        en: 'Satisfying one automatically satisfies the others',
      },
      { ko: '모두 같은 수식의 다른 이름일 뿐이다', en: 'They are just different names for one formula' },
    ],
    answer: 0,
    explanation: {
      ko: '두 지표는 서로 다른 것을 비교합니다(긍정 예측 비율 vs 참·거짓양성률). 그룹마다 실제 정답 비율이 다르면 한 지표를 맞출 때 다른 지표가 깨질 수 있으므로, 어떤 공정성을 목표로 할지 선택해야 합니다.',
      en: 'The two metrics compare different things (positive-prediction rates vs true/false-positive rates). When groups have different true base rates, meeting one can break the other, so you must choose which kind of fairness to aim for.',
    },
  },
  {
    id: 'ethics-04',
    lecture: 'ethics',
    section: 'bias',
    difficulty: 'easy',
    prompt: {
      ko: "강의의 'AI & Individual' 파트에서 다룬 두 주제는?",
      en: "Which two topics did the lecture's 'AI & Individual' part cover?",
    },
    choices: [
      { ko: 'Housing과 고용', en: 'Housing and employment' },
      { ko: 'Misinformation과 AI for Health', en: 'Misinformation and AI for Health' },
      { ko: 'GLUE와 KLUE', en: 'GLUE and KLUE' },
      { ko: 'Bias Metrics와 Privacy', en: 'Bias Metrics and Privacy' },
    ],
    answer: 3,
    explanation: {
      ko: "노트의 '1. AI & Individual' 아래에는 Bias Metrics와 Privacy 두 항목이 있습니다. Housing·고용은 Social Inequality, Misinformation과 AI for Health는 각각 별도 파트이고, GLUE·KLUE는 NLP 강의 내용입니다.",
      en: "Under '1. AI & Individual' the notes list Bias Metrics and Privacy. Housing and employment belong to Social Inequality, Misinformation and AI for Health are parts of their own, and GLUE/KLUE come from the NLP lecture.",
    },
  },
  {
    id: 'ethics-05',
    lecture: 'ethics',
    section: 'bias',
    difficulty: 'hard',
    prompt: {
      ko: "대출 심사 모델이 그룹 A 신청자의 60%, 그룹 B 신청자의 30%를 '승인'으로 예측했습니다. 이 수치만으로 위반이 바로 드러나는 공정성 지표는?",
      en: "A loan model predicts 'approve' for 60% of group A applicants and 30% of group B applicants. Which fairness metric do these numbers alone show is violated?",
    },
    choices: [
      { ko: '인구통계적 동등성 (demographic parity)', en: 'Demographic parity' },
      { ko: '균등화된 오즈 (equalized odds)', en: 'Equalized odds' },
      { ko: '차등 프라이버시 (differential privacy)', en: 'Differential privacy' },
      { ko: '멤버십 추론 (membership inference)', en: 'Membership inference' },
    ],
    answer: 0,
    explanation: {
      ko: '인구통계적 동등성은 그룹 간 긍정 예측 비율이 같기를 요구하므로 60% vs 30%는 곧바로 위반입니다. 균등화된 오즈는 실제 상환 여부(정답)별 비율이 있어야 판단할 수 있고, 나머지 둘은 프라이버시 개념입니다.',
      en: 'Demographic parity requires equal positive-prediction rates, so 60% vs 30% violates it directly. Equalized odds needs rates split by the true outcome (who actually repaid) to judge, and the other two are privacy concepts.',
    },
  },
  {
    id: 'ethics-06',
    lecture: 'ethics',
    section: 'privacy',
    difficulty: 'easy',
    prompt: {
      ko: '학습 데이터와 관련된 프라이버시 위험의 예로 알맞은 것은?',
      en: 'Which is an example of a privacy risk tied to training data?',
    },
    choices: [
      { ko: '모델이 너무 작아 성능이 낮다', en: 'The model is too small and performs poorly' },
      {
        ko: '모델이 학습한 개인정보를 기억했다가 그대로 출력한다',
        en: 'The model memorizes personal data it was trained on and outputs it',
      },
      { ko: 'GPU 사용 요금이 비싸다', en: 'GPU usage is expensive' },
      { ko: '학습 속도가 느리다', en: 'Training is slow' },
    ],
    answer: 1,
    explanation: {
      ko: '모델이 학습 데이터 속 개인정보를 암기(memorization)했다가 출력하면, 공격자가 이를 추출(extraction)할 수 있어 프라이버시 침해가 됩니다. 성능·비용·속도 문제는 프라이버시 위험이 아닙니다.',
      en: 'If a model memorizes personal data from its training set and outputs it, attackers can extract it, which breaches privacy. Performance, cost and speed problems are not privacy risks.',
    },
  },
  {
    id: 'ethics-07',
    lecture: 'ethics',
    section: 'privacy',
    difficulty: 'medium',
    prompt: {
      ko: '특정 사람의 데이터가 모델 학습에 쓰였는지를 공격자가 알아내려는 공격은?',
      en: "Which attack tries to find out whether a particular person's data was used to train a model?",
    },
    choices: [
      { ko: '데이터 최소화 (data minimization)', en: 'Data minimization' },
      { ko: '균등화된 오즈 (equalized odds)', en: 'Equalized odds' },
      { ko: '멤버십 추론 (membership inference)', en: 'Membership inference' },
      { ko: '차등 프라이버시 (differential privacy)', en: 'Differential privacy' },
    ],
    answer: 2,
    explanation: {
      ko: "멤버십 추론 공격은 어떤 데이터가 학습 집합의 '멤버'였는지를 알아냅니다. 예를 들어 병원 데이터로 학습한 모델이라면 그 사실만으로 민감한 정보가 드러납니다. 데이터 최소화와 차등 프라이버시는 방어책, 균등화된 오즈는 공정성 지표입니다.",
      en: "A membership inference attack works out whether a record was a 'member' of the training set; for a model trained on hospital data, that alone reveals something sensitive. Data minimization and differential privacy are defences, and equalized odds is a fairness metric.",
    },
  },
  {
    id: 'ethics-08',
    lecture: 'ethics',
    section: 'privacy',
    difficulty: 'medium',
    prompt: {
      ko: "이름을 지운 '익명' 데이터도 안전하지 않을 수 있는 이유는?",
      en: "Why can 'anonymized' data with the names removed still be unsafe?",
    },
    choices: [
      {
        ko: '다른 정보와 결합하면 개인이 재식별될 수 있어서',
        en: 'Combined with other data, individuals can be re-identified',
      },
      { ko: '익명 데이터는 모델 학습에 쓸 수 없어서', en: 'Anonymized data cannot be used for training' },
      { ko: '이름을 지우면 데이터 크기가 커져서', en: 'Removing names makes the data larger' },
    ],
    answer: 0,
    explanation: {
      ko: '이름을 지워도 나이·지역·성별 같은 남은 정보를 다른 데이터와 맞춰 보면 특정 개인을 다시 찾아낼 수 있습니다(재식별). 그래서 익명화만으로는 프라이버시가 보장되지 않습니다.',
      en: 'Even without names, the remaining fields (age, area, gender…) can be matched with other data to single a person out again (re-identification). So anonymization alone does not guarantee privacy.',
    },
  },
  {
    id: 'ethics-09',
    lecture: 'ethics',
    section: 'privacy',
    difficulty: 'medium',
    prompt: {
      ko: '학습 데이터의 프라이버시 위험을 줄이는 방법으로 알맞은 것은?',
      en: 'Which of these reduces the privacy risks of training data?',
    },
    choices: [
      { ko: '개인정보를 최대한 많이 수집해 둔다', en: 'Collect as much personal data as possible' },
      { ko: '원본 데이터를 공개 저장소에 올린다', en: 'Upload the raw data to a public repository' },
      {
        ko: '모델 출력에 학습 데이터를 그대로 포함한다',
        en: 'Include training data verbatim in model outputs',
      },
      {
        ko: '데이터 최소화, 비식별화, 차등 프라이버시',
        en: 'Data minimization, de-identification, differential privacy',
      },
    ],
    answer: 3,
    explanation: {
      ko: '필요한 개인정보만 모으고(데이터 최소화), 개인을 알아볼 수 없게 처리하고(비식별화), 차등 프라이버시로 개인 한 명의 영향을 감추는 것이 대표적인 완화책입니다. 나머지 보기는 위험을 오히려 키웁니다.',
      en: 'Collecting only the personal data you need (data minimization), making people unidentifiable (de-identification) and hiding any one person’s influence with differential privacy are standard mitigations. The other options increase the risk.',
    },
  },
  {
    id: 'ethics-10',
    lecture: 'ethics',
    section: 'privacy',
    difficulty: 'easy',
    prompt: {
      ko: "프라이버시 보호 방법 중 '데이터 최소화(data minimization)'의 뜻으로 알맞은 것은?",
      en: "What does 'data minimization' mean as a privacy safeguard?",
    },
    choices: [
      { ko: '데이터 파일을 압축해 용량을 줄인다', en: 'Compress data files to make them smaller' },
      {
        ko: '목적에 필요한 최소한의 개인정보만 수집·보관한다',
        en: 'Collect and keep only the personal data the purpose needs',
      },
      { ko: '모델 파라미터 수를 최소로 줄인다', en: 'Cut the number of model parameters to a minimum' },
    ],
    answer: 1,
    explanation: {
      ko: '데이터 최소화는 용량이 아니라 개인정보의 양을 줄이는 원칙입니다. 애초에 필요한 것만 모으고 보관하면, 유출되거나 모델이 기억할 개인정보 자체가 줄어듭니다.',
      en: 'Data minimization is about the amount of personal data, not file size. If you collect and keep only what you need, there is less personal data to leak or for a model to memorize.',
    },
  },
  {
    id: 'ethics-11',
    lecture: 'ethics',
    section: 'inequality',
    difficulty: 'easy',
    prompt: {
      ko: '강의가 Social Inequality 주제에서 나열한 영역의 조합으로 옳은 것은?',
      en: 'Which set of areas did the lecture list under Social Inequality?',
    },
    choices: [
      { ko: '영화 추천, 게임, 음악, 쇼핑, 광고', en: 'Movie recs, games, music, shopping, ads' },
      { ko: '번역, 요약, 검색, 채팅, 작문', en: 'Translation, summarization, search, chat, writing' },
      { ko: '기상 예측, 교통, 농업, 에너지, 물류', en: 'Weather, traffic, farming, energy, logistics' },
      { ko: '의료 영상, 신약 개발, 임상 검증', en: 'Medical imaging, drug discovery, clinical validation' },
      {
        ko: 'Housing, 건강 보험, 신용 등급, 고용, legal decision',
        en: 'Housing, health insurance, credit rating, employment, legal decisions',
      },
    ],
    answer: 4,
    explanation: {
      ko: "노트의 'Social Inequality' 아래에는 'Housing, 건강 보험, 신용 등급, 고용, legal decision'이 나열되어 있습니다. 모두 AI의 자동화된 결정이 사람의 삶의 기회를 좌우하는 영역입니다. 의료 영상·신약 개발은 AI for Health 쪽입니다.",
      en: "Under 'Social Inequality' the notes list 'Housing, health insurance, credit rating, employment, legal decisions' — areas where automated AI decisions shape people's life chances. Medical imaging and drug discovery belong to AI for Health.",
    },
  },
  {
    id: 'ethics-12',
    lecture: 'ethics',
    section: 'inequality',
    difficulty: 'medium',
    prompt: {
      ko: '다음 중 강의의 Social Inequality 목록에 들어 있지 않은 영역은?',
      en: "Which area is NOT in the lecture's Social Inequality list?",
    },
    choices: [
      { ko: '음악 추천', en: 'Music recommendation' },
      { ko: '신용 등급', en: 'Credit rating' },
      { ko: '고용', en: 'Employment' },
      { ko: '건강 보험', en: 'Health insurance' },
    ],
    answer: 0,
    explanation: {
      ko: "목록은 'Housing, 건강 보험, 신용 등급, 고용, legal decision'입니다. 신용 등급·고용·건강 보험은 모두 들어 있고, 음악 추천은 없습니다.",
      en: "The list is 'Housing, health insurance, credit rating, employment, legal decisions'. Credit rating, employment and health insurance are on it; music recommendation is not.",
    },
  },
  {
    id: 'ethics-13',
    lecture: 'ethics',
    section: 'inequality',
    difficulty: 'medium',
    prompt: {
      ko: '과거 채용 기록으로 학습한 채용(고용) 모델이 특정 집단을 계속 불리하게 평가하는 주된 이유는?',
      en: 'Why does a hiring model trained on past hiring records keep rating a certain group unfavourably?',
    },
    choices: [
      { ko: '모델이 너무 빨리 학습해서', en: 'The model trained too fast' },
      { ko: '채용 공고가 영어로 쓰여서', en: 'The job postings were written in English' },
      {
        ko: '과거 데이터에 담긴 편향을 그대로 학습해서',
        en: 'It learned the bias contained in the historical data',
      },
      { ko: 'GPU 메모리가 부족해서', en: 'It ran out of GPU memory' },
    ],
    answer: 2,
    explanation: {
      ko: '과거의 결정에 차별이 있었다면 그 기록이 곧 학습 데이터의 정답이 되어, 모델은 그 편향을 배우고 자동으로 반복합니다. 고용처럼 삶의 기회가 걸린 영역에서 AI가 불평등을 키우는 대표적인 경로입니다.',
      en: 'If past decisions were discriminatory, those records become the training labels, so the model learns the bias and repeats it automatically. This is a main way AI deepens inequality in life-shaping areas such as employment.',
    },
  },
  {
    id: 'ethics-14',
    lecture: 'ethics',
    section: 'inequality',
    difficulty: 'hard',
    prompt: {
      ko: '인종 같은 민감 속성을 입력에서 뺐는데도 주택 대출 모델이 여전히 차별적일 수 있는 이유는?',
      en: 'Why can a home-loan model still discriminate after sensitive attributes such as race are removed from its inputs?',
    },
    choices: [
      {
        ko: '민감 속성을 빼면 모델이 학습을 못 해서',
        en: 'Without sensitive attributes the model cannot learn',
      },
      { ko: '대출 모델은 원래 공정성과 무관해서', en: 'Loan models have nothing to do with fairness' },
      { ko: '민감 속성을 빼면 정확도가 100%가 되어서', en: 'Removing them makes accuracy 100%' },
      {
        ko: '우편번호 같은 대리 변수(proxy)가 민감 속성을 대신 드러내서',
        en: 'Proxy variables such as postcode reveal the sensitive attribute',
      },
    ],
    answer: 3,
    explanation: {
      ko: '우편번호(거주 지역)처럼 민감 속성과 강하게 연관된 변수가 남아 있으면, 모델은 그 대리 변수를 통해 사실상 같은 차별을 재현합니다. 그래서 민감 속성을 지우는 것만으로는 공정성이 보장되지 않습니다.',
      en: 'If variables strongly linked to the sensitive attribute remain, such as postcode (where someone lives), the model reproduces the same discrimination through that proxy. Deleting the sensitive attribute alone does not guarantee fairness.',
    },
  },
  {
    id: 'ethics-15',
    lecture: 'ethics',
    section: 'inequality',
    difficulty: 'hard',
    prompt: {
      ko: 'AI의 결정 결과가 다시 다음 학습 데이터가 되어 불평등을 점점 키우는 현상을 무엇이라 하나요?',
      en: "What is it called when an AI's decisions become its next training data and widen inequality over time?",
    },
    choices: [
      { ko: '데이터 최소화', en: 'Data minimization' },
      { ko: '피드백 루프 (feedback loop)', en: 'Feedback loop' },
      { ko: '워터마킹', en: 'Watermarking' },
    ],
    answer: 1,
    explanation: {
      ko: '예를 들어 대출을 거절당한 집단은 상환 기록을 쌓을 기회가 없어 다음 모델에서도 다시 거절됩니다. 이렇게 결정이 데이터로 되먹임되어 격차가 커지는 것이 피드백 루프입니다.',
      en: 'For example, a group refused loans never gets to build a repayment record, so the next model refuses it again. Decisions feeding back into the data and widening the gap is a feedback loop.',
    },
  },
  {
    id: 'ethics-16',
    lecture: 'ethics',
    section: 'misinformation',
    difficulty: 'easy',
    prompt: {
      ko: 'AI로 실제 인물의 얼굴이나 목소리를 조작해 만든 가짜 영상·음성을 무엇이라 하나요?',
      en: "What do we call fake video or audio made by using AI to manipulate a real person's face or voice?",
    },
    choices: [
      { ko: '워터마크', en: 'A watermark' },
      { ko: '팩트체크', en: 'A fact-check' },
      { ko: '딥페이크 (deepfake)', en: 'A deepfake' },
      { ko: '개체명 인식', en: 'Named entity recognition' },
    ],
    answer: 2,
    explanation: {
      ko: '딥페이크는 생성 AI로 만든 조작 영상·음성으로, Misinformation(허위 정보)의 대표적인 예입니다. 워터마크와 팩트체크는 오히려 이에 대한 대응책입니다.',
      en: 'A deepfake is manipulated video or audio made with generative AI, a typical case of misinformation. Watermarks and fact-checks are countermeasures against it.',
    },
  },
  {
    id: 'ethics-17',
    lecture: 'ethics',
    section: 'misinformation',
    difficulty: 'medium',
    prompt: {
      ko: '대규모 언어 모델(LLM)이 사실이 아닌 내용을 그럴듯하게 생성하는 현상은?',
      en: 'What is it called when a large language model (LLM) generates plausible-sounding content that is not true?',
    },
    choices: [
      { ko: '환각 (hallucination)', en: 'Hallucination' },
      { ko: '멤버십 추론', en: 'Membership inference' },
      { ko: '인구통계적 동등성', en: 'Demographic parity' },
      { ko: '데이터 버전 관리', en: 'Data version control' },
    ],
    answer: 0,
    explanation: {
      ko: 'LLM이 자신 있게 틀린 내용을 만들어 내는 것을 환각이라 합니다. 사용자가 이를 사실로 믿고 퍼뜨리면 허위 정보가 됩니다. 나머지는 프라이버시 공격, 공정성 지표, 데이터 관리 용어입니다.',
      en: 'An LLM confidently producing false content is called hallucination; if users believe and share it, it becomes misinformation. The others are a privacy attack, a fairness metric and a data-management term.',
    },
  },
  {
    id: 'ethics-18',
    lecture: 'ethics',
    section: 'misinformation',
    difficulty: 'medium',
    prompt: {
      ko: 'AI로 인한 허위 정보(misinformation)에 대한 대응책으로 알맞은 것은?',
      en: 'Which is a countermeasure against AI-driven misinformation?',
    },
    choices: [
      {
        ko: '추천 알고리즘이 자극적인 콘텐츠를 더 많이 노출하게 한다',
        en: 'Make recommenders show more sensational content',
      },
      { ko: '생성 콘텐츠의 출처 표시를 없앤다', en: 'Remove provenance labels from generated content' },
      { ko: '생성 모델의 출력을 검토 없이 그대로 게시한다', en: 'Publish generated output without review' },
      { ko: '출처 추적·워터마킹과 팩트체크', en: 'Provenance tracking, watermarking and fact-checking' },
    ],
    answer: 3,
    explanation: {
      ko: '콘텐츠가 어디서 왔는지 추적하고(출처·provenance), 생성물임을 표시하며(워터마킹), 사실 여부를 검증하는 것(팩트체크)이 대표적인 대응책입니다. 나머지 보기는 허위 정보를 오히려 퍼뜨립니다.',
      en: 'Tracing where content came from (provenance), marking generated content (watermarking) and checking claims (fact-checking) are standard countermeasures. The other options spread misinformation further.',
    },
  },
  {
    id: 'ethics-19',
    lecture: 'ethics',
    section: 'misinformation',
    difficulty: 'hard',
    prompt: {
      ko: '추천 시스템이 허위 정보 문제를 키울 수 있는 방식으로 알맞은 것은?',
      en: 'How can recommendation systems make the misinformation problem worse?',
    },
    choices: [
      { ko: '모든 콘텐츠를 똑같이 적게 노출해서', en: 'By showing all content equally rarely' },
      {
        ko: '반응이 큰 허위 콘텐츠를 더 널리 퍼뜨려(증폭해서)',
        en: 'By amplifying engaging false content to ever more people',
      },
      { ko: '사용자가 직접 검색하게 해서', en: 'By making users search for themselves' },
    ],
    answer: 1,
    explanation: {
      ko: '추천 시스템은 클릭·공유 같은 반응이 큰 콘텐츠를 더 많이 노출하는데, 자극적인 허위 정보가 반응을 많이 얻으면 더 널리 증폭됩니다. 이것이 추천에 의한 증폭(amplification)입니다.',
      en: 'Recommenders show more of whatever gets clicks and shares; when sensational false content gets that engagement, it is amplified to more people. This is recommendation amplification.',
    },
  },
  {
    id: 'ethics-20',
    lecture: 'ethics',
    section: 'health',
    difficulty: 'easy',
    prompt: {
      ko: "강의 주제 'AI for Health'에서 AI를 활용하는 예로 알맞은 것은?",
      en: "Which is an example of using AI under the lecture's 'AI for Health' topic?",
    },
    choices: [
      { ko: '신용 등급 산정', en: 'Credit scoring' },
      {
        ko: '의료 영상을 이용한 진단 보조와 신약 개발',
        en: 'Diagnosis support from medical images, and drug discovery',
      },
      { ko: '웹 크롤러 개발', en: 'Building web crawlers' },
      { ko: '목적형 대화', en: 'Task-oriented dialogue' },
    ],
    answer: 1,
    explanation: {
      ko: '의료 영상을 읽어 의사의 진단을 돕는 것과 신약 후보를 찾는 것이 AI for Health의 대표적인 활용입니다. 신용 등급은 Social Inequality 목록의 영역이고, 나머지는 다른 강의 내용입니다.',
      en: 'Reading medical images to support diagnosis and finding drug candidates are typical AI-for-Health uses. Credit rating is in the Social Inequality list, and the others come from other lectures.',
    },
  },
  {
    id: 'ethics-21',
    lecture: 'ethics',
    section: 'health',
    difficulty: 'medium',
    prompt: {
      ko: '의료 AI를 실제 진료 현장에 쓰기 전에 필요한 것으로 알맞은 것은?',
      en: 'What is needed before medical AI is used in real clinical practice?',
    },
    choices: [
      {
        ko: '학습 데이터에서 정확도만 높으면 충분하다',
        en: 'High accuracy on the training data is enough',
      },
      { ko: '의사 확인 없이 자동으로 적용한다', en: 'Apply it automatically with no doctor checking' },
      {
        ko: '임상 검증과 여러 인구 집단에서의 성능 확인',
        en: 'Clinical validation and checking performance across populations',
      },
      { ko: '가장 쉬운 Framework로 빠르게 배포한다', en: 'Ship it fast with the easiest framework' },
    ],
    answer: 2,
    explanation: {
      ko: '의료 AI는 실제 환자를 대상으로 한 임상 검증이 필요하고, 성별·연령·인종 등 여러 집단에서 고르게 잘 작동하는지 확인해야 합니다. 학습 데이터 성능만으로는 현장 성능을 보장할 수 없습니다.',
      en: 'Medical AI needs clinical validation on real patients and checks that it works well across groups (sex, age, ethnicity…). Performance on the training data does not guarantee performance in the clinic.',
    },
  },
  {
    id: 'ethics-22',
    lecture: 'ethics',
    section: 'health',
    difficulty: 'hard',
    prompt: {
      ko: '한 인구 집단의 데이터로만 학습한 의료 영상 진단 모델에 대해 가장 우려되는 점은?',
      en: 'What is the main concern about a medical-imaging diagnosis model trained on data from only one population?',
    },
    choices: [
      { ko: '모델 파일이 너무 커진다', en: 'The model file becomes too large' },
      { ko: '진단 속도가 너무 빨라진다', en: 'Diagnosis becomes too fast' },
      { ko: '신약 개발에 쓸 수 없게 된다', en: 'It can no longer be used for drug discovery' },
      {
        ko: '다른 인구 집단에서는 성능이 떨어질 수 있다',
        en: 'It may perform worse on other populations',
      },
    ],
    answer: 3,
    explanation: {
      ko: '학습 데이터에 없던 집단의 환자에게는 모델이 덜 정확할 수 있고, 그 피해는 그 집단에 몰립니다. 그래서 의료 AI는 여러 인구 집단에서의 성능을 따로 확인해야 합니다.',
      en: 'The model may be less accurate for patients from groups missing from its training data, and the harm falls on those groups. That is why medical AI must be checked for performance across populations.',
    },
  },
  {
    id: 'ethics-23',
    lecture: 'ethics',
    section: 'health',
    difficulty: 'medium',
    prompt: {
      ko: '의료 AI가 잘못된 진단을 내릴 경우에 대비해 미리 정해 두어야 하는 것은?',
      en: 'What should be settled in advance for the case where a medical AI makes a wrong diagnosis?',
    },
    choices: [
      { ko: '누가 책임지는지 (책임 소재)', en: 'Who is accountable' },
      { ko: '오진 기록을 삭제하는 절차', en: 'A procedure for deleting records of the error' },
      { ko: '환자에게 알리지 않는 방침', en: 'A policy of not telling patients' },
    ],
    answer: 0,
    explanation: {
      ko: '의료 AI는 사람의 건강에 직접 영향을 주므로, 오류가 났을 때 개발사·병원·의사 중 누가 책임지는지(accountability)가 분명해야 합니다. 기록을 지우거나 숨기는 것은 책임을 피하는 것입니다.',
      en: "Medical AI directly affects people's health, so it must be clear who (developer, hospital, doctor) is accountable when it errs. Deleting or hiding records is evading accountability.",
    },
  },
];
