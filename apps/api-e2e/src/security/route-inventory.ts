import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { Role } from '@bn/shared/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '@bn/api/core';

/** One HTTP route of the running app with its permission declaration, as the AuthGuard reads it. */
export interface RouteInfo {
  method: string;
  /** Full path with the global prefix, e.g. `/api/organisations/:id`. */
  path: string;
  /** `Controller.handler`, to find the code. */
  handler: string;
  roles: Role[] | null;
  isPublic: boolean;
}

function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [value === undefined ? '/' : String(value)];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/**
 * Every route of every controller the app's modules registered: path and method metadata of the
 * handlers, and the roles/@Public declaration resolved exactly like the guard does (handler first,
 * then class).
 */
export function listRoutes(app: INestApplication, globalPrefix = 'api'): RouteInfo[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const seen = new Set<Type>();
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const controllerPaths = asArray(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const targets = [handler, controller];
        const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? null;
        const isPublic = !!reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets);
        for (const controllerPath of controllerPaths) {
          for (const path of asArray(methodPath)) {
            routes.push({
              method: RequestMethod[requestMethod],
              path: joinPath(globalPrefix, controllerPath, path),
              handler: `${controller.name}.${name}`,
              roles,
              isPublic,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `GET /api/health` */
export function describeRoute(route: RouteInfo): string {
  return `${route.method} ${route.path}`;
}
