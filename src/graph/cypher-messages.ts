/**
 * Neo4j's messages about an analyst's query, in Dutch. Neo4j writes them in English; the common
 * ones are translated with their names and positions kept, and any other keeps Neo4j's English
 * detail behind a Dutch sentence that says what kind of mistake it is. `message` is what
 * database/errors.ts makes of it: `Neo.ClientError.<class>.<title>: <Neo4j's message>`.
 */

type Translation = [pattern: RegExp, dutch: (...groups: string[]) => string];

const translations: Translation[] = [
  [
    /^Invalid input '(.*?)': expected (.+?) \(line (\d+), column (\d+)/s,
    (found, expected, line, column) =>
      `syntaxfout op regel ${line}, kolom ${column}: onverwacht '${found}'; verwacht ${oneLine(expected)}`,
  ],
  [/^Variable `(.+?)` not defined/, (name) => `de variabele ${name} is niet gedefinieerd`],
  [/^Unknown function '(.+?)'/, (name) => `de functie ${name} bestaat niet`],
  [/^Expected parameter\(s\): (.+)$/s, (names) => `de parameter(s) ${oneLine(names)} ontbreken in "parameters"`],
  [/^\/ by zero/, () => 'deelt door nul'],
  [
    /^Type mismatch: expected (.+?) but was (.+?)(?: \(line (\d+), column (\d+).*)?$/s,
    (expected, found, line, column) =>
      `verkeerd type${line ? ` op regel ${line}, kolom ${column}` : ''}: verwacht ${expected}, gekregen ${found}`,
  ],
];

/** What kind of mistake Neo4j reports, by the class in its code, for messages the table does not know. */
const classes: Record<string, string> = {
  'Statement.SyntaxError': 'bevat een syntaxfout',
  'Statement.SemanticError': 'klopt niet',
  'Statement.ParameterMissing': 'mist een parameter',
  'Statement.TypeError': 'gebruikt een verkeerd type',
  'Statement.ArithmeticError': 'rekent onmogelijk',
  'Statement.ArgumentError': 'geeft een functie een ongeldig argument',
  'Statement.EntityNotFound': 'gebruikt iets dat niet (meer) bestaat',
};

/** The Dutch message for Neo4j's refusal of an analyst's query, without the argument name. */
export function dutchCypherMessage(message: string): string {
  const [, code = '', detail = message] = /^Neo\.\w+\.(\w+\.\w+): (.*)$/s.exec(message) ?? [];
  for (const [pattern, dutch] of translations) {
    const match = pattern.exec(detail);
    if (match) return dutch(...match.slice(1));
  }
  return `${classes[code] ?? 'wordt door Neo4j geweigerd'} (Neo4j: ${oneLine(detail)})`;
}

/** Neo4j adds the query line and a caret below its message; one line is enough in an answer. */
function oneLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
