import { requireRole } from '../auth/caller.js';
import type { RequestContext } from '../context.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { editCrossover, recordCrossover } from '../recording/crossover-recording.js';
import { ingest } from '../recording/document-ingestion.js';
import { editDocument, recordDocument } from '../recording/document-recording.js';
import { editLink, recordLink, recordTypedLink, retractLink } from '../recording/link-recording.js';
import { moveBottleneckStatus, putOnAgenda } from '../recording/bottleneck-recording.js';
import { editInitiative, recordInitiative } from '../recording/initiative-recording.js';
import {
  recordBottleneck,
  recordCommitment,
  recordReport,
  recordStatusStatement,
} from '../recording/progress-recording.js';
import { Recorder, type Outcome, type RecordingResult, type Work } from '../recording/recorder.js';
import { editRegion, recordRegion } from '../recording/region-recording.js';
import { retractNode } from '../recording/retraction.js';

type MutationArgs = { invoer: unknown; idempotentieSleutel?: string | null };

/** Every mutation: a liaison (or beheerder) only, one transaction, one entry in the audit trail. */
const mutation =
  (name: string, work: (work: Work, invoer: unknown) => Promise<Outcome>) =>
  (_root: unknown, args: MutationArgs, context: RequestContext): Promise<RecordingResult> => {
    const author = requireRole(context.caller, 'liaison');
    const recorder = new Recorder(context.repositories.recording);
    return recorder.record(name, author, args, (open) => work(open, args.invoer));
  };

export const Mutation: MutationResolvers = {
  crossoverVastleggen: mutation('crossoverVastleggen', recordCrossover),
  crossoverBewerken: mutation('crossoverBewerken', editCrossover),
  opgaveKoppelenAanRegio: mutation('opgaveKoppelenAanRegio', (work, invoer) => recordLink(work, 'SPEELT_IN', invoer)),
  instrumentKoppelen: mutation('instrumentKoppelen', (work, invoer) => recordLink(work, 'INSTRUMENT_VOOR', invoer)),
  koppelingVastleggen: mutation('koppelingVastleggen', recordTypedLink),
  koppelingBewerken: mutation('koppelingBewerken', editLink),
  koppelingIntrekken: mutation('koppelingIntrekken', retractLink),
  regioToevoegen: mutation('regioToevoegen', recordRegion),
  regioBewerken: mutation('regioBewerken', editRegion),
  bronToevoegen: mutation('bronToevoegen', recordDocument),
  bronBewerken: mutation('bronBewerken', editDocument),
  standVastleggen: mutation('standVastleggen', recordStatusStatement),
  toezeggingVastleggen: mutation('toezeggingVastleggen', recordCommitment),
  knelpuntSignaleren: mutation('knelpuntSignaleren', recordBottleneck),
  knelpuntStatusWijzigen: mutation('knelpuntStatusWijzigen', moveBottleneckStatus),
  knelpuntAgenderen: mutation('knelpuntAgenderen', putOnAgenda),
  knelpuntKoppelen: mutation('knelpuntKoppelen', (work, invoer) => recordLink(work, 'KNELPUNT_BIJ', invoer)),
  rapportageVastleggen: mutation('rapportageVastleggen', recordReport),
  regionaalInitiatiefVastleggen: mutation('regionaalInitiatiefVastleggen', recordInitiative),
  regionaalInitiatiefBijwerken: mutation('regionaalInitiatiefBijwerken', editInitiative),
  intrekken: mutation('intrekken', retractNode),
  documentInlezen: async (_root, args, context) => {
    const author = requireRole(context.caller, 'liaison');
    const repository = context.repositories.recording;
    const result = await ingest(new Recorder(repository), repository, author, args, context.ingestMaxBytes);
    const document = await context.loaders.entity.load(result.id);
    if (!document) throw new Error(`ingested document ${result.id} is not in the graph`);
    return { document, nieuw: result.nieuw, wijziging: result.change, herhaald: result.replayed };
  },
};
