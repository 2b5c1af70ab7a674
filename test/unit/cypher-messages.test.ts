import { describe, expect, it } from 'vitest';
import { dutchCypherMessage } from '../../src/graph/cypher-messages.js';

describe('Neo4j’s messages about an analyst’s query, in Dutch', () => {
  it('translates the common mistakes, keeping names and positions', () => {
    expect(
      dutchCypherMessage(
        "Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRN': expected 'RETURN' or 'WITH' (line 1, column 10 (offset: 9))\n\"MATCH (n) RETRN n\"\n          ^",
      ),
    ).toBe("syntaxfout op regel 1, kolom 10: onverwacht 'RETRN'; verwacht 'RETURN' or 'WITH'");
    expect(
      dutchCypherMessage(
        'Neo.ClientError.Statement.SemanticError: Variable `x` not defined (line 1, column 8 (offset: 7))',
      ),
    ).toBe('de variabele x is niet gedefinieerd');
    expect(dutchCypherMessage('Neo.ClientError.Statement.ParameterMissing: Expected parameter(s): id')).toBe(
      'de parameter(s) id ontbreken in "parameters"',
    );
    expect(dutchCypherMessage('Neo.ClientError.Statement.ArithmeticError: / by zero')).toBe('deelt door nul');
  });

  it('keeps any other message as Neo4j’s detail behind a Dutch sentence', () => {
    expect(dutchCypherMessage('Neo.ClientError.Statement.SemanticError: Something new happened')).toBe(
      'klopt niet (Neo4j: Something new happened)',
    );
    expect(dutchCypherMessage('Neo.ClientError.Procedure.Unknown: Oops')).toBe(
      'wordt door Neo4j geweigerd (Neo4j: Oops)',
    );
  });
});
