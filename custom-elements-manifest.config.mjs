/**
 * Configuration of `@custom-elements-manifest/analyzer`: `npm run manifest` (part of `npm run build`)
 * writes `custom-elements.json`, the Custom Elements Manifest of every public element — tag names,
 * attributes, properties, events, slots, CSS parts and custom properties — from the sources and their
 * JSDoc (`@element`, `@attr`, `@fires`, `@slot`, `@csspart`, `@cssprop`). See docs/development.md.
 *
 * Besides the analyzer's Lit support, the plugins below
 * - register the tags of `defineElement('ozg-…', Class)` (and of the field map in
 *   src/fields/define-fields.ts) as `custom-element-definition` exports of the defining module;
 * - drop events the analyzer reads from `this.dispatchEvent(new CustomEvent(type …))` with a computed
 *   name (the `emit()` helpers): those events are declared with `@fires` instead;
 * - keep the public API only (no private or protected members, no `styles`), so the manifest stays small,
 *   and give attribute-backed properties the description of their attribute;
 * - point module paths at the published JavaScript (`dist/lib/…/x.js`), not at the TypeScript sources.
 */

/** Directory of the npm build (tsconfig.build.json); module paths in the manifest point there. */
const LIB_DIR = 'dist/lib';

export default {
  globs: ['widgets/**/*.ts', 'src/fields/**/*.ts', 'src/ui/ozg-element.ts'],
  exclude: [
    // Wording catalogs and style sheets: no API of their own.
    '**/messages*.ts',
    '**/*-messages*.ts',
    '**/styles.ts',
    '**/*-styles.ts',
  ],
  outdir: '.',
  litelement: true,
  // The `customElements` field is written into package.json by hand, once; the analyzer must not rewrite the file.
  packagejson: false,
  plugins: [definitionsFromDefineElement(), noComputedEventNames(), publicApiOnly(), publishedPaths()],
};

/** `defineElement('ozg-x', OzgX)` and `for (… of Object.entries(MAP)) defineElement(…)` at module level. */
function definitionsFromDefineElement() {
  return {
    name: 'ozg - defineElement() definitions',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      const definitions = [];
      const callOf = (statement) =>
        ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression) && statement.expression.expression.getText() === 'defineElement'
          ? statement.expression
          : undefined;
      for (const statement of node.statements) {
        const call = callOf(statement);
        const [tag, klass] = call?.arguments ?? [];
        if (tag && klass && ts.isStringLiteral(tag) && ts.isIdentifier(klass)) definitions.push([tag.text, klass.text]);
        // for (const [name, constructor] of Object.entries(FIELD_ELEMENTS)) defineElement(name, constructor);
        if (ts.isForOfStatement(statement) && callOf(ts.isBlock(statement.statement) ? statement.statement.statements[0] : statement.statement)) {
          const source = statement.expression;
          const mapName = ts.isCallExpression(source) && source.expression.getText() === 'Object.entries' ? source.arguments[0]?.getText() : undefined;
          for (const map of mapsNamed(ts, node, mapName)) {
            for (const entry of map.properties) {
              if (ts.isPropertyAssignment(entry) && ts.isStringLiteral(entry.name) && ts.isIdentifier(entry.initializer)) {
                definitions.push([entry.name.text, entry.initializer.text]);
              }
            }
          }
        }
      }
      for (const [tag, className] of definitions) {
        const imported = context.imports?.find((item) => item.name === className);
        const module = imported && !imported.isBareModuleSpecifier ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1) : moduleDoc.path;
        moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } }];
      }
    },
  };
}

/** Object literals assigned to `const NAME = { … }` (also `{ … } as const`) at module level. */
function mapsNamed(ts, sourceFile, name) {
  if (!name) return [];
  const maps = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText() !== name || !declaration.initializer) continue;
      let value = declaration.initializer;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression?.(value) || ts.isParenthesizedExpression(value)) value = value.expression;
      if (ts.isObjectLiteralExpression(value)) maps.push(value);
    }
  }
  return maps;
}

/**
 * The analyzer names an event after the first argument of `new CustomEvent(…)` in a
 * `this.dispatchEvent` call, also when that is a variable (`type` in the `emit()` helpers).
 */
function noComputedEventNames() {
  return {
    name: 'ozg - no computed event names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const computed = new Set();
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isPropertyAccessExpression(child.expression) &&
          child.expression.name.text === 'dispatchEvent' &&
          child.expression.expression.kind === ts.SyntaxKind.ThisKeyword
        ) {
          for (const argument of child.arguments) {
            const first = ts.isNewExpression(argument) ? argument.arguments?.[0] : undefined;
            if (first && !ts.isStringLiteralLike(first)) computed.add(first.getText());
          }
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
      const declaration = moduleDoc.declarations?.find((item) => item.name === node.name.text);
      if (declaration?.events) declaration.events = declaration.events.filter((event) => event.name && !computed.has(event.name));
    },
  };
}

/** Members that are part of the public API; abstract base classes are no custom elements of their own. */
function publicApiOnly() {
  const implementation = new Set(['styles', 'shadowRootOptions']);
  return {
    name: 'ozg - public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = declaration.members?.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !(member.static && implementation.has(member.name)),
          );
          // A property backed by an attribute is described once, with the attribute (`@attr`).
          for (const member of declaration.members ?? []) {
            const attribute = member.attribute && declaration.attributes?.find((item) => item.name === member.attribute);
            if (!member.description && attribute?.description) member.description = attribute.description;
          }
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

/** `widgets/kiosk/kiosk.ts` → `dist/lib/widgets/kiosk/kiosk.js`, also in references (`./kiosk.js` from widgets/kiosk/index.ts). */
function publishedPaths() {
  const published = (path, from) => {
    let resolved = path;
    if (path.startsWith('./') || path.startsWith('../')) resolved = new URL(path, `file:///${from}`).pathname.slice(1);
    else if (path.startsWith('/')) resolved = path.slice(1);
    return `${LIB_DIR}/${resolved.replace(/\.ts$/, '.js')}`;
  };
  const rewriteReferences = (value, from) => {
    if (Array.isArray(value)) {
      for (const item of value) rewriteReferences(item, from);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'module' && typeof item === 'string') value.module = published(item, from);
        else rewriteReferences(item, from);
      }
    }
  };
  return {
    name: 'ozg - published paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        rewriteReferences(module.declarations, module.path);
        rewriteReferences(module.exports, module.path);
        module.path = published(module.path, module.path);
      }
    },
  };
}
