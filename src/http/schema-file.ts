import { Router } from 'express';
import { buildSchema, printSchema } from 'graphql';

export const schemaFilePath = '/schema.graphql';

/**
 * The whole schema as one SDL file, for front-end tooling (graphql-codegen, editors) that reads a
 * file rather than introspection. Printed from the built schema, so the files in schema/ and their
 * `extend type Query` blocks become one plain document, every description kept.
 */
export function schemaFileRoutes(typeDefs: string): Router {
  const sdl = `${printSchema(buildSchema(typeDefs))}\n`;
  const router = Router();
  router.get(schemaFilePath, (_req, res) => {
    res
      .type('text/plain; charset=utf-8')
      .set('Content-Disposition', 'inline; filename="schema.graphql"')
      .set('Cache-Control', 'public, max-age=300')
      .send(sdl);
  });
  return router;
}
