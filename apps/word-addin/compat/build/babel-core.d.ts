/** The one function of @babel/core the build calls (the package ships no types). */
declare module '@babel/core' {
  export function transformAsync(code: string, options: Record<string, unknown>): Promise<{ code?: string | null } | null>;
}
