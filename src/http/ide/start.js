// Starts GraphiQL against this service's own endpoint (same origin, so no CORS and no CDN).
/* global React, ReactDOM, GraphiQL */
(function startIde() {
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  const welcome = [
    '# Welkom bij IBP Graph, de kennisgraaf van het',
    '# Interbestuurlijk Programma (IBP).',
    '#',
    '# Voer deze vraag uit met de afspeelknop of Ctrl-Enter.',
    '# De documentatieknop links toont alle typen en velden.',
    '{',
    '  dienst {',
    '    versie',
    '    database { naam versie editie }',
    '  }',
    '}',
    '',
  ].join('\n');
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery: welcome, defaultEditorToolsVisibility: false }));
})();
