import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** One regular expression found in the source. */
export interface FoundRegex {
  /** Where it was found: `file:line` or a rule id. */
  where: string
  source: string
  flags: string
}

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url))

function tsFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...tsFiles(path))
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out.sort()
}

/**
 * Every regex literal and every `new RegExp(…)`/`RegExp(…)` whose arguments
 * are string literals, in every `src/**\/*.ts` file, found with the
 * TypeScript parser (so regexes in strings and comments are not confused).
 * Calls whose pattern is not a literal are returned in `dynamic`.
 */
export function collectSourceRegexes(): {found: FoundRegex[]; dynamic: string[]} {
  const found: FoundRegex[] = []
  const dynamic: string[] = []
  for (const path of tsFiles(srcDir)) {
    const text = readFileSync(path, 'utf8')
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
    const name = relative(srcDir, path)
    const where = (node: ts.Node) => `src/${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText()
        const end = literal.lastIndexOf('/')
        found.push({where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [pattern, flags] = node.arguments ?? []
        const source = pattern ? evaluateString(pattern, file) : null
        const flagText = flags ? evaluateString(flags, file) : ''
        if (source !== null && flagText !== null) {
          found.push({where: where(node), source, flags: flagText})
        } else {
          dynamic.push(`${where(node)}: ${node.getText().slice(0, 120)}`)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return {found, dynamic}
}

/**
 * The string value of a constant expression: string literals, templates
 * (`String.raw` or not) whose parts are constants, `+` concatenation, and
 * identifiers bound by a `const` in the same file. `null` when not constant.
 */
function evaluateString(node: ts.Node, file: ts.SourceFile, depth = 0): string | null {
  if (depth > 20) return null
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isParenthesizedExpression(node)) return evaluateString(node.expression, file, depth + 1)
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluateString(node.left, file, depth + 1)
    const right = evaluateString(node.right, file, depth + 1)
    return left === null || right === null ? null : left + right
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    return evaluateTemplate(node.template, file, depth, true)
  }
  if (ts.isTemplateExpression(node)) return evaluateTemplate(node, file, depth, false)
  // `/re/.source`
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' &&
    node.expression.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    const literal = node.expression.getText()
    return literal.slice(1, literal.lastIndexOf('/'))
  }
  // `[a, b].join(sep)`
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' &&
    ts.isArrayLiteralExpression(node.expression.expression)) {
    const separator = node.arguments[0] ? evaluateString(node.arguments[0], file, depth + 1) : ','
    const parts = node.expression.expression.elements.map((element) => evaluateString(element, file, depth + 1))
    return separator === null || parts.some((part) => part === null) ? null : parts.join(separator)
  }
  if (ts.isIdentifier(node)) {
    const init = findConst(file, node.text)
    return init ? evaluateString(init, file, depth + 1) : null
  }
  return null
}

function evaluateTemplate(template: ts.TemplateLiteral, file: ts.SourceFile, depth: number, raw: boolean): string | null {
  const part = (literal: ts.TemplateLiteralLikeNode) => (raw ? literal.rawText ?? literal.text : literal.text)
  if (ts.isNoSubstitutionTemplateLiteral(template)) return part(template)
  let out = part(template.head)
  for (const span of template.templateSpans) {
    const value = evaluateString(span.expression, file, depth + 1)
    if (value === null) return null
    out += value + part(span.literal)
  }
  return out
}

function findConst(file: ts.SourceFile, name: string): ts.Expression | null {
  let found: ts.Expression | null = null
  const visit = (node: ts.Node): void => {
    if (found) return
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer &&
      node.parent.flags & ts.NodeFlags.Const) {
      found = node.initializer
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}
