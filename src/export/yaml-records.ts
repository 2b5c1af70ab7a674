import { parse } from 'yaml';

/**
 * YAML for the export's records, written and read here because the `yaml` library takes about
 * 0.16 ms per record each way, minutes for a million relations. The writer uses a small part
 * of YAML: block mappings and lists of mappings, strings in double quotes as seeds/data writes
 * them (JSON escapes, which YAML shares), bare words for simple names, lists of scalars in flow
 * style (`regels: [242, 242]`). The reader understands exactly that part and hands anything
 * else (a hand-edited record, say) to the `yaml` library, so every valid YAML still reads.
 */

const bareWord = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Bare words YAML's core schema reads as something other than a string. */
const reservedWords = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters JSON leaves as they are but YAML does not allow in a quoted string. */
const unprintable =
  /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type Value = unknown;

/** One record as a top-level list item, followed by a newline. */
export function recordYaml(record: Record<string, Value>): string {
  return `${mappingLines(record, 2).replace(/^ {2}/, '- ')}\n`;
}

/** A mapping as a whole document (the manifest). */
export function mappingYaml(value: Record<string, Value>): string {
  return `${mappingLines(value, 0)}\n`;
}

function mappingLines(map: Record<string, Value>, indent: number): string {
  const pad = ' '.repeat(indent);
  return Object.entries(map)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${pad}${keyText(key)}:${valueText(value, indent)}`)
    .join('\n');
}

/** The text after `key:`: a space and a flow value, or a nested block on the lines below. */
function valueText(value: Value, indent: number): string {
  if (isMapping(value) && Object.keys(value).length > 0) return `\n${mappingLines(value, indent + 2)}`;
  if (Array.isArray(value) && value.some(isMapping)) return `\n${listLines(value, indent + 2)}`;
  return ` ${flowText(value)}`;
}

function listLines(list: readonly Value[], indent: number): string {
  const pad = ' '.repeat(indent);
  return list
    .map((item) =>
      isMapping(item) && Object.keys(item).length > 0
        ? mappingLines(item, indent + 2).replace(/^ */, `${pad}- `)
        : `${pad}- ${flowText(item)}`,
    )
    .join('\n');
}

/**
 * A scalar, or a collection in flow style: JSON with a space after each comma, so that the
 * reader can hand it to JSON.parse. Only outside collections are simple names left bare.
 */
function flowText(value: Value, nested = false): string {
  if (Array.isArray(value)) return `[${value.map((item) => flowText(item, true)).join(', ')}]`;
  if (isMapping(value))
    return `{${Object.entries(value)
      .map(([key, inner]) => `${quoted(key)}: ${flowText(inner, true)}`)
      .join(', ')}}`;
  if (typeof value === 'string')
    return !nested && bareWord.test(value) && !reservedWords.has(value) ? value : quoted(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0.0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  throw new Error(`cannot write a ${typeof value} as YAML`);
}

function keyText(key: string): string {
  return bareWord.test(key) && !reservedWords.has(key) ? key : quoted(key);
}

function quoted(text: string): string {
  return JSON.stringify(text).replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isMapping(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------- reading

/** Thrown inside the fast reader when a line is not in the writer's form; the `yaml` library then reads the record. */
class NotOwnForm extends Error {}

/** The record of one list item's lines (the first starts with `- `); throws the `yaml` library's error for invalid YAML. */
export function parseRecordLines(lines: readonly string[]): unknown {
  try {
    return readOwnForm(lines);
  } catch (error) {
    if (!(error instanceof NotOwnForm)) throw error;
  }
  let items: unknown;
  try {
    items = parse(lines.join('\n'));
  } catch (error) {
    throw new Error(`geen geldige YAML: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(items) || items.length !== 1) throw new Error('verwacht één record');
  return items[0];
}

interface Line {
  indent: number;
  text: string;
}

function readOwnForm(source: readonly string[]): unknown {
  const lines: Line[] = [];
  for (const line of source) {
    const text = line.trimStart();
    if (text === '') continue;
    if (text.startsWith('#') || line.endsWith(' ') || line.includes('\t')) throw new NotOwnForm();
    lines.push({ indent: line.length - text.length, text });
  }
  let position = 0;
  const isItem = (line: Line) => line.text === '-' || line.text.startsWith('- ');

  const block = (indent: number): unknown => {
    const line = lines[position];
    if (!line || line.indent !== indent) throw new NotOwnForm();
    return isItem(line) ? list(indent) : mapping(indent);
  };
  const mapping = (indent: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    while (position < lines.length && lines[position]!.indent === indent && !isItem(lines[position]!)) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"):(?: (.*))?$/.exec(lines[position]!.text);
      if (!match) throw new NotOwnForm();
      const bare = !match[1]!.startsWith('"');
      const key = bare ? match[1]! : (JSON.parse(match[1]!) as string);
      if (Object.hasOwn(result, key) || (bare && reservedWords.has(key))) throw new NotOwnForm();
      position += 1;
      if (match[2] !== undefined) result[key] = scalar(match[2]);
      else {
        const next = lines[position];
        if (!next || next.indent <= indent) throw new NotOwnForm();
        result[key] = block(next.indent);
      }
    }
    return result;
  };
  const list = (indent: number): unknown[] => {
    const result: unknown[] = [];
    while (position < lines.length && lines[position]!.indent === indent && isItem(lines[position]!)) {
      const content = lines[position]!.text.slice(2);
      if (/^([A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"):( |$)/.test(content)) {
        lines[position] = { indent: indent + 2, text: content };
        result.push(mapping(indent + 2));
      } else {
        result.push(scalar(content));
        position += 1;
      }
    }
    return result;
  };

  const record = block(0);
  if (position !== lines.length || !Array.isArray(record) || record.length !== 1) throw new NotOwnForm();
  return record[0];
}

const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const specialNumbers: Record<string, number> = {
  '.nan': Number.NaN,
  '.inf': Number.POSITIVE_INFINITY,
  '-.inf': Number.NEGATIVE_INFINITY,
};

/** A scalar or flow collection as the writer writes it: JSON, a bare word, or YAML's words for special numbers. */
function scalar(text: string): unknown {
  if (bareWord.test(text)) {
    if (text === 'null') return null;
    if (text === 'true' || text === 'false') return text === 'true';
    if (reservedWords.has(text)) throw new NotOwnForm();
    return text;
  }
  if (text in specialNumbers) return specialNumbers[text];
  if (text.startsWith('"') || text.startsWith('[') || text.startsWith('{') || jsonNumber.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      throw new NotOwnForm();
    }
  }
  throw new NotOwnForm();
}
