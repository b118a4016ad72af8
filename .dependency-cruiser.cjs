/**
 * The layers of src/, and the one direction dependencies may point (see README "Layout"):
 *   core ← domain · content · i18n ← cards · db ← services ← commands (features) ← app ← discord · console ← index
 * Type-only imports count too (tsPreCompilationDeps), so a cycle cannot hide behind `import type`.
 */
const layer = (name, path, mayUse) => ({
  name: `${name}-uses-only-lower-layers`,
  comment: `${name} may import only: ${mayUse.join(', ') || 'nothing of src'}`,
  severity: 'error',
  from: { path },
  to: { path: '^src/', pathNot: [path, ...mayUse.map((p) => `^src/${p}/`)] },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    layer('core', '^src/core/', []),
    layer('domain', '^src/domain/', ['core']),
    layer('content', '^src/content/', ['core']),
    layer('i18n', '^src/i18n/', ['core']),
    layer('cards', '^src/cards/', ['core', 'domain', 'i18n', 'content']),
    layer('db', '^src/db/', ['core', 'domain', 'content']),
    layer('services', '^src/services/', ['core', 'domain', 'content', 'i18n', 'db']),
    layer('commands', '^src/commands/', ['core', 'domain', 'content', 'i18n', 'cards', 'db', 'services', 'commands']),
    layer('app', '^src/app/', ['core', 'domain', 'content', 'i18n', 'db', 'services', 'commands']),
    layer('discord', '^src/discord/', ['core', 'domain', 'i18n', 'db', 'services', 'app', 'commands']),
    layer('console', '^src/console/', ['core', 'domain', 'i18n', 'app']),
    {
      name: 'features-meet-only-through-messages',
      comment: 'a feature may use another feature’s message builders (messages.ts) and nothing else of it; src/commands/shared is for all',
      severity: 'error',
      from: { path: '^src/commands/([^/]+)/' },
      to: { path: '^src/commands/', pathNot: ['^src/commands/$1/', '^src/commands/shared/', '^src/commands/[^/]+/messages\\.ts$'] },
    },
    {
      name: 'config-and-logger-at-the-top',
      comment: 'the environment and the log set-up are read by the entry points only',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/index\\.ts$', '^src/deploy\\.ts$', '^src/proxy\\.ts$', '^src/(config|logger)\\.ts$'] },
      to: { path: '^src/(config|logger)\\.ts$' },
    },
    { name: 'no-orphans', severity: 'error', from: { orphan: true, path: '^src/', pathNot: ['^src/(index|deploy|proxy)\\.ts$', '\\.d\\.ts$'] }, to: {} },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
    moduleSystems: ['es6'],
  },
};
