/**
 * Dutch for the English messages of graphql-js, Apollo Server and graphql-armor that reach callers
 * (syntax, validation, variables, operation names, HTTP requests). The common ones are translated
 * with their names and values kept; any other keeps its English detail behind a Dutch prefix that
 * says what kind of mistake it is. Codes never change, so clients should act on `extensions.code`.
 *
 * Apollo Client's persisted-query link recognises `PersistedQueryNotFound` by its message, so that
 * message and its sibling `PersistedQueryNotSupported` stay as Apollo Server writes them.
 */

type Translation = [pattern: RegExp, dutch: (...groups: string[]) => string];

/** Values inside messages: graphql-js prints them as GraphQL or JSON, which reads the same in Dutch. */
const translations: Translation[] = [
  // Parsing
  [
    /^Syntax Error: Document contains more th[ae][nt] (\d+) tokens\. Parsing aborted\.$/,
    (n) => `Syntaxfout: het document telt meer dan ${n} tokens; het lezen is gestopt.`,
  ],
  [
    /^Syntax Error: Expected (.+), found (.+)\.$/s,
    (expected, found) => `Syntaxfout: verwacht ${expected}, gevonden ${found}.`,
  ],
  [/^Syntax Error: Unexpected (.+)\.$/s, (found) => `Syntaxfout: onverwacht ${found}.`],
  [
    /^Syntax Error: Unterminated string\.$/,
    () => 'Syntaxfout: een tekst tussen aanhalingstekens wordt niet afgesloten.',
  ],
  [/^Syntax Error: (.+)$/s, (detail) => `Syntaxfout: ${detail}`],

  // Validation against the schema
  [
    /^Cannot query field "([^"]+)" on type "([^"]+)"\.$/,
    (field, type) => `Het veld "${field}" bestaat niet op type ${type}.`,
  ],
  [
    /^Unknown argument "([^"]+)" on field "([^"]+)"\.$/,
    (argument, field) => `Het argument "${argument}" bestaat niet op het veld ${field}.`,
  ],
  [
    /^Unknown argument "([^"]+)" on directive "([^"]+)"\.$/,
    (argument, directive) => `Het argument "${argument}" bestaat niet op de directive ${directive}.`,
  ],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (field, argument, type) =>
      `Het veld "${field}" vraagt het argument "${argument}" (type ${type}), maar dat ontbreekt.`,
  ],
  [
    /^Directive "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (directive, argument, type) =>
      `De directive ${directive} vraagt het argument "${argument}" (type ${type}), maar dat ontbreekt.`,
  ],
  [
    /^Expected value of type "([^"]+)", found .+?; (.+)$/s,
    (type, detail) => `Verwacht een waarde van type ${type}: ${asDetail(detail)}`,
  ],
  [
    /^Expected value of type "([^"]+)", found (.+)\.$/s,
    (type, found) => `Verwacht een waarde van type ${type}, gevonden ${found}.`,
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\.$/,
    (field, type) => `Het veld "${field}" (type ${type}) vraagt om een selectie van subvelden.`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (field, type) => `Het veld "${field}" (type ${type}) heeft geen subvelden; laat de selectie weg.`,
  ],
  [
    /^Variable "\$([^"]+)" is not defined by operation "([^"]+)"\.$/,
    (name, operation) => `De variabele $${name} wordt gebruikt maar is niet gedeclareerd in de operatie ${operation}.`,
  ],
  [
    /^Variable "\$([^"]+)" is not defined\.$/,
    (name) => `De variabele $${name} wordt gebruikt maar is niet gedeclareerd.`,
  ],
  [
    /^Variable "\$([^"]+)" is never used in operation "([^"]+)"\.$/,
    (name, operation) => `De variabele $${name} wordt in de operatie ${operation} niet gebruikt.`,
  ],
  [/^Variable "\$([^"]+)" is never used\.$/, (name) => `De variabele $${name} wordt niet gebruikt.`],
  [
    /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (name, type, expected) => `De variabele $${name} heeft type ${type}, maar hier is type ${expected} nodig.`,
  ],
  [
    /^Variable "\$([^"]+)" cannot be non-input type "([^"]+)"\.$/,
    (name, type) => `De variabele $${name} kan niet van type ${type} zijn: dat is geen invoertype.`,
  ],
  [
    /^There can be only one variable named "\$([^"]+)"\.$/,
    (name) => `De variabele $${name} is meer dan eens gedeclareerd.`,
  ],
  [/^There can be only one argument named "([^"]+)"\.$/, (name) => `Het argument "${name}" staat er meer dan eens.`],
  [/^There can be only one input field named "([^"]+)"\.$/, (name) => `Het veld "${name}" staat er meer dan eens.`],
  [/^Unknown type "([^"]+)"\.$/, (type) => `Het type ${type} bestaat niet.`],
  [/^Unknown directive "([^"]+)"\.$/, (directive) => `De directive ${directive} bestaat niet.`],
  [
    /^The directive "([^"]+)" can only be used once at this location\.$/,
    (directive) => `De directive ${directive} mag hier maar één keer staan.`,
  ],
  [
    /^Directive "([^"]+)" may not be used on (.+?)\.$/,
    (directive, location) => `De directive ${directive} kan niet op ${location} staan.`,
  ],
  [
    /^This anonymous operation must be the only defined operation\.$/,
    () => 'Een operatie zonder naam moet de enige in het document zijn; geef elke operatie een naam.',
  ],
  [/^There can be only one operation named "([^"]+)"\.$/, (name) => `Er is meer dan één operatie met de naam ${name}.`],
  [/^Unknown fragment "([^"]+)"\.$/, (name) => `Het fragment ${name} bestaat niet.`],
  [/^Fragment "([^"]+)" is never used\.$/, (name) => `Het fragment ${name} wordt niet gebruikt.`],
  [/^There can be only one fragment named "([^"]+)"\.$/, (name) => `Er is meer dan één fragment met de naam ${name}.`],
  [
    /^Cannot spread fragment "([^"]+)" within itself via (.+)\.$/,
    (name, via) => `Het fragment ${name} gebruikt zichzelf (via ${via}).`,
  ],
  [/^Cannot spread fragment "([^"]+)" within itself\.$/, (name) => `Het fragment ${name} gebruikt zichzelf.`],
  [
    /^Fragment "([^"]+)" cannot be spread here as objects of type "([^"]+)" can never be of type "([^"]+)"\.$/,
    (name, here, type) => `Het fragment ${name} past hier niet: een ${here} is nooit een ${type}.`,
  ],
  [
    /^Fragment cannot be spread here as objects of type "([^"]+)" can never be of type "([^"]+)"\.$/,
    (here, type) => `Dit fragment past hier niet: een ${here} is nooit een ${type}.`,
  ],
  [
    /^The (.+) definition is not executable\.$/,
    (name) => `Alleen operaties en fragmenten kunnen worden uitgevoerd, niet de definitie ${name}.`,
  ],
  [
    /^Fields "([^"]+)" conflict because (.+)\. Use different aliases on the fields to fetch both if this was intentional\.$/s,
    (key, reason) => `De velden "${key}" botsen (${reason}); geef ze verschillende aliassen.`,
  ],
  [/^Maximum introspection depth exceeded$/, () => 'De introspectievraag is te diep genest.'],
  [
    /^Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    (limit, found) => `De query is ${found} niveaus diep; er mogen er hoogstens ${limit} zijn.`,
  ],
  [
    /^Aliases limit of (\d+) exceeded, found (\d+)\.$/,
    (limit, found) => `De query heeft ${found} aliassen; er mogen er hoogstens ${limit} zijn.`,
  ],
  [
    /^Directives limit of (\d+) exceeded, found (\d+)\.$/,
    (limit, found) => `De query heeft ${found} directives; er mogen er hoogstens ${limit} zijn.`,
  ],

  // Variables and argument values
  [
    /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (name, type) => `De variabele $${name} (type ${type}) is verplicht, maar ontbreekt in "variables".`,
  ],
  [
    /^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\.$/,
    (name, type) => `De variabele $${name} (type ${type}) mag niet null zijn.`,
  ],
  // The whole value is left out: the detail names the part that is wrong, and the value can be long.
  [
    /^Variable "\$([^"]+)" got invalid value .+? at "([^"]+)"; (.+)$/s,
    (name, at, detail) => `De variabele $${name} heeft een ongeldige waarde bij "${at}": ${asDetail(detail)}`,
  ],
  [
    /^Variable "\$([^"]+)" got invalid value .+?; (.+)$/s,
    (name, detail) => `De variabele $${name} heeft een ongeldige waarde: ${asDetail(detail)}`,
  ],
  [
    /^Argument "([^"]+)" of non-null type "([^"]+)" must not be null\.$/,
    (name, type) => `Het argument "${name}" (type ${type}) mag niet null zijn.`,
  ],
  [
    /^Argument "([^"]+)" of required type "([^"]+)" was provided the variable "\$([^"]+)" which was not provided a runtime value\.$/,
    (name, type, variable) =>
      `Het argument "${name}" (type ${type}) krijgt de variabele $${variable}, maar die heeft geen waarde.`,
  ],
  [
    /^Argument "([^"]+)" has invalid value (.+)\.$/s,
    (name, value) => `Het argument "${name}" heeft een ongeldige waarde: ${value}.`,
  ],
  [/^Int cannot represent non-integer value: (.+)$/s, (value) => `Een Int is een geheel getal, niet ${value}.`],
  [
    /^Int cannot represent non 32-bit signed integer value: (.+)$/s,
    (value) => `Een Int ligt tussen -2147483648 en 2147483647, niet ${value}.`,
  ],
  [/^Float cannot represent non numeric value: (.+)$/s, (value) => `Een Float is een getal, niet ${value}.`],
  [/^String cannot represent a non string value: (.+)$/s, (value) => `Een String is tekst, niet ${value}.`],
  [/^Boolean cannot represent a non boolean value: (.+)$/s, (value) => `Een Boolean is true of false, niet ${value}.`],
  [
    /^ID cannot represent (?:a non-string and non-integer )?value: (.+)$/s,
    (value) => `Een ID is tekst of een geheel getal, niet ${value}.`,
  ],
  [/^Value "([^"]+)" does not exist in "([^"]+)" enum\.$/, (value, type) => `${type} kent de waarde ${value} niet.`],
  [
    /^Enum "([^"]+)" cannot represent non-enum value: (.+)\.$/s,
    (type, value) => `${type} is een enum: schrijf de waarde zonder aanhalingstekens, niet ${value}.`,
  ],
  [
    /^Enum "([^"]+)" cannot represent non-string value: (.+)\.$/s,
    (type, value) => `${type} is een enum: geef de naam van een waarde, niet ${value}.`,
  ],
  [/^Expected type "([^"]+)" to be an object\.$/, (type) => `${type} is een object met velden.`],
  [
    /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (field, type) => `Het veld "${field}" (type ${type}) is verplicht, maar ontbreekt.`,
  ],
  [
    /^Field "([^"]+)" is not defined by type "([^"]+)"\.$/,
    (field, type) => `Het veld "${field}" bestaat niet in ${type}.`,
  ],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, (type) => `Een ${type} mag niet null zijn.`],

  // Choosing the operation
  [
    /^Unknown operation named "([^"]+)"\.$/,
    (name) => `Het document heeft geen operatie met de naam ${name} (operationName).`,
  ],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => 'Het document heeft meer dan één operatie: kies er een met operationName.',
  ],
  [/^Must provide an operation\.$/, () => 'Het document bevat geen operatie.'],

  // The HTTP request (Apollo Server)
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    () => 'Het verzoek heeft geen body, een ander Content-Type dan application/json, of een leeg JSON-object.',
  ],
  [/^GraphQL queries must be strings\./, () => '"query" moet tekst zijn: een GraphQL-document.'],
  [
    /^`(variables|extensions)` in a POST body should be provided as an object, not a recursively JSON-encoded string\.$/,
    (name) => `"${name}" moet een JSON-object zijn, geen tekst waarin JSON staat.`,
  ],
  [
    /^`(variables|extensions)` in a POST body must be an object if provided\.$/,
    (name) => `"${name}" moet een JSON-object zijn.`,
  ],
  [/^`operationName` in a POST body must be a string if provided\.$/, () => '"operationName" moet tekst zijn.'],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    () => 'Het verzoek bevat geen "query" (of een "persistedQuery" in "extensions").',
  ],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (kind) => `Met GET kan alleen een query worden gestuurd; stuur een ${kind} met POST.`,
  ],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => 'Alleen GET en POST worden aangenomen.'],
  [
    /^The '(.+?)' search parameter may only be specified once\.$/,
    (name) => `De parameter "${name}" mag maar één keer in de URL staan.`,
  ],
  [
    /^The (.+?) search parameter contains invalid JSON\.$/,
    (name) => `De parameter "${name}" in de URL is geen geldige JSON.`,
  ],
  [
    /^The (.+?) search parameter should contain a JSON-encoded object\.$/,
    (name) => `De parameter "${name}" in de URL moet een JSON-object zijn.`,
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    () => 'Een GET-verzoek mag geen ander Content-Type hebben dan application/json.',
  ],
  [
    /^An 'accept' header was provided for this request which does not accept (.+)$/s,
    (types) => `De Accept-header van dit verzoek staat geen van deze typen toe: ${types}`,
  ],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\./,
    () =>
      'Dit verzoek is geweigerd als mogelijke Cross-Site Request Forgery (CSRF). Stuur een Content-Type-header ' +
      '(niet application/x-www-form-urlencoded, multipart/form-data of text/plain; voor JSON: application/json), ' +
      'of een niet-lege header apollo-require-preflight of x-apollo-operation-name.',
  ],
  [
    /^Operation batching disabled\.$|^No operations found in request\.$/,
    () => 'Eén operatie per verzoek: stuur een JSON-object, geen lijst van operaties.',
  ],
  [
    /^Unsupported persisted query version$/,
    () => 'Deze versie van "persistedQuery" wordt niet ondersteund; gebruik version 1.',
  ],
  [/^provided sha does not match query$/, () => 'De sha256Hash in "persistedQuery" is niet de SHA-256 van deze query.'],
];

/** What a caller reads before the English detail of a message that has no translation, per code. */
const prefixes: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Syntaxfout',
  GRAPHQL_VALIDATION_FAILED: 'De query past niet bij het schema',
  BAD_USER_INPUT: 'Ongeldige invoer',
  OPERATION_RESOLUTION_FAILURE: 'Welke operatie bedoeld is, is niet te bepalen',
  BAD_REQUEST: 'Het verzoek is niet te verwerken',
};

/** graphql-js's suggestions, such as ` Did you mean "opgave" or "opgaven"?`. */
const suggestion = / Did you mean (.+)\?$/s;

/** The message in Dutch: translated when the table knows it, otherwise unchanged. */
export function translateMessage(message: string): string {
  const suggested = suggestion.exec(message);
  const main = suggested ? message.slice(0, suggested.index) : message;
  for (const [pattern, dutch] of translations) {
    const match = pattern.exec(main);
    if (!match) continue;
    const translated = dutch(...match.slice(1));
    return suggested ? `${translated} Bedoelde je ${suggestions(suggested[1]!)}?` : translated;
  }
  return message;
}

/** A translated message inside another: `De variabele $n heeft een ongeldige waarde: een Int is ...`. */
function asDetail(message: string): string {
  return translateMessage(message).replace(/^(Een|Het|De) /, (article) => article.toLowerCase());
}

/** `"opgave" or "opgaven"`, `the enum value "NAAM"` in Dutch. */
function suggestions(english: string): string {
  return english
    .replace(/^the enum value /, 'de enumwaarde ')
    .replace(/^to use an inline fragment on /, 'een inline fragment op ')
    .replace(/,? or /g, ' of ');
}

/** The caller's message for a library's English `message` raised with `code`. */
export function dutchMessage(message: string, code: string): string {
  const translated = translateMessage(message);
  if (translated !== message || !(code in prefixes)) return translated;
  return `${prefixes[code]}: ${message}`;
}
