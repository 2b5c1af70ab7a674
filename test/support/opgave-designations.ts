/**
 * How the five documents name each opgave, in lower case: the full name (table of opgaven and chapter
 * titles of the Programmastart, 003 r. 242–251), the names of the other lists (ledenbrief 003 r. 82–89,
 * IPO memo 001 r. 72–104) and the short forms the texts use themselves, as in 003 r. 311: "Klimaat,
 * wonen, regionale economie, vitaal platteland, sociaal domein, migratie, problematische schulden en
 * goed openbaar bestuur zijn bij uitstek opgaven". A few more come from the sentences that name
 * crossovers: "woningbouw" for wonen (003 r. 931, 937) and "link met sociaal" (001 r. 85).
 * A quote names an opgave when one of its designations occurs in it, whatever the case.
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

/** Whether the quote names the opgave by one of its designations. */
export function namesOpgave(citaat: string, opgave: string): boolean {
  const text = citaat.toLowerCase();
  return (opgaveDesignations[opgave] ?? []).some((designation) => text.includes(designation));
}
