import { onComponent } from '../../core/command.js';
import { privateReply, updateReply } from '../../core/reply.js';
import type { ComponentRequest } from '../../core/requests.js';
import { userError } from '../../i18n/index.js';
import { lectureBySlug } from '../shared/lookup.js';
import { recordRead } from './command.js';
import type { SummaryDeps } from './deps.js';
import { pagesOf, summaryMessage } from './messages.js';
import { sectionButton, sectionMenu } from './routes.js';

function open(request: ComponentRequest, slug: string, sectionId: string | undefined, deps: SummaryDeps) {
  const lecture = lectureBySlug(request, slug, deps.catalog);
  const index = lecture && sectionId !== undefined ? lecture.sections.findIndex((section) => section.id === sectionId) : -1;
  if (!lecture || index < 0) throw userError('error.staleComponent');
  recordRead(request, lecture, index, deps);
  return { lecture, index };
}

/** Previous / next move the message; 'open' (from a quiz verdict) opens the section privately so the verdict stays readable. */
export const sectionButtonHandler = onComponent(sectionButton, (request, [action, locale, slug, sectionId, page = 0], deps: SummaryDeps) => {
  const { lecture, index } = open(request, slug, sectionId, deps);
  if (page >= pagesOf(lecture.sections[index]!, locale).length) throw userError('error.staleComponent');
  const message = summaryMessage(lecture, index, locale, page);
  return action === 'open' ? privateReply(message) : updateReply(message);
});

export const sectionMenuHandler = onComponent(sectionMenu, (request, [, locale, slug], deps: SummaryDeps) => {
  const { lecture, index } = open(request, slug, request.values[0], deps);
  return updateReply(summaryMessage(lecture, index, locale));
});
