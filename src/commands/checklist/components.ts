import { onComponent } from '../../core/command.js';
import { updateReply } from '../../core/reply.js';
import { userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { overview, showChecklist } from './command.js';
import type { ChecklistDeps } from './deps.js';
import { homeButton, itemsMenu, openMenu } from './routes.js';

export const homeHandler = onComponent(homeButton, (request, _args, deps: ChecklistDeps) => updateReply(overview(requireGuild(request), request, deps)));

export const openHandler = onComponent(openMenu, (request, _args, deps: ChecklistDeps) => {
  const guildId = requireGuild(request);
  const checklist = deps.catalog.checklists(guildId).find((c) => c.slug === request.values[0]);
  if (!checklist) throw userError('error.staleComponent');
  return updateReply(showChecklist(guildId, request, checklist, deps));
});

/** The selected values are the checked items; anything not on the list means the menu is out of date. */
export const itemsHandler = onComponent(itemsMenu, (request, [, slug], deps: ChecklistDeps) => {
  const guildId = requireGuild(request);
  const checklist = deps.catalog.checklists(guildId).find((c) => c.slug === slug);
  if (!checklist) throw userError('error.staleComponent');
  const known = checklist.items.map((item) => item.id);
  const wanted = new Set(request.values);
  if ([...wanted].some((id) => !known.includes(id))) throw userError('error.staleComponent');
  deps.progress.setChecklist(guildId, request.userId, checklist.slug, known, wanted, deps.clock.now());
  return updateReply(showChecklist(guildId, request, checklist, deps));
});
