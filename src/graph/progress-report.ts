import { stringProperty, type EntityRecord } from './entity.js';
import { readableWord } from './enum-words.js';
import { overdueItems, progressOf, type ProgressOverview } from './progress.js';
import { sourcesOf, type SourceRecord } from './sources.js';

/**
 * The progress report of an opgave that a liaison pastes into a memo: the overview of
 * `voortgang(opgave:)` as sections of lines, every statement with its source as a footnote. One model,
 * two renderings (Markdown and a printable HTML page), so both always say the same.
 */

type Part = { text: string } | { note: number };
type Line = Part[];
interface Section {
  heading: string;
  /** Shown when the section has no lines. */
  empty: string;
  lines: Line[];
}
export interface ProgressReport {
  title: string;
  asOf: string;
  sections: Section[];
  /** Footnotes in order of first use: the source of a statement, with the document's name where known. */
  notes: string[];
}

/** Builds the report; `documentNames` gives the name of each cited document id (the id shows where it has none). */
export function progressReport(overview: ProgressOverview, documentNames: ReadonlyMap<string, string>): ProgressReport {
  const notes: string[] = [];
  const noteIndex = new Map<string, number>();
  const cite = (sources: readonly SourceRecord[]): Part[] =>
    sources.slice(0, 2).map((source) => {
      const text = footnote(source, documentNames);
      if (!noteIndex.has(text)) {
        notes.push(text);
        noteIndex.set(text, notes.length);
      }
      return { note: noteIndex.get(text)! };
    });
  const name = (entity: EntityRecord) => stringProperty(entity, 'naam') ?? entity.id;
  const when = (entity: EntityRecord) => stringProperty(entity, 'wanneer') ?? stringProperty(entity, 'datum');
  const statusLine = (item: EntityRecord): Line => {
    const progress = progressOf(overview.statements.get(item.id) ?? []);
    const date = when(item);
    const parts: Line = [{ text: `${name(item)}${date ? ` (${date})` : ''}` }, ...cite(sourcesOf(item.properties))];
    if (progress.count === 0) return [...parts, { text: ': geen uitspraak over de stand' }];
    parts.push({ text: `: ${readableWord(progress.status)} per ${progress.asOf}` });
    for (const statement of progress.newest) parts.push(...cite(sourcesOf(statement.properties)));
    if (progress.contradictory) {
      // Named and cited rather than by id: a reader of the memo looks them up in the footnotes.
      parts.push({ text: '; let op, uitspraken spreken elkaar tegen: ' });
      progress.contradicting.forEach((statement, index) =>
        parts.push({ text: `${index > 0 ? '; ' : ''}${name(statement)}` }, ...cite(sourcesOf(statement.properties))),
      );
    }
    return parts;
  };
  const withSource = (text: string, entity: EntityRecord): Line => [{ text }, ...cite(sourcesOf(entity.properties))];
  const target = (doel: EntityRecord) => {
    const { waarde, waardeTot, eenheid, basisjaar, doeljaar } = doel.properties;
    const value = waardeTot !== undefined ? `${String(waarde)}-${String(waardeTot)}` : String(waarde ?? '');
    const base = basisjaar !== undefined ? `, ten opzichte van ${String(basisjaar)}` : '';
    return `${name(doel)}: ${value} ${String(eenheid ?? '')}${doeljaar !== undefined ? ` in ${String(doeljaar)}` : ''}${base}`;
  };
  return {
    title: `Voortgang ${name(overview.opgave)}`,
    asOf: overview.asOf,
    sections: [
      {
        heading: 'Mijlpalen',
        empty: 'De documenten noemen geen mijlpalen.',
        lines: overview.milestones.map(statusLine),
      },
      {
        heading: 'Toezeggingen',
        empty: 'De documenten noemen geen toezeggingen.',
        lines: overview.commitments.map(statusLine),
      },
      {
        heading: `Verlopen per ${overview.asOf}`,
        empty: 'Niets is verlopen.',
        lines: overdueItems(overview).map((item) => withSource(`${name(item)} (${when(item) ?? ''})`, item)),
      },
      {
        heading: 'Doelen',
        empty: 'De documenten noemen geen doelen.',
        lines: overview.targets.map((doel) => withSource(target(doel), doel)),
      },
      ...(overview.amounts ? [amountSection(overview.amounts, name, withSource)] : []),
      {
        heading: 'Open knelpunten',
        empty: 'Er zijn geen open knelpunten.',
        lines: overview.openBottlenecks.map((k) =>
          withSource(`${name(k)} (${readableWord(stringProperty(k, 'status') ?? 'onbekend')})`, k),
        ),
      },
      ...(overview.initiatives ? [initiativeSection(overview.initiatives, name, withSource)] : []),
      {
        heading: 'Rapportages',
        empty: 'De documenten noemen geen rapportages.',
        lines: overview.reports.map((r) => {
          const frequency = stringProperty(r, 'frequentie');
          return withSource(`${name(r)}${frequency ? ` (${frequency})` : ''}`, r);
        }),
      },
    ],
    notes,
  };
}

/** The regional initiatives that concern the opgave, each with what it asks of the Rijk. */
function initiativeSection(
  initiatives: readonly EntityRecord[],
  name: (entity: EntityRecord) => string,
  withSource: (text: string, entity: EntityRecord) => Line,
): Section {
  const asks = (initiative: EntityRecord) => {
    const value = initiative.properties.vragenAanRijk;
    return Array.isArray(value) && value.length > 0 ? `; vraagt het Rijk: ${value.map(String).join('; ')}` : '';
  };
  return {
    heading: 'Regionale initiatieven',
    empty: 'Liaisons volgen hier geen regionaal initiatief.',
    lines: initiatives.map((initiative) => withSource(`${name(initiative)}${asks(initiative)}`, initiative)),
  };
}

/** The amounts whose fund reaches the opgave (as `bedragTotalen(opgave:)` counts them), each as the text gives it. */
function amountSection(
  amounts: readonly EntityRecord[],
  name: (entity: EntityRecord) => string,
  withSource: (text: string, entity: EntityRecord) => Line,
): Section {
  return {
    heading: 'Bedragen',
    empty: 'De documenten noemen geen bedragen.',
    lines: amounts.map((amount) => withSource(`${name(amount)}: ${amountText(amount)}`, amount)),
  };
}

/** `€ 200 miljoen`, `190 miljoenen euro`: as the text gives it (the name says of what and when); else the number. */
function amountText(amount: EntityRecord): string {
  const text = stringProperty(amount, 'tekst');
  const scale = stringProperty(amount, 'schaal');
  if (text) return scale ? `${text} ${scale}` : text;
  const unit = stringProperty(amount, 'eenheid');
  const value = Number(amount.properties.waarde).toLocaleString('nl-NL');
  return unit === 'procent' ? `${value}%` : `€ ${value}`;
}

function footnote(source: SourceRecord, documentNames: ReadonlyMap<string, string>): string {
  const document = documentNames.get(source.document) ?? source.document;
  const where =
    source.regelVan !== null
      ? `r. ${source.regelVan}${source.regelTot !== source.regelVan ? `-${String(source.regelTot)}` : ''}`
      : (source.vindplaats ?? '');
  return `${document}${where ? `, ${where}` : ''}: "${source.citaat}"`;
}

/** The report as Markdown, with footnotes (`[^1]`). */
export function reportMarkdown(report: ProgressReport): string {
  const line = (parts: Line) => parts.map((part) => ('text' in part ? part.text : `[^${part.note}]`)).join('');
  const sections = report.sections.map(
    ({ heading, empty, lines }) =>
      `## ${heading}\n\n${lines.length === 0 ? `${empty}\n` : lines.map((l) => `- ${line(l)}\n`).join('')}`,
  );
  const notes = report.notes.map((note, index) => `[^${index + 1}]: ${note}\n`).join('');
  return `# ${report.title}\n\nPeildatum ${report.asOf}. Samengesteld uit IBP Graph; elke uitspraak noemt haar bron.\n\n${sections.join('\n')}\n${notes}`;
}

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The report page's only style, inline so the page prints alone; the service allows it by its hash. */
export const reportStyle =
  'body{font:11pt/1.4 serif;max-width:48em;margin:2em auto}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}ol.bronnen{font-size:.85em}';

/** The report as a printable HTML page (no scripts), with the footnotes as a numbered list. */
export function reportHtml(report: ProgressReport): string {
  const line = (parts: Line) =>
    parts
      .map((part) =>
        'text' in part ? escapeHtml(part.text) : `<sup><a href="#bron-${part.note}">${part.note}</a></sup>`,
      )
      .join('');
  const sections = report.sections
    .map(
      ({ heading, empty, lines }) =>
        `<h2>${escapeHtml(heading)}</h2>\n${
          lines.length === 0
            ? `<p>${escapeHtml(empty)}</p>`
            : `<ul>\n${lines.map((l) => `<li>${line(l)}</li>`).join('\n')}\n</ul>`
        }`,
    )
    .join('\n');
  const notes = report.notes.map((note, index) => `<li id="bron-${index + 1}">${escapeHtml(note)}</li>`).join('\n');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>${reportStyle}</style></head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p>Peildatum ${escapeHtml(report.asOf)}. Samengesteld uit IBP Graph; elke uitspraak noemt haar bron.</p>
${sections}
<h2>Bronnen</h2>
<ol class="bronnen">
${notes}
</ol>
</body>
</html>
`;
}
