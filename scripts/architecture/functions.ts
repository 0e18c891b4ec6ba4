import * as ts from 'typescript';

export interface FunctionLength {
  file: string;
  /** `Class.method`, `functionName`, `variable` for an arrow function, or `(callback)` in its enclosing name. */
  name: string;
  line: number;
  lines: number;
}

/**
 * The length in lines of every function with a body: declarations, methods, constructors, accessors, function
 * expressions and arrow functions with a block. A function runs from its signature (after decorators and comments)
 * to its closing brace. A named function inside another counts on its own too; an unnamed callback inside a
 * function (`db.transaction(async (manager) => …)`) is only part of its parent.
 */
export function functionLengths(file: string, text: string): FunctionLength[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: FunctionLength[] = [];
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;

  const visit = (node: ts.Node, enclosing: string, insideFunction: boolean): void => {
    let name = enclosing;
    if (isMeasured(node) && node.body && (!ts.isArrowFunction(node) || ts.isBlock(node.body))) {
      name = functionName(node, enclosing);
      // An unnamed callback inside a function is part of it (a transaction's body, a map's step), not another function.
      if (name.endsWith(' (callback)') && insideFunction) {
        name = enclosing;
        ts.forEachChild(node, (child) => visit(child, name, true));
        return;
      }
      const first = firstTokenAfterDecorators(node, source);
      const start = lineOf(first);
      found.push({ file, name, line: start, lines: lineOf(node.end) - start + 1 });
      ts.forEachChild(node, (child) => visit(child, name, true));
      return;
    }
    if (ts.isClassDeclaration(node) && node.name) name = node.name.text;
    ts.forEachChild(node, (child) => visit(child, name, insideFunction && !ts.isClassLike(node)));
  };
  visit(source, '', false);
  return found;
}

type Measured =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction;

function isMeasured(node: ts.Node): node is Measured {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

function functionName(node: Measured, enclosing: string): string {
  const prefix = enclosing ? `${enclosing}.` : '';
  if (ts.isConstructorDeclaration(node)) return `${prefix}constructor`;
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isFunctionExpression(node)) &&
    node.name &&
    (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
  ) {
    return `${prefix}${node.name.text}`;
  }
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) &&
    ts.isIdentifier(parent.name)
  ) {
    return `${prefix}${parent.name.text}`;
  }
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name))
    return `${prefix}${parent.name.text}`;
  return `${enclosing || 'module'} (callback)`;
}

function firstTokenAfterDecorators(node: Measured, source: ts.SourceFile): number {
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  if (modifiers.length > 0) return modifiers[0].getStart(source);
  if (!ts.isArrowFunction(node) && !ts.isConstructorDeclaration(node) && node.name) {
    const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
    if (decorators.length > 0) return node.name.getStart(source);
  }
  if (ts.isConstructorDeclaration(node)) {
    const keyword = node.getChildren(source).find((c) => c.kind === ts.SyntaxKind.ConstructorKeyword);
    if (keyword) return keyword.getStart(source);
  }
  return node.getStart(source);
}
