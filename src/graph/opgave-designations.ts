/**
 * How the five documents name each opgave, in lower case: the full name (table of opgaven and chapter
 * titles of the Programmastart, 003 r. 242–251), the names of the other lists (ledenbrief 003 r. 82–89,
 * IPO memo 001 r. 72–104) and the short forms the texts use themselves, as in 003 r. 311: "Klimaat,
 * wonen, regionale economie, vitaal platteland, sociaal domein, migratie, problematische schulden en
 * goed openbaar bestuur zijn bij uitstek opgaven". A few more come from the sentences that name
 * crossovers: "woningbouw" for wonen (003 r. 931, 937) and "link met sociaal" (001 r. 85).
 *
 * The crossover rule (seeds/MODEL.md, "Crossovers") asks that every `VERBINDT` quotes words naming
 * its opgave; the seeds are checked against these designations, and so is every crossover recorded
 * through the API.
 */
export const opgaveDesignations: Readonly<Record<string, readonly string[]>> = {
  'opgave:klimaat': ['samen aan de slag voor het klimaat', 'samen aan de slag voor klimaat', 'klimaat'],
  'opgave:wonen': ['toekomstbestendig wonen', 'wonen', 'woningbouw'],
  'opgave:regionale-economie': ['regionale economie als versneller', 'regionale economie'],
  'opgave:vitaal-platteland': ['naar een vitaal platteland', 'vitaal platteland'],
  'opgave:sociaal-domein': [
    'merkbaar beter in het sociaal domein',
    'participatie en passende ondersteuning voor jong en oud',
    'sociaal domein',
    'link met sociaal',
  ],
  'opgave:schulden': ['problematische schulden voorkomen en oplossen', 'problematische schulden'],
  'opgave:migratie': [
    'nederland en migrant voorbereid',
    'nederland en migrant goed voorbereid',
    'migratie en integratie',
    'migratie',
  ],
  'opgave:goed-openbaar-bestuur': ['goed openbaar bestuur in een veranderende samenleving', 'goed openbaar bestuur'],
  'opgave:financiele-verhoudingen': ['passende financiële verhoudingen', 'financiële verhoudingen'],
  'opgave:overkoepelend': ["overkoepelende thema's", 'overkoepelende thema’s'],
};

/**
 * One pattern per opgave. A designation counts only as words of their own: the characters next to it
 * are neither letters, digits nor hyphens. Dutch glues words into compounds, and a compound names
 * something narrower than its first part: "klimaatadaptatie" is a theme of the climate opgave, not the
 * opgave, "woonlasten" is not "wonen", and the hyphenated forms are compounds too ("klimaat- en
 * energieakkoord" is two agreements, "klimaat-neutraal" an adjective). Case does not matter.
 */
const patterns: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(opgaveDesignations).map(([opgave, designations]) => [
    opgave,
    new RegExp(`(?<![\\p{L}\\p{N}-])(?:${designations.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'iu'),
  ]),
);

/** Whether the opgave has designations here: the ten opgaven of the programme have. */
export function hasDesignations(opgave: string): boolean {
  return patterns.has(opgave);
}

/** Whether the quote names the opgave by one of its designations, as whole words. */
export function namesOpgave(citaat: string, opgave: string): boolean {
  return patterns.get(opgave)?.test(citaat) ?? false;
}

/** Designations are text, not patterns: an apostrophe or a dot must match itself. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
