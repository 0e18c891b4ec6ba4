import { posix } from 'node:path';
import * as ts from 'typescript';

/** An import or re-export in a source file, before resolution. */
interface RawImport {
  specifier: string;
  /** Imported names; null when the whole module is used (namespace, default, side effect, `export *`). */
  names: string[] | null;
  typeOnly: boolean;
}

interface ModuleInfo {
  imports: RawImport[];
  /** Names declared in the file and exported from it: a value (class, function, const, enum) or a type only. */
  declared: Map<string, 'value' | 'type'>;
  /** `export { a as b } from './x'` and `import { a } from './x'; export { a as b }`: b → (x, a). */
  reexported: Map<string, { specifier: string; name: string }>;
  /** `export * from './x'`. */
  starFrom: string[];
}

/** One dependency between two files, after following named imports through barrels of another project. */
export interface Edge {
  from: string;
  to: string;
  /** True when every import behind the edge is type-only (`import type`). */
  typeOnly: boolean;
  /** The names imported along the edge; null when the whole module is (namespace, `export *`, side effect). */
  names: string[] | null;
}

/** Path aliases of tsconfig.json: `@app/<lib>` and `@app/<lib>/<path>`. */
const ALIAS = /^@app\/([a-z-]+)(\/.*)?$/;

export function parseModule(file: string, text: string): ModuleInfo {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const info: ModuleInfo = { imports: [], declared: new Map(), reexported: new Map(), starFrom: [] };
  const importedLocals = new Map<string, { specifier: string; name: string }>();
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      const typeOnly = clause?.isTypeOnly ?? false;
      const bindings = clause?.namedBindings;
      if (clause && !clause.name && bindings && ts.isNamedImports(bindings)) {
        const names = bindings.elements.map((e) => (e.propertyName ?? e.name).text);
        const allTypes = typeOnly || bindings.elements.every((e) => e.isTypeOnly);
        for (const e of bindings.elements) {
          importedLocals.set(e.name.text, { specifier, name: (e.propertyName ?? e.name).text });
        }
        info.imports.push({ specifier, names, typeOnly: allTypes });
      } else {
        info.imports.push({ specifier, names: null, typeOnly });
      }
    } else if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : null;
      const clause = statement.exportClause;
      if (specifier && !clause) {
        info.starFrom.push(specifier);
        info.imports.push({ specifier, names: null, typeOnly: statement.isTypeOnly });
      } else if (specifier && clause && ts.isNamespaceExport(clause)) {
        info.declared.set(clause.name.text, 'value');
        info.imports.push({ specifier, names: null, typeOnly: statement.isTypeOnly });
      } else if (clause && ts.isNamedExports(clause)) {
        for (const e of clause.elements) {
          const local = (e.propertyName ?? e.name).text;
          if (specifier) info.reexported.set(e.name.text, { specifier, name: local });
          else if (importedLocals.has(local)) info.reexported.set(e.name.text, importedLocals.get(local)!);
          else info.declared.set(e.name.text, e.isTypeOnly || statement.isTypeOnly ? 'type' : 'value');
        }
        if (specifier) {
          const names = clause.elements.map((e) => (e.propertyName ?? e.name).text);
          info.imports.push({ specifier, names, typeOnly: statement.isTypeOnly });
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      info.declared.set('default', 'value');
    } else if (exported(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (ts.isIdentifier(d.name)) info.declared.set(d.name.text, 'value');
        }
      } else if (
        (ts.isClassDeclaration(statement) ||
          ts.isFunctionDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement) ||
          ts.isEnumDeclaration(statement) ||
          ts.isModuleDeclaration(statement)) &&
        statement.name
      ) {
        const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
        info.declared.set(statement.name.text, typeOnly ? 'type' : 'value');
      }
    }
  }
  // Dynamic imports (`await import('./x')`) anywhere in the file.
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      info.imports.push({ specifier: node.arguments[0].text, names: null, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return info;
}

/**
 * The files of a project and the dependencies between them. Relative imports and the `@app/*` aliases are
 * resolved to files; packages are left out. A named import from another project's barrel (`@app/grants`) is
 * followed to the file that declares the name, so a dependency on the barrel becomes a dependency on the stage
 * that owns the name. Inside one project an import of a barrel stays an import of the barrel (it loads it all).
 */
export class ImportGraph {
  private readonly modules = new Map<string, ModuleInfo>();

  constructor(files: ReadonlyMap<string, string>) {
    for (const [file, text] of files) this.modules.set(file, parseModule(file, text));
  }

  get files(): string[] {
    return [...this.modules.keys()];
  }

  /** The file a specifier names, or null for a package (or a file outside the project). */
  resolve(from: string, specifier: string): string | null {
    let base: string;
    const alias = ALIAS.exec(specifier);
    if (alias) base = `libs/${alias[1]}/src${alias[2] ?? ''}`;
    else if (specifier.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(from), specifier));
    else return null;
    for (const candidate of [
      `${base}.ts`,
      `${base}.tsx`,
      `${base}.d.ts`,
      `${base}/index.ts`,
      `${base}/index.tsx`,
      base,
    ]) {
      if (this.modules.has(candidate)) return candidate;
    }
    return null;
  }

  /** The file that declares an exported name of a module, following re-exports. */
  declaringFile(file: string, name: string, seen = new Set<string>()): string | null {
    if (seen.has(file)) return null;
    seen.add(file);
    const info = this.modules.get(file);
    if (!info) return null;
    if (info.declared.has(name)) return file;
    const re = info.reexported.get(name);
    if (re) {
      const target = this.resolve(file, re.specifier);
      return target ? this.declaringFile(target, re.name, seen) : null;
    }
    for (const specifier of info.starFrom) {
      const target = this.resolve(file, specifier);
      const found = target ? this.declaringFile(target, name, seen) : null;
      if (found) return found;
    }
    return null;
  }

  /** Every name a module exports (its own and re-exported), with the file that declares it. */
  exportedNames(file: string, seen = new Set<string>()): Map<string, string> {
    const names = new Map<string, string>();
    if (seen.has(file)) return names;
    seen.add(file);
    const info = this.modules.get(file);
    if (!info) return names;
    for (const name of info.declared.keys()) names.set(name, file);
    for (const [name, re] of info.reexported) {
      const target = this.resolve(file, re.specifier);
      names.set(name, (target && this.declaringFile(target, re.name)) ?? target ?? file);
    }
    for (const specifier of info.starFrom) {
      const target = this.resolve(file, specifier);
      if (!target) continue;
      for (const [name, declaring] of this.exportedNames(target, seen)) {
        if (name !== 'default' && !names.has(name)) names.set(name, declaring);
      }
    }
    return names;
  }

  /** Whether a file's exported name is a value or a type only. */
  kindOf(file: string, name: string): 'value' | 'type' {
    return this.modules.get(file)?.declared.get(name) ?? 'value';
  }

  /** The names a file imports from a module (null: the whole module). */
  importsOf(file: string): { target: string; names: string[] | null; typeOnly: boolean }[] {
    const info = this.modules.get(file);
    if (!info) return [];
    const result: { target: string; names: string[] | null; typeOnly: boolean }[] = [];
    for (const raw of info.imports) {
      const target = this.resolve(file, raw.specifier);
      if (target) result.push({ target, names: raw.names, typeOnly: raw.typeOnly });
    }
    return result;
  }

  /** The dependencies between files (one edge per pair). */
  edges(): Edge[] {
    const byPair = new Map<string, Edge>();
    const add = (from: string, to: string, typeOnly: boolean, names: string[] | null): void => {
      if (from === to) return;
      const key = `${from}\n${to}`;
      const existing = byPair.get(key);
      if (!existing) {
        byPair.set(key, { from, to, typeOnly, names: names && [...names] });
        return;
      }
      existing.typeOnly &&= typeOnly;
      existing.names = existing.names && names ? [...new Set([...existing.names, ...names])] : null;
    };
    for (const file of this.modules.keys()) {
      for (const { target, names, typeOnly } of this.importsOf(file)) {
        const crossProject = project(file) !== project(target);
        if (names && crossProject) {
          for (const name of names) add(file, this.declaringFile(target, name) ?? target, typeOnly, [name]);
        } else {
          add(file, target, typeOnly, names);
        }
      }
    }
    return [...byPair.values()];
  }
}

/** `apps/api`, `libs/grants`, …: the project a file is part of. */
export function project(file: string): string {
  return file.split('/').slice(0, 2).join('/');
}
