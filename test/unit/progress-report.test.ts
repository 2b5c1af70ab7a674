import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/graph/entity.js';
import { readableWord } from '../../src/graph/enum-words.js';
import { progressReport, reportHtml, reportMarkdown } from '../../src/graph/progress-report.js';
import type { ProgressOverview } from '../../src/graph/progress.js';
import { progressOverview } from '../support/progress-overview.js';

const cited = (id: string, label: EntityRecord['label'], properties: Record<string, unknown>, regel: number) => ({
  id,
  label,
  properties: {
    ...properties,
    bronDocument: ['document:d'],
    bronRegelVan: [regel],
    bronRegelTot: [regel],
    bronCitaat: [`regel ${regel}`],
  },
});
const overview = (parts: Partial<ProgressOverview>): ProgressOverview =>
  progressOverview({ id: 'opgave:o', label: 'Opgave', properties: { naam: 'O' } }, parts);
const names = new Map([['document:d', 'Memo']]);

describe('the words of the controlled vocabularies, as a reader of a memo reads them', () => {
  it.each([
    ['in-behandeling', 'in behandeling'],
    ['deels-opgelost', 'deels opgelost'],
    ['deels', 'deels bereikt'],
    ['gepland', 'gepland'],
  ])('%s reads as "%s"', (word, phrase) => expect(readableWord(word)).toBe(phrase));
});

describe('the progress report of an opgave', () => {
  it('prints statuses as phrases and names contradicting statements with their sources instead of their ids', () => {
    const mijlpaal = cited('mijlpaal:m', 'Mijlpaal', { naam: 'M' }, 1);
    const stands = [
      cited('stand:a', 'Stand', { naam: 'A bereikt', status: 'bereikt', datum: '2019-02-14' }, 2),
      cited('stand:b', 'Stand', { naam: 'B uitgesteld', status: 'uitgesteld', datum: '2019-02-14' }, 3),
    ];
    const knelpunt = cited('knelpunt:k', 'Knelpunt', { naam: 'K', status: 'deels-opgelost' }, 4);
    const markdown = reportMarkdown(
      progressReport(
        overview({ milestones: [mijlpaal], statements: new Map([[mijlpaal.id, stands]]), openBottlenecks: [knelpunt] }),
        names,
      ),
    );
    expect(markdown).toContain(
      '- M[^1]: onbekend per 2019-02-14[^2][^3]; let op, uitspraken spreken elkaar tegen: A bereikt[^2]; B uitgesteld[^3]\n',
    );
    expect(markdown).toContain('- K (deels opgelost)[^4]\n');
    expect(markdown).not.toContain('stand:');
  });

  it('lists amounts as the text gives them, with their source, in both formats; says so when there are none', () => {
    const amounts = [
      cited(
        'bedrag:a',
        'Bedrag',
        { naam: 'Accres, 2017', waarde: 190000000, eenheid: 'euro', tekst: '190', schaal: 'miljoenen euro' },
        5,
      ),
      cited('bedrag:b', 'Bedrag', { naam: 'Aandeel', waarde: 50, eenheid: 'procent' }, 6),
      cited('bedrag:c', 'Bedrag', { naam: 'Bijdrage', waarde: 1500000, eenheid: 'euro' }, 7),
    ];
    const report = progressReport(overview({ amounts }), names);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain(
      '## Bedragen\n\n- Accres, 2017: 190 miljoenen euro[^1]\n- Aandeel: 50%[^2]\n- Bijdrage: € 1.500.000[^3]\n',
    );
    expect(markdown).toContain('[^1]: Memo, r. 5: "regel 5"\n');
    expect(reportHtml(report)).toContain(
      '<h2>Bedragen</h2>\n<ul>\n<li>Accres, 2017: 190 miljoenen euro<sup><a href="#bron-1">1</a></sup></li>',
    );
    expect(reportMarkdown(progressReport(overview({ amounts: [] }), names))).toContain(
      '## Bedragen\n\nDe documenten noemen geen bedragen.\n',
    );
  });
});
