import type { Resolvers } from '../generated/graphql.js';
import { indexResolvers } from '../loaders/look-ahead.js';
import { Actor, Gemeente, Koepel, Ministerie, Organisatie, Overleg, Persoon, Provincie, Waterschap } from './actor.js';
import { analyseQueries, JSON } from './analyse.js';
import { connectionResolvers } from './connections.js';
import { Crossover } from './crossover.js';
import { Dienst } from './dienst.js';
import { Mutation } from './mutation.js';
import { Document, Mijlpaal } from './document.js';
import { Instrument } from './instrument.js';
import { Entiteit, Node } from './node.js';
import { Opgave, Thema } from './opgave.js';
import { Query } from './query.js';
import { Regio } from './regio.js';
import { Bron, Relatie, Variant } from './relatie.js';
import {
  Bewijs,
  BewijsVerbinding,
  CrossoverKandidaat,
  GraafKnoop,
  GraafVerbinding,
  Omgeving,
  OpgaveInGebied,
  Pad,
  Samenkomst,
  Stap,
} from './verkenning.js';
import { Wijziging, WijzigingConnection, WijzigingEdge, WijzigingResultaat } from './wijziging.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...analyseQueries },
  JSON,
  Mutation,
  Dienst,
  Node,
  Entiteit,
  Opgave,
  Thema,
  Actor,
  Ministerie,
  Koepel,
  Provincie,
  Gemeente,
  Waterschap,
  Organisatie,
  Overleg,
  Persoon,
  Regio,
  Instrument,
  Crossover,
  Document,
  Mijlpaal,
  Relatie,
  Bron,
  Variant,
  CrossoverKandidaat,
  Bewijs,
  BewijsVerbinding,
  Samenkomst,
  OpgaveInGebied,
  Pad,
  Stap,
  Omgeving,
  GraafKnoop,
  GraafVerbinding,
  WijzigingResultaat,
  Wijziging,
  WijzigingConnection,
  WijzigingEdge,
  ...connectionResolvers,
};

indexResolvers(resolvers as Record<string, object>);
