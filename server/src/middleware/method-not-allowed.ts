import type { RequestHandler } from 'express';
import { AppError } from '../errors';

/** The `paths` of an OpenAPI document: path template → method → operation. */
export type DocumentedPaths = Record<string, Record<string, unknown>>;

/** '/api/nodes/{id}' matches '/api/nodes/<one segment>', with or without a trailing slash. */
function templatePattern(template: string): RegExp {
  const source = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}/?$`, 'i');
}

/**
 * A documented path asked with a method it does not take answers 405 with an Allow header
 * naming the methods it does take, instead of a 404 saying the path does not exist.
 * OPTIONS is left to Express, which answers it for every route.
 */
export function methodNotAllowed(paths: DocumentedPaths): RequestHandler {
  const routes = Object.entries(paths).map(([template, operations]) => {
    const methods = Object.keys(operations).map((method) => method.toUpperCase());
    if (methods.includes('GET')) methods.push('HEAD');
    return { pattern: templatePattern(template), methods };
  });
  return (req, res, next) => {
    const path = req.baseUrl + req.path;
    const route = routes.find(({ pattern }) => pattern.test(path));
    if (!route || req.method === 'OPTIONS' || route.methods.includes(req.method)) {
      next();
      return;
    }
    const allow = route.methods.join(', ');
    res.set('Allow', allow);
    next(
      new AppError('method_not_allowed', `${req.method} is not allowed on ${path}; use ${allow}`),
    );
  };
}
