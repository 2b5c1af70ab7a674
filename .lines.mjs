import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const want = process.argv.slice(2);
for (const f of readdirSync('seeds/data').filter(f=>f.startsWith('relaties'))) {
  for (const r of parse(readFileSync(`seeds/data/${f}`,'utf8'))) {
    if (!want.some(w => r.naar === w || r.van === w)) continue;
    console.log(`${r.van} ${r.type} ${r.naar} [${r.eigenschappen?.rol ?? ''} / ${r.eigenschappen?.rolSoort ?? ''}] ` + r.bronnen.map(b=>`${b.document} ${b.regels.join('-')}: ${b.citaat.slice(0,90)}`).join(' || '));
  }
}
