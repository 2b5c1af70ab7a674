// What the verkenner shows, as the part of its URL after `#`, so that a reload, a bookmark or a
// link sent to a colleague opens the same picture, and back and forward step through the views.
//
//   #gebied=regio:food-valley&knoop=regio:chemelot&omgeving=regio:chemelot
//    &pad=ministerie:lnv,regio:chemelot&van=ministerie:lnv&naar=regio:chemelot
//    &selectie=regio:chemelot&kandidaten=nee&zonder-soort=Document,Persoon
//    &zonder-relatie=BESPROKEN_IN&verborgen=organisatie:wur&zonder-stand=BEREIKT,TEGENSTRIJDIG
//    &zonder-knelpuntstatus=OPGELOST&zonder-knelpuntsoort=FISCAAL
//
// `gebied` is the area view (none: the opgaven map). `knoop` (a node added by itself, as a search
// result), `omgeving` (a node's neighbours added) and `pad` (the shortest path between two nodes
// added) are the steps taken on that view, in the order they were taken: replayed in that order
// they place every node where it was. A path is highlighted while it is the last step. `van` and
// `naar` are the chosen ends of a path, `selectie` the selected node or line, and `kandidaten=nee`
// hides the candidate crossovers. `zonder-soort` and `zonder-relatie` leave kinds of node and
// relation out of the picture, `verborgen` single nodes (in the order they were hidden);
// `zonder-stand`, `zonder-knelpuntstatus` and `zonder-knelpuntsoort` leave out what stands so (see
// stand.ts). Pure functions, no DOM: test/unit/verkenner-url-state.test.ts.

export type Step =
  { kind: 'knoop'; id: string } | { kind: 'omgeving'; id: string } | { kind: 'pad'; van: string; naar: string };

export interface ViewState {
  /** The area in the centre; null for the opgaven map. */
  gebied: string | null;
  steps: Step[];
  van: string | null;
  naar: string | null;
  /** The id of the selected node or edge. */
  selectie: string | null;
  /** Whether the candidate crossovers are shown. */
  kandidaten: boolean;
  /** The kinds of node left out of the picture (`Soort` values), in alphabetical order. */
  zonderSoorten: string[];
  /** The relation types left out of the picture, in alphabetical order. */
  zonderRelaties: string[];
  /** The ids of nodes hidden one by one, in the order they were hidden. */
  verborgen: string[];
  /** The statuses (`VoortgangStatus`, or `TEGENSTRIJDIG`) of what is left out, in alphabetical order. */
  zonderStanden: string[];
  /** The knelpunt statuses left out, in alphabetical order. */
  zonderKnelpuntStatussen: string[];
  /** The kinds of knelpunt left out (`KnelpuntSoort`, or `NIET_GENOEMD`), in alphabetical order. */
  zonderKnelpuntSoorten: string[];
}

export const startState: ViewState = {
  gebied: null,
  steps: [],
  van: null,
  naar: null,
  selectie: null,
  kandidaten: true,
  zonderSoorten: [],
  zonderRelaties: [],
  verborgen: [],
  zonderStanden: [],
  zonderKnelpuntStatussen: [],
  zonderKnelpuntSoorten: [],
};

/** The lists a state keeps, each under its key in the URL as comma-separated values. */
const lists = {
  zonderSoorten: 'zonder-soort',
  zonderRelaties: 'zonder-relatie',
  verborgen: 'verborgen',
  zonderStanden: 'zonder-stand',
  zonderKnelpuntStatussen: 'zonder-knelpuntstatus',
  zonderKnelpuntSoorten: 'zonder-knelpuntsoort',
} as const;
/** The lists kept sorted: filters, where the order says nothing (unlike the order of hiding). */
const sortedLists = [
  'zonderSoorten',
  'zonderRelaties',
  'zonderStanden',
  'zonderKnelpuntStatussen',
  'zonderKnelpuntSoorten',
] as const;
type ListKey = keyof typeof lists;

/** The state a URL fragment (with or without its `#`) describes; what it does not say is as at the start. */
export function parseState(fragment: string): ViewState {
  const state: ViewState = {
    ...startState,
    steps: [],
    zonderSoorten: [],
    zonderRelaties: [],
    verborgen: [],
    zonderStanden: [],
    zonderKnelpuntStatussen: [],
    zonderKnelpuntSoorten: [],
  };
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const separator = part.indexOf('=');
    if (separator < 1) continue;
    const key = decode(part.slice(0, separator));
    const value = decode(part.slice(separator + 1)).trim();
    if (value === '') continue;
    if (key === 'gebied') state.gebied = value;
    else if (key === 'knoop' || key === 'omgeving') state.steps.push({ kind: key, id: value });
    else if (key === 'pad') {
      const [van, naar, ...rest] = value.split(',');
      if (van && naar && rest.length === 0) state.steps.push({ kind: 'pad', van, naar });
    } else if (key === 'van') state.van = value;
    else if (key === 'naar') state.naar = value;
    else if (key === 'selectie') state.selectie = value;
    else if (key === 'kandidaten') state.kandidaten = value !== 'nee';
    else {
      const list = listKeyOf(key);
      if (list) state[list] = [...new Set([...state[list], ...value.split(',').filter(Boolean)])];
    }
  }
  for (const list of sortedLists) state[list].sort();
  return state;
}

/** The URL fragment (with its `#`) for a state; the start state is the empty fragment. */
export function formatState(state: ViewState): string {
  const parts: Array<[string, string | null]> = [
    ['gebied', state.gebied],
    ...state.steps.map((step): [string, string] =>
      step.kind === 'pad' ? ['pad', `${step.van},${step.naar}`] : [step.kind, step.id],
    ),
    ['van', state.van],
    ['naar', state.naar],
    ['selectie', state.selectie],
    ['kandidaten', state.kandidaten ? null : 'nee'],
    ...(Object.entries(lists) as Array<[ListKey, string]>).map(([list, key]): [string, string | null] => [
      key,
      state[list].length > 0 ? state[list].join(',') : null,
    ]),
  ];
  const fragment = parts
    .filter((part): part is [string, string] => part[1] !== null)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
  return fragment === '' ? '' : `#${fragment}`;
}

export function sameStep(a: Step, b: Step): boolean {
  return formatState({ ...startState, steps: [a] }) === formatState({ ...startState, steps: [b] });
}

/** The last step when it is a path: the path then shown highlighted. */
export function highlightedPad(state: ViewState): Extract<Step, { kind: 'pad' }> | undefined {
  const last = state.steps.at(-1);
  return last?.kind === 'pad' ? last : undefined;
}

function listKeyOf(key: string): ListKey | undefined {
  return (Object.keys(lists) as ListKey[]).find((list) => lists[list] === key);
}

/** Ids keep their `:` (and a path its `,`) readable; everything else a URL reserves is escaped. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
