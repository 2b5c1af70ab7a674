// Starts GraphiQL against this service's own endpoint (same origin, so no CORS and no CDN),
// with a welcome tab, one tab per example operation from schema/voorbeelden/, and the explorer
// plugin (the querybouwer) to build a query by ticking fields.
/* global React, ReactDOM, GraphiQL, GraphiQLPluginExplorer */
(function startIde() {
  const welcome = [
    '# Welkom bij IBP Graph, de kennisgraaf van het',
    '# Interbestuurlijk Programma (IBP).',
    '#',
    '# Voer deze vraag uit met de afspeelknop of Ctrl-Enter.',
    '# De documentatieknop links toont alle typen en velden;',
    '# de andere tabbladen zijn voorbeelden voor veelgestelde vragen.',
    '{',
    '  dienst {',
    '    versie',
    '    database { naam versie editie }',
    '  }',
    '}',
    '',
  ].join('\n');

  function render(examples) {
    const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
    const defaultTabs = [{ query: welcome }].concat(examples.map((example) => ({ query: example.query })));
    // The title twice: the sidebar's button reads the plugin's, the pane shows the explorer's own.
    const querybouwer = { ...GraphiQLPluginExplorer.explorerPlugin({ title: 'Querybouwer' }), title: 'Querybouwer' };
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs,
        defaultEditorToolsVisibility: false,
        plugins: [querybouwer],
      }),
    );
  }

  fetch('/ide/voorbeelden.json')
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => [])
    .then(render);
})();
