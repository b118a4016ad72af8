/** Korean strings: the source language. Every key here must exist in `en.ts` too (type-checked). */
export const ko = {
  'error.unknownTopic': '`{input}` 강의를 찾을 수 없어요. 가능한 주제: {choices}',
  'error.unknownSection': '`{lecture}` 강의에 `{input}` 섹션이 없어요. 가능한 섹션: {choices}',
  'error.staleComponent': '이 버튼은 더 이상 쓸 수 없어요. 명령어를 다시 실행해 주세요. (예: `/summary fullstack`)',
  'error.unknownCommand': '`/{name}` 명령어는 없어요. `/help`로 명령어 목록을 볼 수 있어요.',
  'error.generic': '문제가 생겨 요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.',
  'error.guildOnly': '이 명령어는 서버 채널에서만 쓸 수 있어요.',

  'summary.speaker': '강연자: {speaker}',
  'summary.footer': '{lecture} · 섹션 {index}/{total}',
  'summary.diagram': '그림 {index}/{total}: {caption}',
  'summary.prev': '이전',
  'summary.next': '다음',
  'summary.pick': '섹션으로 이동…',

  'help.title': '스터디 봇 도움말',
  'help.description':
    '강의 노트를 디스코드에서 계속 살아 있게 하는 스터디 봇이에요. 강의 요약을 읽고, 퀴즈를 풀고, 체크리스트를 채우며 함께 공부해요.',
  'help.commands': '명령어',
  'help.summary': '`/summary topic:<주제> [section] [private]` 강의 요약을 보여줘요. 예: `/summary fullstack`, `/summary nlp section:klue`',
  'help.help': '`/help` 이 도움말을 보여줘요.',
  'help.topics': '주제',
  'help.topicLine': '`{slug}` {title} ({speaker}) — {blurb}',

  'console.noToken': 'DISCORD_TOKEN이 없어 로컬 콘솔로 시작해요 (데이터베이스: {path}). /help 를 입력해 보세요. 종료: exit',
  'console.badValue': '`{option}` 값 `{value}`을(를) 이해하지 못했어요. 예: {expected}',
  'console.needsSubcommand': '`/{command}` 다음에 하위 명령어가 필요해요: {choices}',
  'console.unexpected': '`{words}`은(는) `/{command}`의 옵션이 아니에요. `/help`를 참고하세요.',
  'console.missing': '`/{command}`에 필요한 옵션이 빠졌어요: {options}. 예: `/summary fullstack`',
  'console.notACommand': '명령어는 `/`로 시작해요 (예: `/summary fullstack`). 버튼은 번호로 골라요. 종료: exit',
  'console.noSuchChoice': '{number}번 선택지는 없어요. 마지막 메시지의 번호 중에서 골라 주세요.',
  'console.failed': '요청을 처리하지 못했어요: {message}',
} as const;

export type MessageKey = keyof typeof ko;
